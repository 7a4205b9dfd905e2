"""A patient under 18 typing for themself (user trial 4): "hi um im 16 and its for me" got adult wording
("1 in 20 adults", "time off work", "Ask your insurer") and a records letter for her to sign. The age is
kept, and the chat speaks as it does of a teenager on the caregiver path. The wordings below are new."""

from __future__ import annotations

import pytest
from support import talk

from assistant.kit import plan as kit_plan
from assistant.kit.letter import render_letter
from assistant.understanding.ages import own_band
from assistant.understanding.lexicon import default_lexicon


@pytest.mark.parametrize("line, band", [("hey im 14 and this is about me", "teen"), ("I am 17 years old", "teen"),
                                        ("im only 12", "child"), ("im 45 and its my knee", "adult"), ("im fine thanks", None)])
def test_an_age_said_of_oneself(line, band):
    assert own_band(line, default_lexicon()) == band


@pytest.mark.parametrize("lines", [["im 15, its for me"], ["yo im 15 is this the right app?", "me"], ["1", "whether to get my tonsils out, im 15"]])
def test_a_patient_under_18_is_kept_as_one(lines):
    engine, _ = talk(lines)
    assert engine.slots["role"] == "patient" and engine.slots["age_band"] == "teen"


def test_an_adult_patient_or_a_caregiver_saying_their_own_age_is_not_a_minor():
    engine, _ = talk(["im 16 but its for my dad", "whether he should have surgery"])
    assert engine.slots.get("age_band") != "teen"
    engine, _ = talk(["1", "whether to have my hip done, im 70"])
    assert not engine.slots.get("age_band")


def test_teen_wording_for_a_patient_under_18():
    engine, turns = talk(["im 15, its for me", "whether to have surgery on my jaw", "skip", "2", "1", "none", "none"])
    signs = next(t for t in turns if t.state == "signs")
    assert "1 in 20 adults" not in signs.text and "someone your age" in signs.text
    slots = dict(engine.slots)
    todo = " ".join(item["text"] for item in kit_plan.todo(slots, engine.plan()))
    assert "Ask a parent or guardian to call the insurer" in todo


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_records_letter_of_a_minor_is_signed_by_a_parent_or_guardian(fmt):
    letter = render_letter(fmt, to="Clinic", patient="", minor=True)
    assert "a parent or guardian signs this letter" in letter and "the patient's" in letter
    assert "parent or guardian signs" not in render_letter(fmt, to="Clinic", patient="")
