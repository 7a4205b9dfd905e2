"""An answer pasted as several lines (plain mode sends a paste whole; so does the window): a red flag that runs
across a line break is screened as one (ut15b: "I have tightness" / "in my chest" went through quietly)."""

from __future__ import annotations

import pytest

from assistant.safety.screening import screen
from benchmarks.understanding import prepare


@pytest.mark.parametrize("pasted, level", [
    ("I have tightness\nin my chest", "ask"),
    ("my face\nis drooping", "emergency"),
    ("he cant\nbreathe", "emergency"),
    ("my dad is slurring\nhis words since this morning", "emergency"),
])
def test_a_sign_across_a_line_break_is_as_loud_as_on_one_line(pasted, level):
    assert screen(pasted).level == level
    assert screen(pasted).level == screen(" ".join(pasted.split())).level


@pytest.mark.parametrize("pasted", [
    "march: knee pain\napril: MRI\nmay: surgeon offered surgery",
    "2024 hip pain started\njune 2026 xray showed arthritis\nnovember surgeon said replace it",
    "whether to have\nthe knee surgery",
])
def test_ordinary_pasted_lines_stay_quiet(pasted):
    assert screen(pasted).level == "none"


def test_the_engine_stops_for_a_pasted_emergency_at_a_choice_question():
    engine = prepare("decision_sure", "patient")
    turn = engine.respond("I have tightness\nin my chest")
    assert turn.state == "urgent_care_check"
