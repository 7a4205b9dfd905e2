"""'Nothing' as the subject of working is the first treatment that failed, never None (helper u26b, issue 11)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def answer(line: str):
    engine = prepare("signs", "patient")
    turn = engine.respond(line)
    return turn, engine.slots.get("signs")


@pytest.mark.parametrize("line,want", [("nothing has helped so far", ["treatment_failed"]),
                                       ("surgery now, since nothing they tried worked", ["major_procedure", "treatment_failed"]),
                                       ("rare thing and nothing is working", ["rare_complex", "treatment_failed"])])
def test_nothing_worked_is_the_failed_treatment(line, want):
    turn, stored = answer(line)
    assert sorted(stored) == sorted(want)


@pytest.mark.parametrize("line", ["none", "none of them", "none, nothing applies"])
def test_none_is_still_none_at_once(line):
    turn, stored = answer(line)
    assert stored == ["none"]


@pytest.mark.parametrize("line,want", [("a big surgery, and I dont understand what the surgeon say, she speak so fast", ["major_procedure", "not_heard"]),
                                       ("he talks so fast", ["not_heard"])])
def test_the_doctor_s_speed_said_with_a_verb_of_speaking_is_not_being_heard(line, want):
    turn, stored = answer(line)
    assert sorted(stored) == sorted(want)


def test_speed_of_anything_else_is_no_sign_of_not_being_heard():
    turn, stored = answer("the tumour is growing so fast")
    assert stored is None or "not_heard" not in stored
