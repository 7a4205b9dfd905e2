"""Rules added after rounds 10 and 11 were measured untouched (docs/safety.md), part b: self-harm at risk now
without the usual words, someone else at risk, a small child with anyone's medicine, poisons drunk by mistake,
pregnancy and the weeks after birth, a meter too high to read, fever with sickle cell, Spanish; and the kinds of
sentence that tell of no emergency now (a general question about risk, a figure of speech, a past event settled,
a sign mild and known). Phrasings are our own, not lines of any round."""

from __future__ import annotations

from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "a means made ready (pills counted or stockpiled, a gun cleaned or got out, a rope kept) with a finality": (
        [("ive lined up all my sleeping tablets on the dresser, im done with this", "self_harm"),
         ("the shotgun is loaded and in my lap. done with all of it.", "self_harm"),
         ("he got his rifle down from the attic and says he doesnt see the point anymore", "self_harm"),
         ("there's a noose hanging in the barn and i keep going back to look at it", "self_harm"),
         ("my tablets are all counted out for tonight. not planning on being around for the results", "self_harm"),
         ("she messaged that she's so sorry and she has a bottle of her sleeping pills with her", "self_harm"),
         ("counted out my morphine, there's enough to do it", "self_harm"),
         ("i have grandads heart pills in my drawer and i'll take them once everyone is asleep", "self_harm")],
        ["I counted out my pills into the dosette box for the week",
         "my husband cleaned his rifle for deer season",
         "the rope is in the garage, we use it for the boat trailer",
         "i wont be around next week, im on a work trip",
         "i've decided, i've got everything i need for the visit",
         "the dog won't be a problem for us much longer, he's going to my sister's farm"]),
    "a wish to die told of someone, with a means, fresh cuts or a plan with a date": (
        [("my son wishes he was dead and i found razor blades in his schoolbag", "self_harm"),
         ("she wished she could die and there are fresh cuts all over her thighs", "self_harm"),
         ("my brother keeps saying he wants to disappear forever and wrote a plan with saturday's date", "self_harm")],
        ["grandma wishes she could die at home peacefully when the time comes",
         "she wished she was dead after the first round of chemo, that passed years ago"]),
    "things given away with pills stockpiled or a last night": (
        [("mum gave away her rings and her pills are stockpiled in the bathroom", "self_harm"),
         ("grandpa gave away his fishing gear and said tonight is his last night", "self_harm")],
        ["we gave away his old clothes to charity after the move"]),
    "a small child with anyone's medicine: swallowed some, got into a bag or cabinet, an open bottle, count unknown": (
        [("my 2 year old got into grandma's purse and ate a few of her blood pressure pills", "poisoning"),
         ("the toddler swallowed some of my sertraline", "poisoning"),
         ("my granddaughter swallowed some of the tablets she found in my bedside table, not sure how many", "poisoning"),
         ("our 3yo walked out of the kitchen with an open jar of daddy's vitamins", "poisoning")],
        ["my grown son swallowed his tablets with water like normal",
         "my toddler's medicine is locked in the top cabinet"]),
    "a poison drunk by mistake, then burning, coughing or much pain": (
        [("my dad drank from a soda bottle that had paint thinner in it and now he keeps coughing so much", "poisoning"),
         ("she sipped descaler by accident, her throat burns", "poisoning"),
         ("granny swallowed drain cleaner thinking it was juice, it burns so bad", "poisoning")],
        ["we drank from the same water bottle on the hike"]),
    "a medicine taken wrongly with signs of poisoning (mouth sores, looking very ill)": (
        [("she took her methotrexate daily instead of weekly by accident, now her mouth is covered in ulcers", "poisoning")],
        ["I accidentally took my evening pills this morning",
         "by mistake she took her night tablets at lunchtime"]),
    "early pregnancy with one-sided pain, bleeding or faintness; late pregnancy with strong pain or fluid and blood": (
        [("missed my period and the test was positive, now sharp pain on the left side and i feel faint", "pregnancy"),
         ("6 weeks pregnant with terrible cramping low on the right", "pregnancy"),
         ("she is 7 months pregnant, very strong pain, liquid and blood coming out", "pregnancy"),
         ("I'm 30 weeks now and have a really bad pain in my belly right now", "pregnancy")],
        ["positive test last week, feeling a bit sick in the mornings",
         "pregnancy test came back positive and we are so happy"]),
    "a birth said in other grammar, with fever, heavy pain or bleeding": (
        [("my sister give birth 5 days before, now her fever is very high", "pregnancy"),
         ("baby was born last tuesday and now she has a fever and chills", "pregnancy")],
        ["my daughter gave birth to twins last year, all healthy"]),
    "a meter too high to read, with thirst, peeing all the time or faintness": (
        [("meter just says HI and I'm peeing every few minutes", "diabetes"),
         ("his sugar is off the chart and he is throwing up", "diabetes")],
        ["his sugar was off the chart at christmas, it's well controlled now"]),
    "a fever with sickle cell disease or no spleen": (
        [("my daughter has sickle cell and a fever of 39", "sepsis"),
         ("he had his spleen removed and now has a high fever", "sepsis")],
        ["my son has sickle cell, no fever, just here about the hydroxyurea"]),
    "Spanish: a swollen tongue or throat in the past tense, with hard breathing": (
        [("se le hincharon los labios y la lengua, le cuesta mucho respirar", "swelling"),
         ("se me inflamó la garganta después del antibiótico", "swelling")],
        ["¿qué pasa si algún día se le cierra la garganta?",
         "si en el futuro le da un ataque, ¿qué hacemos?"]),
    "a general question about risk, a definition, medicines that interact": (
        [],
        ["can a toddler overdose on children's tylenol",
         "can someone die from a bad asthma attack",
         "is the chemo going to make her bleed easily",
         "could the antibiotics interact with his heart pills and cause bleeding",
         "what is a pulmonary embolism",
         "is there a suicide risk with this acne medicine"]),
    "a figure of speech: money bleeding, a joke with lol, a weight on the chest from a decision, doom about a plan": (
        [],
        ["the business is haemorrhaging cash since the lockdown",
         "this insurance call makes me want to kill myself lol",
         "choosing between the two surgeons feels like an elephant sitting on my chest",
         "I have a feeling of dread about the biopsy results",
         "my stomach is rock hard from all the planks at the gym"]),
    "a past event settled, long-standing, or given as the reason for now": (
        [],
        ["the leg was swollen after the knee op, they gave him a diuretic and since then it's been fine",
         "a little bleeding after the tooth came out, stopped within a day",
         "left hand a bit weak since the neck surgery, it has been the same for years",
         "- flare in March (R leg numb) - steroids - MRI stable",
         "she had a heart attack in 2019 and that's why she gets tired now"]),
    "mild and known: breathless on a chore, gums on brushing, seizures by how often, a drowsy medicine, just tired": (
        [],
        ["he gets puffed doing the housework, which is why the heart team wants the valve done",
         "my gums bleed when I floss",
         "she has a seizure about twice a month, mostly at night in her sleep",
         "the new tablet makes her really sleepy at work",
         "he's not himself this week, just grumpy",
         "always a bit breathless with my COPD, today is a normal day"]),
}

