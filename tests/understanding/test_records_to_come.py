"""At the records question, a record said to be still to come is not stored as a record that exists: the plan
must not tell the person to bring a biopsy report when the biopsy is next week. Said twice (an old report and a
new test to come) it is kept; said alone it is asked about."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _answer(line: str):
    engine = prepare("records", "caregiver")
    turn = engine.respond(line)
    return engine, turn


@pytest.mark.parametrize("line", ["the scans, the labs, we wait for the biopsy next week",
                                  "scans and labs, the biopsy is next week",
                                  "scans + bloodwork. biopsy scheduled",
                                  "the scans and the labs, still waiting for the biopsy"])
def test_a_biopsy_still_to_come_is_left_out_and_the_rest_kept(line):
    engine, turn = _answer(line)
    assert set(engine.slots["records_exist"]) == {"imaging", "labs"}, turn.text
    assert "pathology" in engine.slots.get("records_not_yet", [])


def test_only_a_record_to_come_is_asked_never_stored():
    engine, turn = _answer("the biopsy is next week")
    assert "records_exist" not in engine.slots
    assert turn.kind == "reask" and "still to come" in turn.text


def test_an_old_report_and_a_new_test_to_come_keeps_the_report():
    engine, _ = _answer("the old biopsy report from 2019, and a new biopsy next week")
    assert engine.slots["records_exist"] == ["pathology"]


@pytest.mark.parametrize("line, kinds", [("scans, labs and the biopsy", {"imaging", "labs", "pathology"}),
                                         ("the biopsy report and the MRI", {"pathology", "imaging"})])
def test_records_said_plainly_are_all_kept(line, kinds):
    engine, _ = _answer(line)
    assert set(engine.slots["records_exist"]) == kinds
