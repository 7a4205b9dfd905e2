"""Mends from the second review of the twenty-sixth session (2026-12-06): travel said easy only when the line does
not also say it is hard or wish for it; what is left of such a line is asked about, quoted; a wish kept beside "some
yes some no"; a correction said after a sentence end takes back the whole list."""

from __future__ import annotations

import pytest
from benchmarks.understanding import prepare


def _turn(state: str, line: str, role: str = "patient"):
    engine = prepare(state, role)
    return engine, engine.respond(line)


@pytest.mark.parametrize("line", [
    "he lives in town but the clinic is 3 hours away",
    "theres nothing nearby, we'd have to drive 4 hours",
    "we want someone close to home",
])
def test_travel_hard_or_wished_is_never_said_back_as_easy(line):
    _, turn = _turn("specialist_focus", line)
    assert "travel is not what makes this hard" not in turn.text


def test_travel_hard_said_beside_a_town_is_still_hard():
    engine, _ = _turn("specialist_focus", "he lives in town but the clinic is 3 hours away")
    assert "travel_hard" in (engine.slots.get("focus") or [])


def test_what_is_left_of_an_easy_travel_line_is_asked_about_quoted():
    _, turn = _turn("specialist_focus", "cost, and we can travel")
    assert "travel is not what makes this hard" in turn.text and '"cost' in turn.text


def test_easy_travel_alone_still_leaves_the_travel_choice_out():
    engine, turn = _turn("specialist_focus", "we dont need to go far")
    assert "travel is not what makes this hard" in turn.text and not engine.slots.get("focus")
    assert 'What did you mean by "we"' not in turn.text


def test_a_wish_beside_some_yes_some_no_is_kept():
    engine = prepare("decision_sure", "caregiver")
    engine.respond("some yes some no. she wants to be home for christmas")
    notes = engine.slots.get("answer_notes") or {}
    assert "christmas" in notes.get("decision_sure", "")


def test_a_correction_after_a_sentence_end_takes_back_the_whole_list():
    engine, turn = _turn("records", "1, 2. no wait 3 and 4")
    assert turn.kind == "confirm" or not engine.slots.get("records_exist")
    assert "Scans" not in turn.text.split("?")[0]  # choice 1 is not offered back


def test_a_correction_inside_one_part_keeps_the_other_parts_offered_back():
    engine, turn = _turn("records", "the scans and the labs, the biopsy no wait yes the biopsy")
    assert turn.kind == "confirm" and "records_exist" not in engine.slots
    engine.respond("yes")
    assert set(engine.slots.get("records_exist") or []) == {"imaging", "labs", "pathology"}
