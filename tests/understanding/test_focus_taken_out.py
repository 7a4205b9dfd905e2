"""At "what does the decision rest on" (specialist_focus): taking a part out, and laser work, are the surgery or
procedure question (helper u27b, issue 11; dialogues/lexicon.yaml, with phrasal.py reading "take the X out")."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def picks(line: str):
    engine = prepare("specialist_focus", "patient")
    turn = engine.respond(line)
    return turn, engine.slots.get("focus"), engine.state


@pytest.mark.parametrize("line,want", [
    ("the MRI and whether they should take the kidney out", {"imaging", "surgery"}),
    ("path report, plus whether to get the lump out", {"pathology", "surgery"}),
    ("the scans, and if its worth doing the laser", {"imaging", "surgery"}),
    ("whether to take out her thyroid", {"surgery"}),
    ("the ultrasound and if we should have it out", {"imaging", "surgery"}),
])
def test_taking_a_part_out_or_laser_work_is_the_surgery_question(line, want):
    turn, focus, state = picks(line)
    assert set(focus) == want and state == "specialist"


@pytest.mark.parametrize("line,want", [
    ("the scans", {"imaging"}),
    ("biopsy and the surgery", {"pathology", "surgery"}),
    ("travel is hard for us", {"travel_hard"}),
    ("its a rare kind of cancer", {"rare", "subtype"}),
    ("none of these", {"none"}),
])
def test_clear_answers_are_still_stored_at_once(line, want):
    turn, focus, state = picks(line)
    assert set(focus) == want and state == "specialist"
