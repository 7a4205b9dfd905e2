"""Each category, and the context that makes a sign current or not (NegEx/ConText)."""

from __future__ import annotations

import pytest
from safety.safety_support import Screening, level, screen


# --- each category ------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "category"), [
    ("her face is drooping", "stroke"),
    ("he cant lift his left arm", "stroke"),
    ("my wife is slurring her words", "stroke"),
    ("i suddenly see double", "stroke"),
    ("dad is suddenly very confused", "stroke"),
    ("chest pain and i am sweating", "heart_attack"),
    ("pressure in my chest going down my left arm", "heart_attack"),
    ("fever and her blood pressure is low", "sepsis"),
    ("my skin is mottled", "sepsis"),
    ("i feel like i might die", "sepsis"),
    ("my lips are blue", "breathing"),
    ("he cant finish a sentence", "breathing"),
    ("the worst headache of my life", "neurologic"),
    ("i lost control of my bladder and my legs are weak", "cauda_equina"),
    ("the bleeding will not stop", "bleeding"),
    ("she is vomiting blood", "bleeding"),
    ("he is unconscious", "unconscious"),
    ("my wife is having a seizure", "unconscious"),
    ("my tongue is swelling", "swelling"),
    ("i want to kill myself", "self_harm"),
])
def test_each_category_is_an_emergency(text, category):
    result = screen(text)
    assert result.level == "emergency"
    assert category in result.categories


@pytest.mark.parametrize("text", [
    "can't breathe", "cant breath", "I can’t breathe", "can't lift my arm", "he won't wake up",
    "the bleeding won't stop", "he hasn't peed all day", "my mom is not making sense",
    "she can't speak", "i cant walk", "i dont want to be alive", "he is not breathing",
])
def test_red_flags_that_contain_a_negation_word_are_never_negated(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "no chest pain", "denies fever", "breathing is fine", "without numbness", "they ruled out a stroke",
    "i dont have chest pain", "no headache, no vision changes", "she is not confused at all",
    "no weakness in my left arm", "i would never hurt myself",
])
def test_negated_signs_are_not_current(text):
    assert level(text) == "none"


@pytest.mark.parametrize("text", [
    "no fever but now my face is drooping", "no chest pain, however i cant breathe",
    "no fever and my lips are blue", "no headache except her speech is slurred",
])
def test_negation_scope_ends_at_but_comma_and_new_clause(text):
    assert level(text) == "emergency"


def test_pseudo_negations_do_not_negate():
    assert level("no change in my chest pain") == "ask"
    assert level("not sure if it matters but her face is drooping") == "emergency"
    assert level("not only chest pain but also sweating") == "emergency"


@pytest.mark.parametrize("text", [
    "had a heart attack in 2019", "i used to faint", "he had a seizure two years ago",
    "my father had a stroke two years ago", "my brother died of a heart attack", "my mom had a stroke",
])
def test_history_and_family_history_are_not_current(text):
    assert level(text) == "none"


@pytest.mark.parametrize("text", [
    "my dad's face is drooping and he can't lift his arm", "my wife is having a seizure",
    "my dad wont wake up", "my moms face is droopy", "my dad had a stroke this morning",
])
def test_a_caregivers_report_about_someone_now_is_an_emergency(text):
    assert level(text) == "emergency"


@pytest.mark.parametrize("text", [
    "what if I have a stroke during surgery", "worried about the risk of bleeding", "risk of stroke",
    "could the surgery cause a heart attack", "what if he stops breathing after surgery",
    "i am scared i wont wake up from the anesthesia",
])
def test_hypothetical_and_worry_are_not_current(text):
    assert level(text) == "none"


@pytest.mark.parametrize("text", ["chest pain", "bad headache", "fever", "short of breath", "i had a seizure"])
def test_ambiguous_signs_ask_if_it_is_happening_now(text):
    assert level(text) == "ask"


@pytest.mark.parametrize("text", [
    "chest pain right now", "i have chest pain. it started 10 minutes ago", "sudden severe headache",
    "short of breath right now", "he just passed out",
])
def test_a_time_or_suddenness_turns_an_ambiguous_sign_into_an_emergency(text):
    assert level(text) == "emergency"


def test_long_standing_symptoms_are_not_emergencies():
    assert level("i have had headaches for years") == "none"
    assert level("i get short of breath when i climb stairs") == "none"
    assert level("my left leg has been numb for two years") == "ask"  # lowered, never silenced


@pytest.mark.parametrize(("text", "category"), [
    ("my daughter is bleeding and it wont stop after her tonsil surgery", "bleeding"),  # "it" points back
    ("she is 8 months pregnant and has a terrible headache and blurry vision", "neurologic"),
    ("i ate shrimp and my throat feels tight and im wheezing", "swelling"),
    ("my father is very pale and sweating and has indigestion and pain in his jaw", "heart_attack"),
    ("i am on chemo and have a fever of 39", "sepsis"),
    ("he hit his head and now hes confused and vomiting", "neurologic"),
    ("she has a kidney infection and is now very sleepy and hard to rouse", "sepsis"),
])
def test_signs_that_only_together_are_an_emergency(text, category):
    result = screen(text)
    assert result.is_emergency and category in result.categories


@pytest.mark.parametrize("text", [
    "i cant breathe easy until i know the results", "this decision is killing me", "i am dying to know the results",
    "i feel like im dying inside from stress", "the bill nearly gave me a heart attack", "i want to die at home when the time comes",
    "my head is spinning with all these options", "it takes my breath away how expensive this is",
])
def test_everyday_idioms_are_not_emergencies(text):
    assert not screen(text).is_emergency


def test_a_stroke_sign_that_went_away_is_still_an_emergency():
    assert level("her face drooped for ten minutes and then it went away") == "emergency"


def test_a_red_flag_buried_in_an_ordinary_answer_is_found():
    result = screen("the surgeon wants a knee replacement but right now i cant feel my left arm")
    assert result.is_emergency and result.categories == ("stroke",)
    assert result.matched == ("cant feel my left arm",)


def test_ordinary_second_opinion_talk_is_quiet():
    for text in ["the surgeon wants to replace my knee", "my father had a stroke two years ago",
                 "the tumour is not responding to chemo", "i cant see a specialist until march",
                 "the radiologist report is not making sense to me", "i am confused about my options"]:
        assert screen(text) == Screening(), text
