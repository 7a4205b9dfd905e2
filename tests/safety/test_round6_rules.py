"""The rules added when round 6 was folded in (docs/safety.md). Each is checked as a sign happening
now, its negation, its history and, where people use the words loosely, its idiom or a question
about it; then odd and repeated input. Phrasings are our own, written from clinical knowledge and
how people talk, not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "vision gone double": (
        [("all of a sudden my eyesight went double and i feel off balance", "stroke"),
         ("grandpas vision has gone double in the last hour", "stroke")],
        ["my vision has not gone double, just tired eyes",
         "in 2020 my vision went double for a day after the concussion, the eye doctor said it healed"]),
    "bleeding from a fistula or a line, pressure that fails": (
        [("blood spurting out of his dialysis fistula", "bleeding"),
         ("her picc line is bleeding through the dressing", "bleeding"),
         ("sliced my thumb, pressing a towel on it but it wont stop even with pressure", "bleeding"),
         ("blood is gushing and wont stop", "bleeding")],
        ["the nurse checked his fistula, no bleeding at all",
         "her fistula bled a little after dialysis last month and stopped by itself",
         "the dialysis fistula surgery is what we want a second opinion on"]),
    "a great deal of blood from the gut, the bladder or the nose": (
        [("passing blood from my bottom, a lot of it", "bleeding"),
         ("dad is pooping blood and feels faint", "bleeding"),
         ("huge amounts of blood in the toilet bowl after he went", "bleeding")],
        ["no blood in my poop, the colonoscopy is routine",
         "he had a lot of blood in his stool in 2019, it was a polyp"]),
    "face swelling with wheezing": (
        [("my lips are swelling up and i am wheezing", "swelling"),
         ("her face blew up after the shrimp and shes wheezy and breathless", "swelling")],
        ["my lips are not swelling and i am not wheezing, just an itchy rash",
         "last summer his face swelled up after a bee sting and he was wheezy, the allergist saw him"]),
    "a seizure over five minutes": (
        [("she is having a fit and it has gone on for more than 5 minutes", "unconscious"),
         ("hes still seizing, over ten minutes now", "unconscious")],
        ["his seizures used to last over 5 minutes before the new medicine, now none in a year"]),
    "cutting again, deeper; a rope": (
        [("i cut myself tonight and i want to do it again", "self_harm"),
         ("she cut herself and says next time she will go deeper", "self_harm"),
         ("my friend bought a rope and told me shes done", "self_harm")],
        ["i cut myself shaving this morning, tiny nick",
         "we bought a rope for the tyre swing, the kids love it"]),
    "fuel in the mouth, home-made alcohol": (
        [("siphoning diesel he got a mouthful and now keeps coughing", "poisoning"),
         ("they drank some bootleg vodka and now his eyesight is blurry", "poisoning"),
         ("my boy swallowed some kerosene and now he is coughing and coughing", "poisoning")],
        ["he siphoned petrol from the mower years ago, no harm done",
         "my uncle makes homemade wine, is that ok with my pills"]),
    "a swallowed battery, a child and someone else's pills": (
        [("the baby swallowed a button battery from the remote", "poisoning"),
         ("my 3 year old just ate two magnets from the fridge set", "poisoning"),
         ("my son swallowed a handful of my iron tablets", "poisoning"),
         ("granddaughter chewed some of grandmas blood pressure pills", "poisoning")],
        ["my son takes his iron tablets with orange juice",
         "the toy needs two batteries, the kids swallowed the story whole",
         "what should i do if a child swallowed a battery"]),
    "sugars falling fast, a low that will not come up, a high with pain": (
        [("his sugar is falling really fast, 4.1 then 3.2", "diabetes"),
         ("had a hypo, took 3 juices and it is still not coming up", "diabetes"),
         ("i took too much insulin by mistake and my sugar is crashing", "diabetes"),
         ("sugar 340 with ketones and bad belly pain", "diabetes")],
        ["my sugar is not dropping fast, it is steady at 6",
         "i took too much insulin once in 2021 and had a hypo, the nurse changed my plan"]),
    "a large burn": (
        [("scalded with boiling water over a large area of his chest", "burns"),
         ("she burnt her entire arm on the bonfire", "burns"),
         ("burned on the grill, skin peeling off in sheets", "burns")],
        ["i burned my whole arm in a fire when i was a kid, the scar is the reason for this visit",
         "a large area of my back is itchy, no burn"]),
    "carbon monoxide from a heater, an alarm, everyone ill": (
        [("the paraffin heater is on in the caravan and we all have headaches", "poisoning"),
         ("the furnace is making us all dizzy and sick", "poisoning"),
         ("carbon monoxide detector going off and my head is pounding", "poisoning")],
        ["the co detector has never gone off, we test it monthly",
         "the gas heater is on and everyone is fine, just asking about my knee"]),
    "saddle numbness in other words": (
        [("numb crotch and i cant pee since this morning with my bad back", "cauda_equina"),
         ("my private area went numb after my back went", "cauda_equina")],
        ["no numb private area, no bladder trouble, just a sore back",
         "my crotch went numb on a long bike ride last year, it passed"]),
    "a trapped hernia, a swelling belly after surgery, a pulsing belly, tearing pain": (
        [("my hernia is hard and dark and i keep vomiting", "abdomen"),
         ("op was 5 days ago and my belly is really swollen and getting bigger", "after_surgery"),
         ("a throbbing feeling in my stomach and awful back pain, i know i have an aneurysm", "abdomen"),
         ("pain in my back like something ripped, came on all at once", "abdomen")],
        ["the hernia is soft and goes back in, the surgeon says we can wait",
         "he had a pulsing lump in his belly checked in 2020, it was small"]),
    "a blood pressure reading told in the next clause": (
        [("took dads blood pressure, it reads 72 over 40 and hes grey", "vitals"),
         ("i checked my bp twice, it is 228 over 130", "vitals")],
        ["my blood pressure used to be 230 over 130 in 2015, now it is fine with pills"]),
    "speech that stopped, bleeding again, headaches on waking together": (
        [("mum suddenly stopped talking mid sentence and is staring", "stroke"),
         ("the cut stopped bleeding but now its gushing again", "bleeding"),
         ("me and the kids keep waking up with headaches and feel sick", "poisoning")],
        ["my teenage son stopped talking to me after the argument",
         "i nicked my finger, it stopped bleeding with a plaster",
         "the carbon monoxide alarm was serviced last month and works fine"]),
    "a belly rigid or tender with writhing, fever on chemo in other words, a high testicle, a fall": (
        [("belly pain so bad he is writhing on the bed", "abdomen"),
         ("her tummy is hard as a board and hurts when i press it", "abdomen"),
         ("on chemo and i feel hot and shivery tonight", "sepsis"),
         ("his left testicle pulled up higher and it really hurts", "testicular"),
         ("grandpa fell and hit the floor, now he is vomiting and confused", "neurologic")],
        ["we were rolling on the floor laughing at the video",
         "my stomach is not rigid, it hurts a little when i press after the gym",
         "i fell ill last week and threw up, better now",
         "she fell asleep on the train and felt sick on waking, fine now"]),
    "Spanish: taking one's life": (
        [("me quiero quitar la vida esta noche", "self_harm"),
         ("mi hermana dice que va a acabar con todo", "self_harm"),
         ("mi novio dice que se quiere matar", "self_harm")],
        ["mi tío se quitó la vida hace muchos años y lo recuerdo",
         "se quiere matar el tiempo jugando, no pasa nada"]),
    "Spanish: a large burn": (
        [("mi nieto se quemó toda la pierna con el agua hirviendo", "burns")],
        ["me quemé un poco el dedo con la plancha, ya está bien",
         "se quemó todo el brazo hace años, tiene una cicatriz"]),
}


test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_or_everyday_look_alike_stays_quiet = rule_tests(RULES)


# --- false alarms of round 6: history, timelines, worries, idioms ------------------------------------
@pytest.mark.parametrize("line", [
    "they want a device to control the seizures, we are not sure",
    "carbon monoxide poisoning when we were students, no problems since",
    "jan 2022: heart attack; may: cardiac rehab; now they suggest a valve",
    "2017 seizure, 2018 mri clear, this year the neuro wants to stop the meds",
    "what if the new tablets give me chest pain",
    "the price nearly made me faint, i about fainted at the desk",
    "a bit of tightness in my chest when i go running, the cardiologist already knows",
    "a little wheeze when he gets a cold, he has asthma",
    "the lump is painless and the testicle feels normal",
    "the smoke alarm hasnt gone off once this year",
    "i had suicidal thoughts two winters ago, i got help and im safe now",
    "my brother gets epilepsy seizures, is it genetic",
    "a slight wheeze every winter, the inhaler sorts it",
    "stable angina, some tightness when i walk the dog uphill, no change",
    "the smoke and co detector keeps chirping because the battery is dying",
])
def test_round_6_kinds_of_false_alarm_stay_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "i feel suicidal tonight even though im safe now in my room",  # told now: the crisis counts
    "2019 had a stroke, now her face is drooping again",  # a timeline, then a sign happening now
    "what if it is a stroke, his face is drooping right now",
    "chest pain when i jog and now it wont go away at rest, crushing",
    "known angina but this is crushing chest pain for 30 minutes and sweating",
    "every winter i get a cough, now i am coughing up blood",
])
def test_what_looks_like_those_false_alarms_but_is_not(line):
    assert screen(line).level != "none", screen(line)


@pytest.mark.parametrize("line", [
    # a gap between the body part and the sign no longer swallows the negation (round 6)
    "the hernia is not hard and goes back in", "my stomach is not rigid", "my crotch is not numb",
    "his testicle is not pulled up and doesnt hurt", "the fistula is not bleeding",
    "her lips are not swelling up", "my belly is not more swollen than yesterday",
])
def test_a_negation_inside_the_phrase_is_still_a_negation(line):
    assert level(line) == "none", screen(line)


def test_a_relatives_suicide_is_still_asked_about_with_the_crisis_line():
    # left on purpose (rounds 4 and 6): a death by suicide in the family asks, never alarms
    result = screen("my uncle took his own life last spring, its been a hard year")
    assert result.level == "ask" and result.crisis


def test_the_advice_of_the_new_signs():
    assert "poison" in screen("my toddler swallowed a coin battery").advice
    assert "carbon_monoxide" in screen("the gas heater is on and all of us feel sick and dizzy").advice
    assert "spanish" in screen("me voy a quitar la vida").advice
    assert "spanish" in screen("se quemó con aceite hirviendo y tiene ampollas").advice
    assert screen("my son has a noose and says hes done").crisis


@pytest.mark.parametrize("line", [
    "vision went double " * 1500, "fistula bleeding " * 1500, "lots of it " * 2000,
    "cut myself " * 2000 + "do it again", "a mouthful of petrol " * 900, "moonshine " * 4000,
    "swallowed a battery " * 1000, "sugar falling fast " * 1200, "large area " * 2500,
    "2019 " * 6000, "march | " * 3000, "im safe now " * 1500, "me voy a quitar la vida " * 700,
    "72/40 " * 3000, "bp " * 5000 + "is 72 over 40",
])
def test_odd_and_repeated_input_of_the_new_rules_never_raises(line):
    assert screen(line).level in ("none", "ask", "emergency")


@pytest.mark.parametrize(("line", "expected"), [
    ("swallowed a button battery " * 300, "emergency"),  # a sign repeated is still a sign
    ("2019 chest pain " * 200, "none"),                  # a timeline repeated (one piece) stays one
    ("large area " * 300, "none"),                       # half of a pair, repeated: nothing
])
def test_repeated_signs_keep_their_level(line, expected):
    assert level(line) == expected, screen(line)
