"""What is reported back: the user's own words, categories in order, labels, the crisis flag."""

from __future__ import annotations

import pytest
from safety.safety_support import CATEGORIES, Screening, level, screen


# --- normalising: capitals, typos, apostrophes ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "I CANT BREATHE", "MY MOM CANT TALK AND HER FACE IS DROOPING", "chest pian and sweating",
    "numbess down my left side", "hes unconsious", "my wife is haveing a siezure", "cnat breathe",
    "my husbands speech is slured", "the bleading wont stop", "my tongue is swolen",
])
def test_capitals_and_typos_are_understood(text):
    assert level(text) == "emergency"


def test_matched_words_are_the_users_own_and_in_order():
    result = screen("My Dad’s FACE is drooping and he can't lift his arm")
    assert result.matched == ("FACE is drooping", "can't lift his arm")
    assert result.categories == ("stroke",)


def test_categories_are_in_order_of_first_appearance():
    result = screen("she is not breathing and her face is drooping")
    assert result.categories == ("breathing", "stroke")


def test_labels_and_crisis():
    result = screen("i cant breathe and i want to kill myself")
    assert result.crisis and result.is_emergency
    assert result.labels() == [CATEGORIES["breathing"]["label"], CATEGORIES["self_harm"]["label"]]
    assert not screen("my face is drooping").crisis


@pytest.mark.parametrize(("text", "label"), [
    ("mum took too many of her heart tablets by mistake and now her heartbeat is all over the place",
     "too much medicine taken by mistake"),
    ("took all my antidepressants an hour ago", "an overdose"),
    ("his sugar is 2.1 and hes confused and sweaty", "a very low blood sugar"),
    ("he was working outside in the heat, now hes confused and stopped sweating", "heat stroke"),
    ("i ate shrimp and my throat feels tight and im wheezing", "a severe allergic reaction"),
])
def test_the_user_is_told_what_was_recognised_not_a_misleading_category(text, label):
    result = screen(text)
    assert result.is_emergency and result.labels()[0] == label
    assert all(result.labels()[0] != CATEGORIES[category]["label"] for category in result.categories)


@pytest.mark.parametrize("text", ["toddler swallowed pills", "my kid drank bleach"])
def test_a_poisoning_is_its_own_kind_not_unconscious(text):
    result = screen(text)
    assert result.is_emergency and result.categories == ("poisoning",)
    assert result.labels() == ["swallowing something poisonous"] and "poison" in result.advice


def test_without_a_sign_of_its_own_a_label_is_the_categorys():
    assert screen("blood sugar 40 and she wont wake properly").labels() == [
        "a very low blood sugar", CATEGORIES["unconscious"]["label"]]
    assert Screening("emergency", ("stroke",)).labels() == [CATEGORIES["stroke"]["label"]]


def test_a_crisis_is_reported_even_next_to_another_emergency_at_a_lower_level():
    result = screen("he cant breathe. my brother killed himself last year")
    assert result.is_emergency and result.crisis
