"""The rules added when round 20 was folded in for its missed emergencies (issue 12, helper 12_6): the blocks named
*_r20 in dialogues/red_flags.yaml and their combinations, written as families of wording rather than lines: a blow to
the head in sport words or a fall from a height (out of a window, off a changing table) with double vision, vomiting
again and again or drowsiness; bleeding after a tooth was pulled that goes on for hours or fills the mouth; pain at the
lower right of the belly, moved there from the navel, or a belly that hurts to touch, with a fever; redness spreading
from a wound or an ulcer with a fever; carbon monoxide told by an alarm going off (not a low battery), a smoky stove or
a sleepy pet, with people ill; fumes of mixed cleaners with coughing or a burning chest; someone's medicine taken in
error by the handful; a low sugar in mmol told by the number alone ("2.1 on the meter", "he's 1.8") with shaking,
confusion, sweat or a refused drink; twins moving less; speech that sounds wrong with one-sided numbness; a pad full
of maroon blood with pallor; a fall into a fryer, hot oil or boiling water.
Phrasings are our own, written from clinical knowledge and how people talk (texting, non-native grammar, dialect,
caregivers), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

RULES = {
    "a blow to the head or a fall from a height with double vision, vomiting again and again or drowsiness": (
        [("took a helmet to helmet hit at practice and now hes seeing double", "neurologic"),
         ("my son clashed heads at football and has thrown up three times since", "neurologic"),
         ("got elbowed in the head in the game, keeps throwing up and seeing double", "neurologic"),
         ("she took a hard knock to the head and now she cant stay awake", "neurologic"),
         ("toddler rolled off the changing table and is very sleepy now", "neurologic"),
         ("my baby fell off the bed and keeps vomiting", "neurologic"),
         ("grandpa fell down the stairs, hes confused and keeps being sick", "neurologic"),
         ("he fell out of the top bunk, now drowsy and threw up twice", "neurologic"),
         ("hit by a puck to the head, double vision now", "neurologic")],
        ["he took a hit at football last season, all fine now",
         "she fell off the bed last month and was checked, all fine",
         "my son bumped heads with his friend, he is laughing and playing",
         "i keep throwing up from the chemo, oncologist knows",
         "the kids clashed heads over the tv remote again",
         "he fell off his bike last year and broke his wrist"]),
    "bleeding after a tooth was pulled that is heavy, goes on for hours or fills the mouth": (
        [("had my wisdom teeth out this morning and its still bleeding a lot, 5 hours now", "bleeding"),
         ("tooth pulled at 10am, the socket is still bleeding and my mouth keeps filling with blood", "bleeding"),
         ("since the dentist took my molar out the bleeding wont stop", "bleeding"),
         ("my dad had a tooth extraction today, on warfarin, blood pouring out", "bleeding"),
         ("after extraction blood coming so much, gauze soaked again and again", "bleeding"),
         ("the extraction site has been bleeding for 6 hours", "bleeding")],
        ["had a tooth pulled last week, healing fine",
         "my dentist pulled a tooth last month, it bled a lot that day, fine since",
         "a bit of pink spit after my tooth extraction, the dentist said normal",
         "the extraction site stopped bleeding after i bit on gauze",
         "my dentist wants to pull two teeth, i want another opinion"]),
    "pain low on the right of the belly or moved there, or a belly that hurts to touch, with a fever": (
        [("pain started by my belly button and moved to the lower right, now i have a fever", "abdomen"),
         ("sharp pain low right side of my belly and a temp of 39", "abdomen"),
         ("my son has bad pain in the bottom right of his tummy and he is feverish", "abdomen"),
         ("her stomach hurts so much on the right side, she has a fever and wont let me touch it", "abdomen"),
         ("severe pain on the right side of my abdomen with fever and chills", "abdomen"),
         ("it hurts if i touch her belly and she has a high fever", "abdomen")],
        [         "pain in my right knee and a fever from the flu jab",
         "lower right belly pain for years, IBS, gastro knows",
         "my right side hurts after the gym, no fever"]),
    "redness spreading from a wound or an ulcer with a fever": (
        [("the cut on his leg is red right up to the knee and hes got a fever", "sepsis"),
         ("red streaks going up my arm from the bite and i have a fever", "sepsis"),
         ("the redness from her foot ulcer is spreading up her leg and she is feverish", "sepsis"),
         ("swelling creeping up my calf from the wound, temp 38.9 and shivering", "sepsis"),
         ("red line travelling up his arm from the splinter, hes burning up with fever", "sepsis")],
        ["the redness around the cut is going down, no fever",
         "the rash spread up my arm last year, cleared with cream",
         "red right up to the knee from the sunburn, cream helps"]),
    "carbon monoxide: an alarm going off, a stove or fire that smokes, a pet gone sleepy, with people ill": (
        [("the co alarm went off and we all have headaches", "poisoning"),
         ("the detector keeps going off and me and my husband feel dizzy and sick", "poisoning"),
         ("our heater has been smoking all evening and the dog is lethargic and we both have headaches", "poisoning"),
         ("the fireplace is smoky, the kids and i are all sleepy and sick", "poisoning"),
         ("the alarm in the kitchen is beeping and both of us are queasy", "poisoning"),
         ("gas fire smoking and the cat is drowsy, i have a bad headache", "poisoning")],
        ["the smoke alarm battery is chirping, we changed it",
         "the alarm clock went off and we both have headaches from the late night",
         "the co alarm is beeping because the battery is low",
         "we both have colds, the stove is fine",
         "our dog is sleepy after his walk"]),
    "toxic fumes breathed now (cleaners mixed, a chemical) with coughing or a burning chest": (
        [("i mixed bleach with vinegar cleaning and now im coughing and my chest is tight", "poisoning"),
         ("breathed in chlorine fumes at the pool and cant stop coughing", "poisoning"),
         ("my husband inhaled fumes from the drain cleaner and his throat is burning", "poisoning"),
         ("mixed cleaners in the shower, eyes burning and wheezing", "poisoning"),
         ("he was huffing aerosol and is now coughing and struggling to breathe", "poisoning")],
        ["i know not to mix bleach and ammonia",
         "i have a cough from a cold",
         "the chlorine fumes at the pool smell strong but we are fine"]),
    "a medicine taken by mistake in a large amount": (
        [("dad took a handful of my mums heart pills by mistake", "poisoning"),
         ("my wife accidentally swallowed all of them, the whole strip of my sleeping pills", "poisoning"),
         ("grandma took a handful of her water pills by accident", "poisoning"),
         ("by mistake he took lots of my blood pressure tablets", "poisoning"),
         ("my son took a fistful of my vitamins and iron by mistake", "poisoning")],
        ["i took a handful of nuts by mistake, im allergic to nothing",
         "by mistake i took my vitamin twice, one extra",
         "a handful of patients took part in the trial"]),
    "a low sugar in mmol told by the number alone, with a sugar word, shaking, confusion, sweat or a refused drink": (
        [("2.4 on the meter and i cant think straight", "diabetes"),
         ("hes 1.9 and wont drink the juice", "diabetes"),
         ("shes 2.2 now and sweating and confused", "diabetes"),
         ("im 2.6 and shaking", "diabetes"),
         ("2.0 on his libre, he is combative", "diabetes"),
         ("only 1.7 on the dexcom, very shaky", "diabetes"),
         ("mum is 2.3 and wont eat the jelly beans, very confused", "diabetes")],
        ["the tumour is 2.1 cm, i want a second opinion",
         "he is 1.8 m tall and 80 kg",
         "the tumour is 2.3 and the surgeon is confused about the margins",
         "my a1c is 6.2 now",
         "her potassium was 3.2 last week",
         "2.5 mg of the new tablet and im shaking a bit"]),
    "babies in the womb moving less told of twins": (
        [("33 weeks with twins and they have barely moved today", "pregnancy"),
         ("cant feel twin b since last night", "pregnancy"),
         ("one of the twins has stopped kicking", "pregnancy"),
         ("baby a hasnt moved all day", "pregnancy"),
         ("havent felt either baby move since lunch", "pregnancy")],
        ["the twins are asleep in their cots, not moving much",
         "my twins are 2 and barely walk yet, physio is helping",
         "twins not kicking at night is normal, the midwife said"]),
    "one-sided numbness or weakness with speech that sounds wrong": (
        [("my left arm is numb and my speech sounds weird", "stroke"),
         ("his words are coming out funny and his right hand is weak", "stroke"),
         ("face numb on one side and my voice sounds drunk", "stroke"),
         ("right leg gone dead and speech sounds daft, sugar fine", "stroke"),
         ("her speech is garbled and her right arm is weak", "stroke")],
        ["his right hand is weak from arthritis, his speech is fine",
         "my right hand goes numb at night from carpal tunnel"]),
    "a pad or bed full of maroon or dark red blood with paleness or faintness": (
        [("her pad is soaked with dark red blood and she looks pale and dizzy", "bleeding"),
         ("his incontinence pad is full of maroon blood and he is ashen", "bleeding"),
         ("the toilet is full of blood and i feel faint", "bleeding"),
         ("the bed is covered in blood and she is grey and clammy", "bleeding"),
         ("maroon poop and very pale now", "bleeding")],
        ["heavy period, pad full of blood as usual, not dizzy",
         "my pad has a little dark red blood, day 2 of my period"]),
    "a fall into a fryer, hot oil or boiling water; a big burn in plain words": (
        [("my cook slipped into the fryer, arm burnt", "burns"),
         ("child fell into a pot of boiling water", "burns"),
         ("worker fell in the hot oil at the plant", "burns"),
         ("she tripped into the chip pan, burn very big on her leg", "burns"),
         ("he fell into a vat of hot tar at work", "burns")],
        ["i burn big calories at the gym",
         "a small burn on my finger from the oven, blister only",
         "we had a big burn pile in the yard last week"]),
}

test_signs_reach_the_urgent_turn, test_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize(("line", "advice"), [
    ("dad took a handful of my mums heart pills by mistake", "poison"),
    ("i mixed bleach with vinegar cleaning and now im coughing and my chest is tight", "poison"),
    ("the co alarm went off and we all have headaches", "carbon_monoxide"),
    ("our heater has been smoking all evening and the dog is lethargic and we both have headaches", "carbon_monoxide"),
])
def test_the_advice_fits_the_poisoning(line, advice):
    """A medicine taken in error or fumes: the poison line; carbon monoxide: fresh air first."""
    assert advice in screen(line).advice


def test_a_big_burn_in_plain_words_is_asked_about():
    """"burn big" alone is a doubt (how big?): the check question; a fall into hot oil is urgent."""
    assert level("burn big on his back from hot tar") == "ask"
    assert level("worker fall in fryer oil, leg burn big") == "emergency"


def test_a_smoky_stove_with_one_symptom_is_asked_about():
    assert level("the wood stove is smoky and i have a headache") == "ask"


def test_a_low_number_needs_a_sign_or_a_sugar_word():
    """A number alone is no reading: "he is 1.8" with nothing else stays quiet."""
    assert level("he is 1.8 and doing fine") == "none"
    assert level("hes 1.8 and wont take the juice") == "emergency"
