"""At "which describes the situation" (decision_situation): a treatment said to give no more relief or to be no
longer effective is the treatment not working, even beside years of symptoms (helper u27b, issue 11; lexicon words)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def situation(line: str):
    engine = prepare("decision_situation", "patient")
    turn = engine.respond(line)
    return turn, engine.slots.get("situation")


@pytest.mark.parametrize("line", [
    "my shoulder has been bad for six years and the steroid shots no longer give relief",
    "Migraines since my twenties; the preventive tablets are no longer effective.",
    "eczema forever, the cream is not effective anymore",
    "the nerve blocks stopped doing much after the third one",
])
def test_relief_said_gone_is_the_treatment_not_working(line):
    turn, picked = situation(line)
    assert picked == "treatment_failure"


@pytest.mark.parametrize("line,want", [
    ("pain for years and nobody knows why", "chronic"),
    ("they found a tumour last week", "new_diagnosis"),
    ("the surgeon offered a knee replacement", "surgery"),
    ("it's getting worse really fast", "worsening"),
    ("the meds are working fine, I just want a check", "straightforward"),
])
def test_clear_answers_are_still_stored_at_once(line, want):
    turn, picked = situation(line)
    assert picked == want
