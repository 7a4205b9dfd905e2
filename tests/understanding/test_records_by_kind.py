"""Records named by what they show (helper u26b, issue 11; words in dialogues/lexicon.yaml under records)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def answer(line: str):
    engine = prepare("records", "patient")
    turn = engine.respond(line)
    return turn, engine.slots.get("records_exist")


@pytest.mark.parametrize("line,want", [
    ("the path results and a ct", ["pathology", "imaging"]),
    ("everything but the path", ["imaging", "clinic_notes", "labs", "procedure_notes", "discharge_summaries"]),
    ("her DaTscan and the neuro notes", ["imaging", "clinic_notes"]),
    ("a skeletal survey and bloods", ["imaging", "labs"]),
    ("the by opsy report", ["pathology"]),
    ("BNP and BMP results plus the echo", ["labs", "imaging"]),
    ("his neuropsych testing and the discharge papers", ["labs", "discharge_summaries"]),
    ("the eye measurements and the visit notes", ["labs", "clinic_notes"]),
    ("the IRM and the biopsy", ["imaging", "pathology"]),
])
def test_a_record_named_by_its_kind_is_that_record(line, want):
    turn, stored = answer(line)
    assert sorted(stored) == sorted(want)
    assert "What did you mean" not in turn.text


@pytest.mark.parametrize("line,want", [("MRI, biopsy and labs", ["imaging", "pathology", "labs"]), ("none yet", ["none"]),
                                       ("not sure", ["not_sure"]), ("1, 3 and 6", ["imaging", "clinic_notes", "discharge_summaries"])])
def test_clear_answers_are_still_taken_at_once(line, want):
    turn, stored = answer(line)
    assert sorted(stored) == sorted(want)
