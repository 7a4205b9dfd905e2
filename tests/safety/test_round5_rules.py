"""The rules added when round 5 was folded in (docs/safety.md). Each is checked as a sign happening
now, its negation, its history and, where people use the words loosely, its idiom or a question
about it; then odd and repeated input. Phrasings are our own, written from clinical knowledge and
how people talk, not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "two limbs of one side, words that come out wrong": (
        [("my right arm and leg have gone weak in the last hour", "stroke"),
         ("mums left hand and leg are numb since she got up", "stroke"),
         ("he tries to answer but jumbled words come out", "stroke"),
         ("her left arm just dangles and she cant lift it", "stroke"),
         ("his voice sounds odd and his speech is thick", "stroke")],
        ["my right arm and leg are not weak, just tired from the gym",
         "my left hand and fingers are numb from typing",  # one limb, not one side
         "he keeps dropping the pen when he writes, the neurologist thinks it is carpal tunnel",
         "in 2018 my left arm and leg were weak after the stroke, the physio got them working"]),
    "a named emergency happening again": (
        [("my heart attack is happening again, the same pressure in my chest", "heart_attack"),
         ("i had a stroke in 2021 and its happening again, my face feels odd", "stroke")],
        ["my heart attack was in 2016 and the stent has held up well"]),
    "a weapon held, a car in a closed garage, a height": (
        [("im sitting here with the pistol in my hand", "self_harm"),
         ("my son has a knife to his throat and is screaming", "self_harm"),
         ("dad is in the garage with the door shut and the car engine running", "self_harm"),
         ("shes in her car with a hose from the exhaust", "self_harm"),
         ("he says hed rather be dead and hes on the roof", "self_harm")],
        ["i would rather die than go back to that clinic",
         "id rather not be here for the scan results, can my sister go",
         "we sat on the balcony and talked about the surgery",
         "he keeps a rifle in the safe for hunting",
         "i washed the car with the hose"]),
    "a store of medicine and a plan": (
        [("she says she would rather be dead and is hoarding her sleeping pills", "self_harm")],
        ["she keeps her insulin pens in the fridge"]),
    "a child who got into medicines": (
        [("the toddler chewed on a nicotine patch from the bin", "poisoning"),
         ("my grandson swallowed some of my warfarin", "poisoning"),
         ("our 2 year old was by the cupboard with a box of her heart pills open", "poisoning")],
        ["my grandson helps me with my warfarin box every sunday",
         "the toddler chewed on a teething ring all morning"]),
    "something poisonous drunk from the wrong container": (
        [("grandad sipped from a jam jar in the garage that had antifreeze in it", "poisoning")],
        ["he drank from the jar of water by his bed"]),
    "labour before 37 weeks, pre-eclampsia": (
        [("pregnant 30 wk and having tightenings every 4 minutes", "pregnancy"),
         ("im 27 weeks and fluid is trickling out since lunch", "pregnancy"),
         ("34 weeks pregnant, seeing flashing lights and my face is suddenly puffy", "pregnancy")],
        ["at 30 weeks with my first i had tightenings every few minutes, she is 4 now",
         "im 30 weeks and want a second opinion on the placenta scan"]),
    "a deep burn": (
        [("she burned her hand on the oven door, the skin is white and leathery", "burns"),
         ("he scalded his foot with the kettle, the burn doesnt even hurt", "burns")],
        ["i burned my hand on the oven last year, it left a scar",
         "she burned her arm on the iron, its red and sore but fine"]),
    "too much of an opioid": (
        [("i think dad put on an extra pain patch and now he wont stay awake", "poisoning"),
         ("her pupils are pinpoint and she is very hard to wake", "poisoning")],
        ["his morphine dose is twice a day and he gets a bit drowsy after"]),
    "toxic fumes": (
        [("i mixed bleach with another cleaner and breathed in the fumes, my chest is tight", "poisoning")],
        ["the pool smells of chlorine, is that bad for asthma",
         "i breathed in fumes from the paint last week, no problems since"]),
    "an asthma reliever that is not helping": (
        [("had my puffer 8 times and no better, so breathless i cant finish a sentence", "breathing"),
         ("the ventolin isnt helping and my chest is tight", "breathing")],
        ["the inhaler is not helping as much as the old one did, that is why i want another opinion"]),
    "appendix pain": (
        [("pain low on the right since last night, hurts to walk and i have a fever", "abdomen"),
         ("lower right belly pain and it hurts to cough, temp 38.6", "abdomen")],
        ["no pain in the lower right side, they still want to take my appendix out"]),
    "a first seizure": (
        [("my daughter has never had a seizure before and just had one", "unconscious")],
        ["my daughter has never had a seizure, is the eeg still needed"]),
    "fever with low neutrophils": (
        [("his neutrophils are very low after the infusion and now he has a fever", "sepsis")],
        ["his neutrophils were low last month but he has no fever"]),
    "heavy bleeding in other words": (
        [("the sink is full of blood from his nose", "bleeding"),
         ("he threw up a lot of blood and is pale", "bleeding"),
         ("the cut on her leg is bleeding right through the towel", "bleeding")],
        ["the bowl was full of blood when i had piles in 2019, they banded them"]),
    "a dry nappy in a baby": (
        [("my 9 month old has had no wet nappies since yesterday and keeps vomiting", "breathing")],
        ["no wet nappy worries, she is feeding well"]),
    "a meter that reads HI, in Spanish": (
        [("el medidor dice HI y esta muy dormido", "diabetes")],
        ["el medidor de azucar es nuevo"]),
}


test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_or_everyday_look_alike_stays_quiet = rule_tests(RULES)


# --- false alarms of round 5: questions, history, idioms ---------------------------------------------
@pytest.mark.parametrize("line", [
    "what would the warning signs of a stroke be after the carotid surgery, so we know what to look for",
    "can the steroid make him aggressive or suicidal, the pharmacist mentioned it",
    "what percentage of people on this blood thinner get bleeding in the brain",
    "im choking on all the paperwork from the insurance",
    "she nearly passed out when she saw the bill",
    "no numbness in my legs and no bladder problems, just a stiff back",
    "he had cauda equina surgery in 2012 and walks fine now",
    "the time my pressure dropped and i fainted was 2020, before the new pills",
    "my sugar was 50 before lunch, had glucose tabs and its 110 now",
    "the er gave her adrenaline for the wasp sting on monday, she is fine",
    "the bleeding after the biopsy stopped with pressure",
    "he had a fever after his jabs, temp normal this morning",
    "i rang poison control about the extra vitamin, they said it was harmless",
    "spent two nights in hospital with dka earlier this year, all stable",
    "mums been a bit breathless on hills for a year, thats why they did the echo",
    "¿cuáles son los síntomas de un derrame que debo vigilar?",
])
def test_round_5_kinds_of_false_alarm_stay_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "can the steroid make him suicidal, he just told me he wants to die",  # a question, then a crisis now
    "i nearly passed out and now my chest is crushing",
    "my sugar was 40, had juice and it is still 45",
    "he had cauda equina surgery years ago and today he cant feel his bottom and wet himself",
])
def test_what_looks_like_those_false_alarms_but_is_not(line):
    assert screen(line).is_emergency, screen(line)


def test_a_plain_goodbye_is_at_most_asked_about():
    # "i won't be here tomorrow" may be a farewell or a diary: the check question, with the crisis line
    assert level("i wont be here tomorrow, can we move the call to friday") != "emergency"
    assert screen("no more questions, i wont be here tomorrow").crisis


def test_the_advice_and_person_of_the_new_signs():
    assert "carbon_monoxide" in screen("hes in the closed garage with the engine running").advice
    assert "overdose" in screen("she put on 3 fentanyl patches at once and is breathing very slowly").advice
    assert "poison" in screen("breathed in chlorine gas at the pool and cant stop coughing").advice
    assert "spanish" in screen("el glucometro marca LO y no responde").advice
    assert "crisis_other" in screen("my friend said shed rather be dead and is hiding her pills").advice
    assert "crisis_other" not in screen("id rather be dead, im standing on the bridge").advice


@pytest.mark.parametrize("line", [
    "left arm and leg " * 2000, "happening again " * 1500, "id rather be dead " * 1000 + "on the roof",
    "extra patch " * 2000, "pinpoint pupils " * 1500, "fluid leaking " * 1500 + "29 weeks",
    "lower right side pain " * 800, "percentage of " * 2000, "toilet full of blood " * 900,
    "never had a seizure before " * 500, "el medidor dice hi " * 800, "leathery " * 4000,
])
def test_odd_and_repeated_input_of_the_new_rules_never_raises(line):
    assert screen(line).level in ("none", "ask", "emergency")


@pytest.mark.parametrize(("line", "expected"), [
    ("left arm and leg weak " * 300, "emergency"),   # a sign repeated is still a sign
    ("percentage of " * 300, "none"),
    ("id rather be dead " * 300, "ask"),               # talk of dying with no place or time: asked
])
def test_repeated_signs_keep_their_level(line, expected):
    assert level(line) == expected, screen(line)
