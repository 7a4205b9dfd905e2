"""How people really type: danger words, present tense, typos, short messages, non-native English."""

from __future__ import annotations

import pytest
from safety.safety_support import level, safety, screen


# --- the safety-net vocabulary, present tense, pointing back ------------------------------------
@pytest.mark.parametrize("text", [
    "something about seizures", "she keeps fainting?", "gasping", "my wife collapsed", "throat closing up",
])
def test_acute_danger_words_always_get_at_least_the_question(text):
    assert level(text) in ("ask", "emergency")


@pytest.mark.parametrize(("text", "expected"), [
    ("she fainted", "ask"), ("she is fainting", "emergency"), ("she keeps passing out", "emergency"),
    ("i have chest pain", "ask"), ("im having chest pain", "emergency"),
    ("breathing fast", "ask"), ("my son is breathing fast", "emergency"),
])
def test_a_present_tense_frame_next_to_a_sign_makes_it_an_emergency(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my tongue was swollen after the dentist but its fine now", "ask"),  # "it" points back: lowered
    ("her face drooped, but it went away", "emergency"),  # a stroke sign that passes still counts
    ("i had a reaction to contrast dye once, my throat swelled", "none"),  # past time carries over
    ("i had a reaction to contrast dye once, my throat is swelling now", "emergency"),
])
def test_context_reaches_across_a_comma_only_when_it_points_back(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("my heart is racing and i feel faint", "emergency"),
    ("i have a fever and feel faint", "emergency"),
    ("my grandpa is on the floor and wont answer me", "emergency"),
    ("my doctor wont answer me", "none"),
    ("her face looks off and she cant hold her cup", "emergency"),  # two stroke signs together
    ("pain between my shoulder blades and im clammy", "emergency"),
])
def test_new_combinations(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize(("typed", "meant"), [
    ("storke", "stroke"), ("cheast", "chest"), ("sweting", "sweating"), ("siuicidal", "suicidal"),
    ("od'd", "overdosed"), ("attck", "attack"), ("colapsed", "collapsed"),
    ("cheat", "cheat"), ("checking", "checking"), ("blessing", "blessing"), ("odd", "odd"), ("paint", "paint"),
])
def test_typos_one_slip_from_a_key_word_but_real_words_stay(typed, meant):
    assert safety._spell(typed) == meant


@pytest.mark.parametrize("text", [
    "the bills are bleeding us dry", "i was so shocked i couldnt speak", "my dad is having a fit about the cost",
    "blood in my spit when i brush", "my hands are ice cold in winter", "im ready to go",
])
def test_more_everyday_talk_stays_quiet(text):
    assert level(text) == "none"


# --- short messages, non-native English, at-risk groups (round 3 and 4) ---------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("hes blue", "emergency"), ("help my baby is blue", "emergency"), ("chest", "ask"), ("help chest", "ask"),
    ("chest rn", "emergency"), ("blue", "ask"), ("so dizzy cant stand", "emergency"),
    ("help", "none"), ("help me decide", "none"), ("blue cross wont cover it", "none"), ("not blue", "none"),
    ("is this a stroke", "ask"),  # a question, not "this is a stroke"
])
def test_a_short_message_of_a_danger_word_gets_at_least_the_question(text, expected):
    assert level(text) == expected


@pytest.mark.parametrize("text", [
    "my husband he fall and not talk good", "mother face is go down one side", "my wife she no can breathing",
    "father arm no move since one hour", "my son he sleep and i cannot to wake him", "much blood coming from her, not stop",
])
def test_non_native_grammar_is_understood(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "we did not see the specialist yet", "he did not talk to the surgeon", "there was no talk of surgery",
    "my father no speak english well, can you make it simple", "i will not stop asking questions",
])
def test_the_grammar_tolerance_leaves_ordinary_english_alone(text):
    assert not screen(text).is_emergency


@pytest.mark.parametrize(("text", "category"), [
    ("baby wont stop crying and is floppy", "unconscious"), ("toddler swallowed pills", "poisoning"),
    ("my daughter is 2 and ate some of my blood pressure pills", "poisoning"),
    ("my 6 week old has a temp of 38.4", "sepsis"), ("his sugar is 2.1 and hes confused and sweaty", "neurologic"),
    ("he was working outside in the heat, now hes confused and stopped sweating", "neurologic"),
    ("my husband with dementia is grey and clammy and his breathing is rattly", "breathing"),  # dementia explains confusion, not this
    ("grandma fell and isnt moving", "unconscious"), ("used my epipen but still wheezing", "swelling"),
])
def test_acute_danger_in_other_words(text, category):
    result = screen(text)
    assert result.is_emergency and category in result.categories


def test_an_overdose_taken_by_mistake_is_a_poisoning_not_a_crisis():
    result = screen("mum took too many of her heart tablets by mistake and now her heartbeat is all over the place")
    assert result.is_emergency and not result.crisis
    assert screen("took all my antidepressants an hour ago").crisis
    assert level("my son overdosed on his insulin once by mistake, now we use a pump") == "none"


@pytest.mark.parametrize("text", [
    "i carry an epipen just in case", "the medication list says overdose risk, how careful do i need to be",
    "she takes blood thinners so the dentist is careful about bleeding", "i am drowning in medical bills",
    "my mother is blue about not being able to drive", "he sits on the edge of the bed to get dressed",
    "my sugar was low this morning, i ate a biscuit and its fine now", "as i said in my last message",
    "is chest pain after a stent normal? just asking for my appointment next week",
])
def test_medical_words_in_ordinary_talk_stay_quiet(text):
    assert level(text) == "none"
