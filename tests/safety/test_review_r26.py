"""Faults the second review of the nineteenth session found in its round-26 rules, each checked with a line a
person might type: an emergency made quieter by a word elsewhere in the sentence, and false alarms."""

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line, category", [
    # a procedure told of someone else no longer quiets a twisted testicle
    ("my son has a swollen painful testicle and is throwing up, his grandpa had a stent put in today", "testicular"),
    # "athlete's heart" or "his normal" quiets only a reading, never news of now
    ("athletes heart they said, now he has crushing chest pain and is sweating", "heart_attack"),
    ("the doctor told him it was his normal pulse but today he collapsed and is not breathing", "unconscious"),
    ("his pulse is 38 right now and hes dizzy, they once said athletes heart", "vitals"),
    # the rules kept working where they were meant to
    ("had a heart cath 2 days ago through the groin and now theres a big swollen lump in my groin", "after_surgery"),
    ("took 2 sprays of nitro and the chest pain is not easing", "heart_attack"),
    ("he takes 12 tylenol a day and now hes throwing up and yellow", "poisoning"),
    ("took way too much of some preworkout stimulant and my heart is racing and im shaking", "poisoning"),
    ("se me quemo la cara con el flamazo del boiler y tengo ampollas", "burns"),
    ("se me quemó la cara con la estufa, tengo ampollas y me arde la garganta", "burns"),  # the cause first
])
def test_emergencies_stay_urgent(line, category):
    result = screen(line)
    assert result.is_emergency and category in result.categories, result


@pytest.mark.parametrize("line", [
    "his hands are not shaking anymore, the new medicine works",
    "her hands keep trembling, she has had essential tremor for 20 years",
    "my knees dont stop shaking when i am nervous before appointments",
    "me arde la garganta desde ayer",
    "tengo ampollas en la boca por la quimio",
    "me quemé la mano cocinando la semana pasada. hoy me arde la garganta por el resfriado",
    "I had way too much caffeine today and my heart is racing",
    "she is on nitrofurantoin for a UTI and the pills are not helping",
    "she is 80 and takes tylenol every day and feels sick",
    "i got a lump in my groin since my hernia, cardiac cath is planned next month",
    "my pulse is 42 but the cardiologist said its athletes heart",
])
def test_look_alikes_stay_quiet(line):
    assert screen(line).level == "none", screen(line)


def test_shaking_that_will_not_stop_is_still_asked():
    result = screen("my legs wont stop shaking since an hour")
    assert result.level == "ask" and result.categories == ("unconscious",)
