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
