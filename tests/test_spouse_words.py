"""A caregiver's words for the patient in Spanish (user trial 4): "es para mi esposa" was asked "How
old is your esposa? ... A baby, under 1 year old", and "esposa" came back everywhere. A husband, a wife
or a mother is an adult, in any language, and the chat speaks of them in English."""

from __future__ import annotations

import pytest
from support import talk

from assistant.wording import age_band_from, person_name


@pytest.mark.parametrize("who, name, band", [
    ("mi esposo", "your husband", "adult"),
    ("mi marido", "your husband", "adult"),
    ("mi mamá", "your mom", "adult"),
    ("mi hijo de 9", "your son", "child"),
    ("mi hija de 16 años", "your daughter", "teen"),
    ("my wife", "your wife", "adult"),
])
def test_spanish_person_words_are_said_in_english_and_give_the_age_band(who, name, band):
    assert person_name("caregiver", who) == name
    assert age_band_from(who) == band


@pytest.mark.parametrize("first", ["hola, es para mi esposo, tiene problemas del corazon", "it is for mi esposa"])
def test_a_spouse_named_at_the_welcome_is_not_asked_an_age(first):
    engine, turns = talk([first])
    assert engine.slots["age_band"] == "adult"
    assert turns[-1].state == "decision_what"
    assert "espos" not in turns[-1].text


def test_a_spouse_typed_at_who_is_it_for_is_not_asked_an_age():
    engine, turns = talk(["2", "mi esposa"])
    assert turns[-1].state == "decision_what" and "your wife" in turns[-1].text
