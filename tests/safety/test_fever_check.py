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
                                  "she has a slight fever"])
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


@pytest.mark.parametrize("line", ["fever and chills since last night", "a fever and a rash on her legs",
                                  "she has a fever, vomiting and cant keep anything down"])
def test_a_fever_with_more_said_about_the_body_is_not_called_only_a_fever(line):
    # review rv30: "A fever alone is often not an emergency" must not be said when more than a fever was told
    found = screen(line)
    assert found.level in ("ask", "emergency") and "a fever" not in found.check_labels()


@pytest.mark.parametrize("state, line", [("red_flags", "2, she has a fever"), ("red_flags_child", "4, she has a fever")])
def test_a_danger_sign_picked_with_a_fever_keeps_the_full_check(state, line):
    engine = prepare(state, "caregiver")
    turn = engine.respond(line)
    assert "often not an emergency" not in turn.text and (engine.state == "urgent_care" or SEPSIS in turn.text)


def test_a_baby_s_fever_is_never_called_often_not_an_emergency():
    engine = prepare("red_flags_child", "caregiver")
    engine.slots["age_band"] = "baby"
    turn = engine.respond("9 none, fever is low")
    assert "often not an emergency" not in turn.text and engine.state in ("urgent_care_check", "urgent_care")


def test_another_sign_alone_keeps_its_category_at_the_check():
    found = screen("he fainted yesterday")
    assert found.level == "ask" and "a fever" not in found.check_labels()
