"""The rules added when round 17 was folded in for its missed emergencies (issue 12): the blocks named *_r17 in
dialogues/red_flags.yaml and their pairs, by kind of sign rather than by line: a child (any word for one, an age said
any way) who swallowed something of a harmful family (a household product, a battery or magnets, fuel, iron in any
form, someone else's medicine, any medicine with an amount); cancer treatment told by its calendar or its blood counts
("day 9 after cycle 3", "counts at the bottom", "nadir", "my oncologist") with any fever or temperature figure;
suicide in its everyday idioms ("do himself in", "top myself"), all of one's insulin or pills with an end said, a gun
out or loaded, a goodbye with a cut, the means or no answer; "jk but not really"; a whole bottle of a medicine, or a
weekly one taken daily with sickness; seizure typed as it sounds and seizures with no waking between them; a breathing
rate told as a count a minute; a pulsing belly with new pain; a birth lately with voices or thoughts of harming the
baby; a hot liquid on the skin with a deep burn's signs; an operation wound gaping; a stroke and a low sugar in
everyday Spanish.
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, elderly,
caregivers, clinical shorthand, Spanish), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

RULES = {
    "a child who swallowed a household product, a battery, magnets, fuel or iron": (
        [("my 3yo got into the dishwasher pods and bit one", "poisoning"),
         ("daughter 18 months chewed a button battery from the remote", "poisoning"),
         ("the little one swallowed two magnets off the fridge", "poisoning"),
         ("my boy 5 drank some lamp oil out of the lantern", "poisoning"),
         ("grandaughter, 2, licked the toilet cleaner", "poisoning"),
         ("my girl 4 years drink the liquid for cleaning the floor", "poisoning"),
         ("nephew swallowed his sister's iron syrup", "poisoning")],
        ["my toddler never touches the cleaning cupboard, it is locked",
         "what if my kid swallows a battery",
         "my daughter takes iron tablets daily for anaemia",
         "my son drank a glass of water",
         "our son swallowed a magnet in 2019, it passed, he is fine"]),
    "a child who swallowed someone else's medicine, or any medicine with an amount": (
        [("my son age 3 ate my sleeping pills, I think 4 or 5", "poisoning"),
         ("niece swallowed some of grandma's heart tablets", "poisoning"),
         ("kid drank half the bottle of cough syrup", "poisoning"),
         ("my 2 year old drank the whole bottle of his medicine", "poisoning"),
         ("baby girl eat tablets of her grandpa for pressure", "poisoning")],
        ["my son took his pills this morning",
         "my daughter swallowed her antibiotic fine",
         "my son takes 5 pills a day for his epilepsy",
         "kids ate the pizza from the box"]),
    "a fever or temperature figure with cancer treatment told by its calendar or counts": (
        [("second week after round 3 of chemo and my temp is 38.2", "sepsis"),
         ("his neutrophils were very low on friday, tonight he is 38.5 and shivering", "sepsis"),
         ("nadir week, running a fever", "sepsis"),
         ("day 9 of cycle 2, temperature 38.4", "sepsis"),
         ("my oncologist is away and I have a fever of 38.7 since lunch", "sepsis")],
        ["my oncologist says i may get fevers after cycle 2, what should i do then",
         "had a fever of 38.4 after cycle 1 back in march, it was a cold, all fine",
         "my oncologist wants a second opinion on the scan",
         "counts were low last cycle so they delayed treatment"]),
    "suicide in its everyday idioms": (
        [("im going to top myself tonight", "self_harm"),
         ("he says hes going to off himself", "self_harm"),
         ("going to do myself in", "self_harm"),
         ("my brother phoned, says he will do himself in", "self_harm")],
        ["i did my back in at the gym, did myself in lifting",
         "he topped himself up with coffee",
         "my uncle topped himself in 1998"]),
    "all of one's insulin or pills with an end said": (
        [("planning to inject the whole pen of insulin and be done", "self_harm"),
         ("i want to be done with it all, i have all my pills here", "self_harm"),
         ("going to take every last one of my tramadol and not wake up", "self_harm")],
        ["i need to be done with the paperwork by friday",
         "my dad took all his pills this morning as usual",
         "we took all the old pills to the pharmacy for disposal"]),
    "a goodbye with a cut, the means or no answer": (
        [("my daughter texted goodbye and sorry and isn't answering", "self_harm"),
         ("she left a goodbye note and isnt picking up", "self_harm"),
         ("he texted me forgive me and now his phone is off and he wont answer", "self_harm"),
         ("she sent a photo of her arm cut up and wrote sorry", "self_harm")],
        ["my son said goodbye at the airport and isnt answering his phone, probably asleep on the plane",
         "we said goodbye to the surgeon and went home"]),
    "a whole bottle of a medicine swallowed, or a weekly one taken daily with sickness": (
        [("ive gone through a whole box of paracetamol since yesterday for my back", "poisoning"),
         ("she took a full bottle of advil over the weekend", "poisoning"),
         ("she accidentally took her methotrexate every day instead of once a week and now has mouth ulcers", "poisoning"),
         ("grandpa has been having his weekly pill daily, now vomiting and confused", "poisoning")],
        ["we keep a whole bottle of tylenol in the cupboard",
         "she takes methotrexate weekly, is it safe with the surgery?"]),
    "seizure typed as it sounds, and seizures with no waking between them": (
        [("my husband is having a sees your", "unconscious"),
         ("My mum has had two fits and is not waking up between them", "unconscious"),
         ("my son has had 3 seizures and isnt waking in between", "unconscious")],
        ["my wife's aunt has had seizures since she was a child",
         "he sees your doctor on tuesday"]),
    "a breathing rate told as a count a minute": (
        [("he is breathing 35 times a minute and struggling", "breathing"),
         ("my mum's breathing about 40 a min and she looks grey", "breathing"),
         ("baby breathing 80 a minute and grunting", "breathing")],
        ["my baby breathes about 45 a minute, normal for her age the nurse said",
         "breathing 30 a minute while running is fine for me"]),
    "a pulsing belly with new pain, sweat or faintness": (
        [("i can feel a throbbing lump in my belly and now a tearing pain in my back", "abdomen"),
         ("the pulsing in his stomach is worse and he is sweaty and faint", "abdomen")],
        ["i can feel my heartbeat in my stomach when i lie down, doctor says thats normal for thin people"]),
    "a birth lately with voices or thoughts of harming the baby": (
        [("my wife had the baby 10 days ago and says the baby is not hers, she hears voices", "pregnancy"),
         ("sister after birth 3 weeks, she hearing voices, want to hurt the baby", "pregnancy")],
        ["after the baby shower we went to see the midwife, all is well"]),
    "a hot liquid on the skin with a deep burn's signs": (
        [("splashed with boiling water on my leg, it is white and I cant feel it", "burns"),
         ("sprayed with hot grease at work, skin gone leathery", "burns")],
        ["splashed with hot water in the shower, bit red, fine now"]),
    "an operation wound gaping or the insides showing": (
        [("after my c-section the wound has come open and i can see something poking out", "after_surgery"),
         ("since the operation her belly is gaping where the staples were", "after_surgery")],
        ["after the operation the surgeon said keep an open mind about physio"]),
    "a stroke and a low sugar in everyday Spanish": (
        [("a mi mamá se le durmió la mitad de la cara", "stroke"),
         ("se le adormeció la pierna izquierda de repente", "stroke"),
         ("no le salen las palabras a mi papá", "stroke"),
         ("le bajó la azúcar a 40 y está muy confundido", "diabetes")],
        ["se me durmió la pierna por estar sentada mucho rato",
         "anoche se me durmió la mano, ya estoy bien"]),
}

test_round17_signs_reach_the_urgent_turn, test_round17_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "my old army rifle is out on the kitchen table, loaded",
    "the pistol is out of the safe and sitting next to me",
    "gun is in my lap. not sure why im typing this",
])
def test_a_gun_out_or_loaded_gets_at_least_the_question_with_the_crisis_line(line):
    result = screen(line)
    assert result.level != "none" and result.crisis, result


@pytest.mark.parametrize("line", [
    "my husband cleans his rifle on the table every sunday",
    "we keep the gun locked in the safe",
    "the gun is locked in the safe at the range, the key is with my brother",
])
def test_a_gun_put_away_cleaned_or_not_a_gun_stays_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "jk but not really im on the edge of the roof rn",
    "joking but not really, standing on the bridge",
])
def test_a_joke_taken_back_is_no_negation(line):
    result = screen(line)
    assert result.level != "none" and result.crisis, result


def test_a_fever_in_chemo_said_by_its_calendar_names_cancer_treatment():
    assert screen("day 12 after cycle 5, temp 38.3").labels() == ["a fever during cancer treatment"]


# ---- false alarms, by frame: idioms of being overwhelmed, the past settled per clause, mild and known, family in one
# breath, a warning sign asked about, a time gone by in seasons ----
QUIET = {
    "overwhelmed by a load, or knocked out by tiredness": [
        "two toddlers and a newborn, im dying here lol, anyway the scan is friday",
        "drowning under the washing and the school runs, can we do the call next week",
        "these double shifts put me out like a light",
        "the night feeds knock me out cold by 8",
    ],
    "told in the past, then all clear later in the line": [
        "fainted at the gym yesterday from not eating, the coach checked me, im fine today",
        "the incision oozed a bit after the op, the nurse redressed it and now it is dry",
        "bad headache on sunday, scan the same day, all unchanged, turned out to be sinusitis",
        "dizzy spell on thursday with my aneurysm, the ct was unchanged. turned out to be dehydration",
        "awful headache last night, the er said it was a migraine",
        "nosebleed after the infusion on friday, stopped in ten minutes, bloods checked and fine",
        "a little bleeding after his tooth came out, stopped w gauze",
    ],
    "mild, and known to a clinician or for years": [
        "a bit breathless when i vacuum the stairs but it passes when i sit down",
        "mum's baseline sats are 88 to 90 on oxygen, thats her normal per the lung doctor",
        "spotting a little, 4 weeks after the birth, midwife says normal",
        "mild ache in my lower back after gardening, same for years, per my gp",
    ],
    "family told in one breath, and a relative's condition": [
        "epilepsy on my husband's side, his brother has seizures",
        "both my grandmothers had strokes, both in their 80s",
        "my aunt gets migraines and my uncle has fits",
    ],
    "a warning sign asked about, what to do if it ever happens, a detector": [
        "what signs show that someone is thinking about ending their life",
        "what should we do if grandpa ever has another seizure",
        "and when would a headache count as an emergency?",
        "should we get a carbon monoxide alarm for the boiler",
    ],
    "a time gone by told in seasons": [
        "two summers ago i fell and lay on the floor for hours before my son found me",
    ],
}

STILL_ALERT = [
    "fainted yesterday, im good today but fainted again this morning",
    "bad headache yesterday, turned out to be a migraine, but now her face is drooping",
    "the wound was oozing yesterday, now it is dry but she has a fever of 39",
    "a bit breathless when i hoover, and today my lips are blue",
    "still bleeding a little but now soaking a pad an hour, the midwife said normal yesterday",
    "occasional back ache, same for years per the surgeon, but now it is tearing and i feel faint",
    "both my parents are here, dad has crushing chest pain",
    "my cousin has epilepsy and is not waking up",
    "her sister has seizures every few minutes and is not waking up",
    "what should we do, the baby is 5 weeks and has a fever of 38.5",
    "the co alarm is going off and we all have headaches",
]


@pytest.mark.parametrize("line", [line for lines in QUIET.values() for line in lines])
def test_round17_false_alarm_frames_stay_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", STILL_ALERT)
def test_round17_frames_do_not_hide_a_sign_told_as_now(line):
    assert level(line) != "none", screen(line)


@pytest.mark.parametrize(("line", "age"), [("my grandson, he's 12, is crying with pain in his privates", "12"),
                                           ("my baby, she's 3 weeks old, has a fever", "3 weeks old")])
def test_an_age_between_commas_is_read_as_an_aside_and_kept(line, age):
    from safety.safety_support import safety

    joined = safety._Doc(line).joined
    assert age in joined and " | " not in joined, joined
    assert level(line) == "emergency", screen(line)


MORE_RULES = {
    "swollen lips or face with a hoarse voice or trouble swallowing": (
        [("her lips are swelling up after the prawns and she can hardly swallow", "swelling"),
         ("face swelled up since the new antibiotic and my voice sounds muffled", "swelling")],
        ["i was hoarse after the concert and my lips were chapped"]),
    "berries, mushrooms or an unknown thing with a numb mouth or an irregular heart": (
        [("dad ate some mushrooms he picked, now his mouth is burning and heart racing", "poisoning"),
         ("the kids ate berries off a bush at the park and their mouths are tingling", "poisoning")],
        ["we picked berries at the farm and made jam"]),
    "a pregnancy told as expecting or by the month it is due, with pre-eclampsia signs": (
        [("my wife is due in june and her hands and face went puffy today with flashing lights", "pregnancy"),
         ("she's expecting her first and has the worst headache, seeing spots", "pregnancy")],
        ["she is expecting a call from the surgeon about her headache"]),
    "a fall or a knock to the head with vomiting again and again or drowsiness": (
        [("the baby fell off the changing table, sick 4 times and very sleepy", "neurologic"),
         ("grandma banged her head on the cupboard and keeps vomiting", "neurologic")],
        ["my son fell off his bike last year and is fine"]),
}

test_round17_more_signs_reach_the_urgent_turn, test_round17_more_look_alikes_stay_quiet = rule_tests(MORE_RULES)
