"""The rules added when round 7 was folded in for the acute kinds (stroke, heart attack, breathing,
bleeding, seizures, anaphylaxis, sepsis and meningitis, sudden memory loss, overdose and poisoning,
children, self-harm; docs/safety.md). Each is checked as a sign happening now, and against its
negation, its history and the everyday talk that shares its words; then the advice it brings and
odd or repeated input. Phrasings are our own, written from clinical knowledge and how people talk,
not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests, screen

# rule -> (signs happening now: the urgent turn, with their category), then lines that must stay quiet
RULES = {
    "the same pain as the last heart attack or stroke, now": (
        [("its exactly the same squeezing i got with my heart attack in 2018, started half an hour ago", "heart_attack"),
         ("this feels just like his last heart attack, happening right now", "heart_attack"),
         ("she is having the same thing as her stroke two years ago, right now her arm is weak", "stroke")],
        ["i had the same pain as my heart attack in 2017 and it was reflux, the gp checked",
         "does a second heart attack feel the same as the first one"]),
    "a drooping half of the mouth in other words; words that will not come out right": (
        [("the left side of his mouth is slack since lunch", "stroke"),
         ("she cant say her own address properly since ten minutes ago", "stroke"),
         ("grandma cant smile on the right side since her nap", "stroke"),
         ("his talking is getting more slurred over the last hour", "stroke")],
        ["he cant pronounce long medical words properly, never could",
         "he cant smile in photos, he is shy",
         "his speech has been getting worse over the years with parkinsons",
         "the right side of her mouth is not drooping at all"]),
    "struggling for every breath, neck muscles working, noisy breathing named first": (
        [("every single breath is such an effort for grandpa", "breathing"),
         ("he is straining his neck muscles to get air", "breathing"),
         ("my daughter has this squeaky noise when she breathes in and is dribbling", "swelling")],
        ["every breath was a struggle with my pneumonia in 2019, fully recovered",
         "his breathing is not noisy or fast, just a runny nose"]),
    "vomit like coffee grounds or black": (
        [("dad brought up something like ground coffee and is dizzy", "bleeding"),
         ("throwing up black stuff since this morning", "bleeding")],
        ["i drink a lot of ground coffee, is that bad before the scope",
         "i vomited black after eating liquorice, the doctor said it was harmless",
         "vomit looked like coffee grounds back in 2016, the ulcer was treated"]),
    "a seizure in plain words: stiff and jerking, one side twitching, a bitten tongue": (
        [("my son stiffened up and then his arms started jerking", "unconscious"),
         ("the right side of her face and her hand keep jerking and it will not stop", "unconscious"),
         ("i came round on the bathroom floor with a bloody tongue and my jeans were wet", "unconscious")],
        ["my eyelid twitches on one side when i am tired",
         "my son has epilepsy, his seizures are well controlled, we want a second opinion on the dose",
         "she went stiff with fright when the surgeon rang"]),
    "a swelling face with a tight chest, after the dye of a scan": (
        [("after the mri dye his lips puffed up and his chest feels tight", "swelling"),
         ("her face is swelling up and her chest is getting tight after the cashews", "swelling")],
        ["my face swelled after contrast dye in 2020, they gave me steroids before the next scan",
         "after the ct scan i felt completely fine"]),
    "sepsis: shaking chills that rock the bed, an infection with a racing heart": (
        [("temp 39.6 and the shivers are shaking the whole bed", "sepsis"),
         ("he has a chest infection and his heart is going like crazy", "sepsis"),
         ("pneumonia diagnosed yesterday and now her knees are mottled", "sepsis")],
        ["the kids were shaking the bed jumping on it all morning",
         "i have a uti and my heart is fine"]),
    "meningitis: a rash that is not fading": (
        [("fever and a rash that is not fading under a glass", "sepsis"),
         ("little purple pinpricks spreading on her tummy and she is burning up", "sepsis")],
        ["the rash faded when i pressed a glass on it",
         "the rash on his arm is fading nicely with the cream"]),
    "memory gone for hours, the same question again and again, when new": (
        [("my wife cant remember anything from the last few hours and it came on suddenly", "neurologic"),
         ("he keeps asking what day it is over and over and doesnt remember this morning, he has never done this before", "neurologic")],
        ["mum has alzheimers and keeps asking the same questions, nothing new",
         "i dont remember the last hour of the film, i fell asleep"]),
    "days of medicine at once, extra patches, too much of an opioid": (
        [("my mother took a whole week of her tablets at once by mistake", "poisoning"),
         ("grandad cleared out his pill organiser this morning, every pill gone", "poisoning"),
         ("she stuck on two of her fentanyl patches by accident and is hard to wake", "poisoning"),
         ("my brother did way too much fentanyl and his lips are going blue", "poisoning")],
        ["i take all my evening pills at once with dinner",
         "i take two of my pain tablets at once as prescribed",
         "we picked up a whole month of tablets from the pharmacy",
         "the pill organiser is empty so i need a refill",
         "he wears one fentanyl patch, changed every three days"]),
    "poisons: pest killers and pool chemicals, the poison named before it was swallowed": (
        [("i sprayed ant killer in the kitchen and now im drooling and twitching", "poisoning"),
         ("my nephew got hold of the pool chemicals and swallowed some", "poisoning"),
         ("grandma mixed up the bottles, drank the chlorine by mistake and keeps vomiting", "poisoning"),
         ("the kids found the e liquid and then drank some", "poisoning")],
        ["we keep the pool chlorine locked in the shed",
         "we sprayed bug killer in the garden last summer"]),
    "children: green vomit, a patch or pill in the mouth, breathing that stops": (
        [("my 7 year old is throwing up dark green stuff", "breathing"),
         ("the toddler was sucking on one of my nicotine patches", "poisoning"),
         ("my newborn keeps pausing her breathing and going grey", "breathing"),
         ("my 10 month old stops breathing for a few seconds at a time", "breathing")],
        ["my 3 year old threw up green jelly he ate at the party",
         "the baby holds his breath when he cries, the doctor says it is breath holding spells",
         "my husband stops breathing at night, he has sleep apnea and a cpap",
         "my son used to chew on pencils"]),
    "a child and other people's medicine, an adult's dose, cannabis sweets; a bottle of cough syrup": (
        [("my 4 year old swallowed one of her nans heart tablets", "poisoning"),
         ("dad gave the toddler his own adult ibuprofen tablet", "poisoning"),
         ("the twins got into my weed gummies and ate some of my edibles, now very sleepy", "poisoning"),
         ("she downed a full bottle of nyquil and is slurring", "self_harm")],
        ["my son takes melatonin every night as prescribed",
         "he took all his pills today like the doctor said"]),
    "choking that blocks the airway, a finger cut off, legs that will not move, confusion new today": (
        [("my son choked on a sweet and now he cant cough or talk", "breathing"),
         ("my husband sliced the tip of his thumb off on the mandoline", "bleeding"),
         ("grandpa cant move either of his legs this morning", "neurologic"),
         ("my aunt is extremely confused since lunch today", "stroke")],
        ["she had a toe amputated in 2015 for her diabetes",
         "i cant cough up the phlegm, it is annoying but i feel fine",
         "i got confused this morning about the appointment time"]),
    "a long-standing sign changed now; pupils that look different; confused now after a fall": (
        [("she has had chest tightness on and off for years but tonight the pressure is unbearable", "heart_attack"),
         ("after his fall on monday his pupils look different", "neurologic"),
         ("grandpa fell two days ago and now he is confused", "stroke")],
        ["his chest tightness on exertion has been the same for years, the cardiologist follows it",
         "now she is confused about which surgeon to choose"]),
    "a ligature, the train tracks, everything in the cabinet": (
        [("came home and found my husband with a cable around his neck", "self_harm"),
         ("my daughter is on the railway tracks and her phone is off", "self_harm"),
         ("mum rang to say she took everything in the medicine cabinet", "self_harm")],
        ["the cord was around his neck at birth, he is a healthy 5 year old now",
         "my husband works on the railway tracks, he needs a knee opinion"]),
    "self-harm: a rope got, a picture of a weapon, a last apology, gone missing, a store of morphine": (
        [("i got a rope today", "self_harm"),
         ("he has made a noose in the garage", "self_harm"),
         ("my sister sent me a picture of her pills and wrote sorry for being a burden", "self_harm"),
         ("my son said hed be better off dead and now we cant find him", "self_harm"),
         ("my dad said goodbye on the phone and now his phone goes straight to voicemail", "self_harm"),
         ("my husband has been stockpiling his oxycodone and says hell take it all tonight", "self_harm"),
         ("she tried to climb over the balcony railing to jump", "self_harm")],
        ["we bought a rope for the tyre swing, the kids love it",
         "my sister sent me a picture of her new puppy and said sorry for the late reply",
         "my daughter went missing for an hour at the mall last year and we found her at the toy shop",
         "she said shed be better off with a new surgeon",
         "she said she was sorry for everything she said in the argument",
         "my son texted me goodbye before boarding his flight",
         "my mother said goodbye to her old house this week, she moved in with us",
         "i cant go on and on about my symptoms to every doctor"]),
}


test_each_new_sign_reaches_the_urgent_turn, test_its_negation_history_or_everyday_look_alike_stays_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "i take all my morning pills at once with breakfast",
    "he took all his tablets with his dinner",
])
def test_a_days_pills_taken_together_is_no_overdose(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "my sister just took all her antidepressants",  # a whole supply: still the urgent turn
    "he took the whole new box of sleeping tablets",
])
def test_a_whole_supply_taken_is_still_an_overdose(line):
    result = screen(line)
    assert result.is_emergency and "overdose" in result.advice, result


def test_a_plus_sign_separates_what_it_joins():
    # "fever + rash not fading + very sleepy": the "not" of the rash does not negate the sleepiness
    result = screen("fever + rash not fading + very sleepy")
    assert result.is_emergency, result
    assert "very sleepy" in " ".join(result.matched) or result.categories == ("sepsis",), result


@pytest.mark.parametrize("line", [
    "my mum had a stroke in 2020 and still cant lift her left arm, we want a second opinion on rehab",
    "since his stroke last year his speech is still a bit slurred",
    "grandad had two strokes years ago, the right side of his face still droops",
])
def test_what_an_old_stroke_left_is_not_a_new_one(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "she had a stroke in 2020 and now suddenly her other arm is weak",
    "since his stroke last year his speech was fine but this morning it is slurred again",
    "had a tia 2 years ago and for the last half hour his face is drooping",
])
def test_a_new_stroke_after_an_old_one_still_counts(line):
    result = screen(line)
    assert result.is_emergency and "stroke" in result.categories, result


def test_a_seizure_he_has_not_woken_from_properly():
    assert screen("my daughter had a fit and still hasnt come round fully").is_emergency


def test_no_history_of_anything_is_no_history():
    assert screen("i have no history of anything but i just came round on the floor, bit my tongue and wet my pants").is_emergency


def test_once_before_a_subject_is_a_time_to_come_not_the_past():
    result = screen("tonight he told me he has saved up his methadone and will take it all once we are asleep")
    assert result.is_emergency and result.crisis, result


# --- the advice the urgent turn gives ------------------------------------------------------------------
def test_someone_elses_crisis_is_advised_about_them_even_when_they_texted_me():
    for line in ("my brother texted me a photo of his rifle and said he is sorry for everything",
                 "my sister rang me, she says she cant go on and is sitting in her car by the river",
                 "my uncle phoned me and said he has a rope and is done",
                 "my dad has his shotgun out and keeps saying we would be better off without him",
                 "my mum just said goodbye to me, said shes done, and hung up"):
        result = screen(line)
        assert result.crisis and "crisis_other" in result.advice, (line, result)


def test_my_own_crisis_is_still_advised_about_me():
    result = screen("i want to end my life tonight, my sister texted me but i did not answer")
    assert result.crisis and "crisis_other" not in result.advice, result


def test_low_harm_things_a_child_swallowed_are_asked_about_with_the_poisons_line():
    result = screen("my 2 year old bit into a glow stick")
    assert result.level == "ask" and "poison" in result.advice, result


def test_poisons_and_opioids_bring_their_numbers():
    assert "poison" in screen("he drank some pool chlorine and is throwing up").advice
    assert "poison" in screen("my dad swallowed a whole week of his pills at once").advice
    assert "overdose" in screen("friend used too much heroin and his lips are blue").advice


def test_english_vomiting_brings_no_spanish_line():
    assert "spanish" not in screen("he swallowed bleach and is vomiting").advice
    assert "spanish" in screen("mi hijo vomitó sangre").advice


# --- odd and repeated input stays fast and right ---------------------------------------------------------
@pytest.mark.parametrize("line", [
    "same pain as my heart attack " * 1200, "every breath is a struggle " * 1200, "ground coffee " * 3000,
    "went stiff and jerking " * 1500, "twitching on one side " * 1500, "bitten tongue " * 3000,
    "shaking the bed " * 2500, "keeps asking the same question " * 1000, "whole week of pills at once " * 1000,
    "pool chlorine " * 3000, "in his mouth " * 3000, "stops breathing for seconds " * 1200,
    "bought a rope today " * 1500, "sorry for everything " * 2000, "+ " * 20000, "saved his morphine " * 2000,
])
def test_repeated_round_7_phrases_are_screened_quickly(line):
    assert screen(line).level in ("none", "ask", "emergency")


def test_a_rash_that_does_not_fade_is_named_as_meningitis_or_sepsis():
    for line in ("fever and dark red spots that dont fade when pressed", "a stiff neck, a fever and a pounding headache"):
        labels = " ".join(screen(line).labels())
        assert "meningitis" in labels, (line, labels)
