"""The rules added when round 18 was folded in for its missed emergencies (issue 12, helper 12_4): the blocks named
*_r18 in dialogues/red_flags.yaml and their pairs, written as families of wording rather than lines: for self-harm a
means (a firearm named by its use or owner, a rope, a height) with despair said in texting or plain words, a time of
day, a farewell or letters; a farewell followed by "has taken something"; a mother's thoughts of harming her baby
with fear of herself; a medicine taken again and again or twice with a sign it harms, a weekly medicine taken daily; the
wrong bottle or a chemical drunk, a wild plant or mushroom picked and eaten; a child into a medicine named by its
stem ("-dipine", "-formin", "-izide") with a finding-out cue; seizures in lay words (eyes going up with shaking or a
fall; "having one" where seizures are named); burns by cause with size or skin coming away; vomiting then blood in it;
a baby not moving in dialect; a fever or a foul discharge after a birth; a surgical wound come open; a testicle
riding higher or in severe pain; fever with muddle or a strange skin colour; a sugar in mmol/l; lost use of a hand;
clinical shorthand for a child working to breathe; chest pain that woke someone and has not let up; "at 3" after
"woke me" is a clock time, not an age.
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, elderly,
caregivers, clinical shorthand), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

RULES = {
    "self-harm: a means with despair, a time or a farewell": (
        [("tbh im done, got my dads rifle in the truck", "self_harm"),
         ("i cant do this no more and the pistol is in my lap", "self_harm"),
         ("not doing this anymore, got the rope in the garage", "self_harm"),
         ("got my service weapon out, no point anymore", "self_harm"),
         ("i wrote letters to everyone, it ends tonight", "self_harm"),
         ("im on the bridge rn and im not ok", "self_harm"),
         ("note is on the table, ill be gone by morning", "self_harm")],
        ["im done with the forms, here is the rest",
         "i got my dads rifle license last year",
         "my husband is a cop, he carries his service weapon to work, he is not okay with me getting a second opinion",
         "ok im done, i wrote a note for the surgeon with my questions",
         "my wife is not ok with the second opinion idea"]),
    "someone else: a farewell, then something taken": (
        [("she texted goodbye and says she took something", "self_harm"),
         ("my brother rang to say sorry for everything and that he swallowed a lot", "self_harm")],
        ["she texted goodbye from the airport, she took a taxi"]),
    "a mother afraid she will harm her baby": (
        [("i keep thinking to smother my baby, i dont trust myself", "pregnancy"),
         ("thoughts to hurt the baby come and im scared of myself", "pregnancy")],
        ["she was thinking about the baby names"]),
    "a medicine taken again and again, or twice, with a sign; a weekly medicine daily": (
        [("mum took her water tablets over and over this morning, now she feels really strange", "poisoning"),
         ("grandad had his heart pills three times today by mistake and his pulse is very slow", "poisoning"),
         ("i took my amlodipine twice tonight and now im really dizzy", "poisoning"),
         ("she takes weekly methotrexate and took it daily all week", "poisoning")],
        ["she feels strange about taking her pills twice a day",
         "he takes his tablets three times a day and feels a bit off in the mornings",
         "i feel weird asking for a second opinion, i have taken the pills twice before",
         "she took her weekly methotrexate on monday as usual"]),
    "the wrong bottle, a chemical, a wild plant": (
        [("he drank the wrong bottle from under the sink and now he is vomiting", "poisoning"),
         ("dad drink chemical by mistake, mouth burning", "poisoning"),
         ("my son ate berries he picked in the woods and he is throwing up", "poisoning"),
         ("wife eat mushrooms she find on the walk, now she is vomiting", "poisoning")],
        ["we picked mushrooms at the shop"]),
    "a child into a medicine named by its stem, with a finding-out cue": (
        [("toddler got into grandmas amlodipine, two pills gone", "poisoning"),
         ("my 3 yo got in my metformin and the bottle is open", "poisoning"),
         ("grandson been at my lisinopril, some tablets missing", "poisoning")],
        ["the pills are in the cabinet, none missing"]),
    "a seizure in lay words": (
        [("his eyes rolled up and he is shaking all over", "unconscious"),
         ("her eyes went back and her body shaking, she fell on floor", "unconscious"),
         ("she has epilepsy and is having one right now", "unconscious"),
         ("he takes seizure meds and hes having one that wont stop", "unconscious")],
        ["his eyes go up when he is thinking",
         "her eyes go up and to the side when she is daydreaming, no shaking",
         "he has epilepsy, well controlled, no seizures in two years"]),
    "a burn by cause with size or skin coming away": (
        [("boiling water poured on his chest, skin peeling off", "burns"),
         ("the pan caught fire and her whole arm is burned", "burns"),
         ("spilt the chip pan, burns on his arm and chest", "burns")],
        ["i burned the toast and the whole kitchen smelled",
         "the kettle spilled on her hand, a small blister the size of a coin"]),
    "vomiting, then blood in it": (
        [("i was throwing up and there was lots of blood in the bowl", "bleeding"),
         ("he has been sick twice, a lot of fresh blood in it", "bleeding")],
        ["i was sick last week and had a blood test"]),
    "pregnancy and after birth": (
        [("38 weeks and the baby hasnt moved all day", "pregnancy"),
         ("shes 34 weeks, says baby aint moved since last night", "pregnancy"),
         ("3 weeks after the birth i have fever and the discharge smells foul", "pregnancy"),
         ("baby born 10 days, now i have fever and shivers", "pregnancy")],
        ["the baby moved a lot today", "the baby is born 2 weeks ago and doing great"]),
    "a surgical wound come open": (
        [("my c section wound has split open", "after_surgery"),
         ("the incision came apart and i can see fat", "after_surgery"),
         ("the wound from his surgery burst open this morning", "after_surgery")],
        ["the stitches came undone a bit last week, the nurse redid them, all good now",
         "the surgeon said my incision came apart a bit years ago but it healed",
         "the wound healed nicely after the operation"]),
    "a testicle higher than the other or in severe pain": (
        [("his ball is pulled up higher than the other and hurts so bad", "testicular"),
         ("sudden pain in my testicle, it looks higher than the other one", "testicular"),
         ("teen son, testicle pain is unbearable", "testicular")],
        []),
    "fever with muddle or a strange colour; a sugar in mmol": (
        [("fever 40 and he is all muddled", "sepsis"),
         ("high fever and his skin colour looks grey", "sepsis"),
         ("sugar 28 mmol and vomiting", "diabetes"),
         ("meter says 31 mmol, very sleepy", "diabetes")],
        ["hba1c 32 mmol/mol", "my sugar was 25 mmol two years ago when diagnosed, now fine"]),
    "stroke, breathing and chest pain in other words": (
        [("i lost the use of my left arm", "stroke"),
         ("baby retracting and grunting", "breathing"),
         ("kid wheezing, two word sentences, inhaler done nothing", "breathing"),
         ("chest pain woke me up and it still hasnt eased", "heart_attack"),
         ("the pressure in my chest woke me at 4 and has not let up", "heart_attack")],
        ["chest pain woke me last year, all fine on the angiogram"]),
}

test_round18_signs_reach_the_urgent_turn, test_round18_look_alikes_stay_quiet = rule_tests(RULES)

# The same families, widened after the first fixes: more ways of telling a method, a place, an end made ready, a
# shut door, a farewell with silence; a dose count nobody knows; fumes; a seizure that spreads; psychosis after a
# birth; the same signs in Spanish.
MORE_RULES = {
    "self-harm: a method, a place, an end made ready, a shut door, a farewell then silence": (
        [("i'm at the station and i'm gonna step in front of the next one", "self_harm"),
         ("im sitting on the edge of the bridge railing", "self_harm"),
         ("my son drove to the bridge hours ago and isnt answering his phone", "self_harm"),
         ("grandpa gave me his watch and said he wont need it where hes going", "self_harm"),
         ("nobody needs me, ive stopped eating and drinking to die", "self_harm"),
         ("my daughter is locked in the bathroom and says she has a razor", "self_harm"),
         ("he posted saying goodbye to everyone and now his phone is off", "self_harm")],
        ["we drove to the river for a picnic and he wont answer my questions about the op",
         "my mother stopped eating on purpose to lose weight",
         "dad says hes made his peace and is ready, hes on hospice now",
         "mum has made her peace with the decision and is ready for surgery",
         "nobody needs me at work anymore since i retired, so i have time for appointments"]),
    "a dose count nobody knows; fumes breathed in": (
        [("dad took his blood thinner and then took it again, and again, hes not sure how many", "poisoning"),
         ("my dad sprayed bugs in closed kitchen, now he dizzy and vomit", "poisoning"),
         ("she was breathing in the bleach fumes and now she is short of breath", "poisoning")],
        ["not sure how many pills he takes a day, the list is long",
         "i dont know how many tablets she should take"]),
    "a seizure that spreads or told by the eyes": (
        [("he zoned out and then started jerking his arm and it spread to his whole body", "unconscious"),
         ("my baby very hot and he do the shaking, eye roll, very scary", "unconscious")],
        ["shaking in his hands spread to his whole body over 10 years, parkinsons",
         "the tremor spread to his whole body over the years"]),
    "after a birth: voices, a headache with spots": (
        [("i gave birth last week and now i hear voices telling me the baby is evil", "pregnancy"),
         ("after baby came i have bad headache and seeing spots", "pregnancy")],
        []),
    "new confusion told by the night; light avoided with a stiff neck": (
        [("mom 82 got very confused overnight, fever, wont drink", "sepsis"),
         ("my kid has a rash and a stiff neck and hates the light", "sepsis"),
         ("stiff neck and she wants the curtains shut, temp 39", "sepsis")],
        ["she gets confused over the bills, fever clinic letter attached",
         "he hates the light after his cataract surgery, stiff neck from the pillow"]),
    "a child into baits, under-sink liquids, street drugs or someone's pills; found with a bottle": (
        [("my boy 2 drunk some of the purple stuff from under sink", "poisoning"),
         ("my dog ate chocolate and my son ate the rat bait in the garage", "poisoning"),
         ("my 4yo ate half a pack of my birth control pills", "poisoning"),
         ("my son ate some magic mushrooms", "poisoning"),
         ("found my son with my gabapentin bottle open and he is acting drunk", "poisoning")],
        ["my son ate half a pack of biscuits", "we found him with the bottle of wine he likes, he was fine",
         "my daughter drank the bottle of milk from the fridge"]),
    "a medicine whose level poisons; paracetamol every hour or two; black stool on an anti-inflammatory": (
        [("dad on lithium, vomiting and shaky and confused", "poisoning"),
         ("grandpa takes digoxin and sees yellow and vomiting", "poisoning"),
         ("my mother in law taking 4 of her paracetamol every 2 hours for toothache for 3 days", "poisoning"),
         ("took ibuprofen all week 8 a day, now black poo", "bleeding")],
        ["dad takes lithium and is doing well, just the usual tremor",
         "mum on digoxin for years, we want a second opinion on her valve",
         "she takes ibuprofen for her knee", "paracetamol every 6 hours is what the nurse said",
         "lithium battery in the smoke alarm is dead, dad is confused by the beeping",
         "the doctor says theophylline levels need checking, she is a bit nauseous"]),
    "a wish to sleep and not wake up (read as 'cant wake'), with cuts or pills": (
        [("my sister cut her arms a lot tonight, and says she wants to go to sleep and not wake up", "self_harm"),
         ("i have my pills here and i want to sleep and never wake up", "self_harm")],
        []),
    "Spanish: veins, eyes and shaking, skin coming away, a testicle": (
        [("mi hija dice que se va a cortar las venas", "self_harm"),
         ("el bebe tiene los ojos para arriba y tiembla todo", "unconscious"),
         ("se quemo con agua hirviendo, la piel se le cae", "burns"),
         ("mi hijo tiene dolor muy fuerte en un testiculo", "testicular")],
        ["la piel se pela con el sol en verano", "me queme en la playa y la piel se me cae",
         "el doctor dice que no hay que cortar las venas en la cirugia",
         "mi hijo tiene un dolor fuerte de cabeza, los testiculos bien"]),
}

test_round18_more_signs_reach_the_urgent_turn, test_round18_more_look_alikes_stay_quiet = rule_tests(MORE_RULES)


@pytest.mark.parametrize("line", ["mi hija dice que se va a cortar las venas", "se quemo con agua hirviendo, la piel se le cae"])
def test_a_spanish_line_found_this_way_gets_the_spanish_line(line):
    assert "spanish" in screen(line).advice


@pytest.mark.parametrize("line", ["mum took her water tablets over and over, now she feels really strange",
                                  "he drank the wrong bottle from under the sink and now he is vomiting",
                                  "toddler got into grandmas amlodipine, two pills gone"])
def test_a_poisoning_found_this_way_gets_the_poison_line(line):
    assert "poison" in screen(line).advice


@pytest.mark.parametrize("line", ["i wrote letters to everyone, it ends tonight", "im on the bridge rn and im not ok",
                                  "she texted goodbye and says she took something"])
def test_a_crisis_found_this_way_is_a_crisis(line):
    assert screen(line).crisis


@pytest.mark.parametrize("line", ["my mum had fits at 3, she grew out of them", "had a seizure at 7, none since"])
def test_an_age_after_a_sign_still_reads_as_the_past(line):
    assert level(line) == "none"


# Everyday second-opinion talk that uses the words of these families (a weapon at work, done with the insurer, a dose
# twice and fine, green poop, a scar glued and healed, a baby born early, eyes that roll when tired, vitamins twice):
# it must stay quiet.
ORDINARY_TALK = [
    'the surgery will be over by tonight and then we wait for the pathology',
    'he is a police officer and his service weapon is part of the job, anyway the knee surgery',
    'honestly im done with this insurance company, ok the gun club is where i met my surgeon',
    'she took her inhaler twice this morning and now she feels fine',
    'he took his pills twice by mistake last year and felt odd, pharmacist said its ok',
    'we are muddled about which doctor to pick, and he had a fever last week',
    'the fever is gone and his colour is back to normal',
    'her skin colour looks a bit off on the video call but no fever now',
    'sugar 22 mmol last year at diagnosis, now good control',
    'my baby had green poop and he is a happy baby',
    'the baby spits up a bit, green sometimes, doctor not worried',
    'the scar from the operation opened up a little and the nurse glued it, healed now',
    'my left testicle hangs lower than the right, always has, is that normal',
    'sunburn on his back and arms last summer, it was a big area',
    'the urine test had a bit of blood in it, doctor is repeating it',
    'there was a drop of blood in it when i coughed last month, scan was clear',
    'baby born 3 weeks ago and had a slight fever, gone now, checked by the gp',
    'the baby was born 2 weeks early and had jaundice, fine now',
    'i keep thinking about my baby getting hurt at daycare',
    'my mom has no one who needs her now the kids are grown, she feels lonely',
    'the kettle is broken and the whole kitchen is a mess',
    'i lost the use of my right hand after the stroke in 2015, its why we want the opinion',
    'he has seizures since childhood, well controlled, the new med started today',
    'eyes roll when she is tired, she is 4, normal they say',
    'her eyes go up when she laughs',
    'the retraction of his gums worries the dentist',
    'we parked by the river and walked to the clinic',
    'he gave me his old watch for my birthday',
    'i am not ok with the waiting list being so long',
    'is it normal that tablets are missing from the blister pack, the pharmacy miscounted',
    'took my vitamins twice today oops',
    'my son got into my vitamins but they are just gummies, he ate one, poison control said fine',
    'they sprayed for bugs at the office last month',
    'not sure how many times she has been admitted, maybe four',
]


@pytest.mark.parametrize("line", ORDINARY_TALK)
def test_everyday_talk_with_these_words_stays_quiet(line):
    assert level(line) == "none", screen(line)


def test_a_wish_to_sleep_and_not_wake_is_a_crisis_not_a_lie_in():
    assert screen("i just want to go to sleep and not wake up").crisis
    assert not screen("he wants to sleep and not wake up till noon on his day off").crisis
