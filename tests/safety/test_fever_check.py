"""A fever alone raises the check question, named as "a fever" (not "signs of a severe infection (sepsis)"), with what
makes a fever an emergency; "not now" gets what to do (a lead's walk, 2026-12-07: a mother of a 6-year-old with ear
infections typed "she has a low fever", was told she had mentioned sepsis, answered honestly that it was going on
now, and was told to call 911)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .safety_support import screen

SEPSIS = "signs of a severe infection (sepsis)"


@pytest.mark.parametrize("line", ["she has a low fever", "9 none, fever is low", "he's had a fever since yesterday",
                                  "my son has a temp of 100.4"])
def test_a_fever_alone_is_asked_about_and_named_as_a_fever(line):
    found = screen(line)
    assert found.level == "ask" and found.check_labels() == ["a fever"]


@pytest.mark.parametrize("line", [
    "she has a high fever and a stiff neck",
    "fever 103 and she is confused and mottled",
    "on chemo and fever 38.5",
    "my 6 week old has a fever",
])
def test_a_fever_with_a_danger_sign_stays_urgent_and_is_not_called_only_a_fever(line):
    found = screen(line)
    assert found.level == "emergency"
    assert found.labels() != ["a fever"]


def test_the_check_names_the_fever_and_what_makes_it_an_emergency():
    engine = prepare("red_flags_child", "caregiver")
    turn = engine.respond("9 none, fever is low")
    assert engine.state == "urgent_care_check"
    assert "You mentioned a fever." in turn.text and SEPSIS not in turn.text
    assert "great weakness, new confusion, a stiff neck, a rash that does not fade" in turn.text
    assert "baby under 3 months" in turn.text and "Is that happening now?" in turn.text
    assert "call 911" in turn.text


def test_not_now_gives_what_to_do_about_the_fever_and_goes_on():
    engine = prepare("red_flags_child", "caregiver")
    engine.respond("9 none, fever is low")
    turn = engine.respond("no")
    assert "A fever is worth telling the doctor about." in turn.text and "Call 911 if it comes with" in turn.text
    assert engine.state == "signs"


def test_yes_at_the_fever_check_is_still_the_urgent_turn():
    engine = prepare("red_flags_child", "caregiver")
    engine.respond("9 none, fever is low")
    turn = engine.respond("yes")
    assert engine.state == "urgent_care" and turn.urgent and "Call 911 now" in turn.text


def test_a_fever_with_another_sign_at_the_check_names_both():
    found = screen("fever and chills since last night")
    assert found.level == "ask"
    labels = found.check_labels()
    assert "a fever" in labels and len(labels) >= 1


def test_another_sign_alone_keeps_its_category_at_the_check():
    found = screen("he fainted yesterday")
    assert found.level == "ask" and "a fever" not in found.check_labels()