test_round_10_b_signs_reach_the_urgent_turn, test_round_10_b_look_alikes_stay_quiet = rule_tests(RULES)


def test_a_wish_to_disappear_for_a_while_gets_the_check_question_with_the_crisis_line():
    result = screen("honestly some days I wish I could just vanish for a few weeks")
    assert result.level == "ask" and result.crisis, result
    assert screen("i want to disappear forever").level != "none"
    result = screen("she has stopped eating and says she won't be a worry to the family much longer")
    assert result.level == "ask" and result.crisis, result


def test_fresh_cuts_alone_get_the_check_question_with_the_crisis_line():
    result = screen("I found new cuts on my daughter's wrists")
    assert result.level == "ask" and result.crisis, result


def test_an_emergency_still_counts_beside_a_settled_or_known_one():
    # the quieting rules stop at their own clause or sign: a new emergency in the same line still counts
    for line in ("he has a seizure about once a month but right now he is seizing and won't stop",
                 "she collapsed while doing the laundry and isn't breathing",
                 "I accidentally took my evening pills this morning and now I'm very drowsy and confused",
                 "always short of breath but today it's much worse and she can't finish a sentence",
                 "can a kid be having a seizure right now? he is jerking on the floor",
                 # a request for help is no question about risk; closed eyes are no wound that has closed
                 "can you give him something he cant breathe",
                 "she is not answering me, her eyes are closed and she does not move when i shake her",
                 # a real chest pressure is no figure of speech; a bleed is not money
                 "the pressure feels like an elephant sitting on my chest",
                 "im bleeding heavily from the gum where the tooth came out, on warfarin"):
        assert screen(line).is_emergency, line


def test_a_child_poisoning_and_a_spanish_swelling_get_their_advice():
    assert "poison" in screen("my toddler swallowed some of grandpa's pills").advice
    assert "spanish" in screen("se le hinchó la cara y la lengua").advice
