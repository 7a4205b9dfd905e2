"""A specialty that both operates and treats without surgery ("a urologist") is asked about,
unless the same line says which ("hes a surgeon, a urologist"): the user trial of 2026-12-04
(second) was asked "A surgeon or a doctor who does not do surgery?" right after saying surgeon."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


@pytest.mark.parametrize("line", ["hes a surgeon, a urologist", "a urologist, the one who would do the surgery",
                                  "gynecologist - she is the surgeon"])
def test_the_kind_said_beside_the_specialty_settles_it(line):
    engine = prepare("compare_one_field", "patient")
    engine.respond(line)
    assert engine.slots["compare_one_field"] == "surgeon"


@pytest.mark.parametrize("line", ["a urologist", "a urologist, Dr Kim", "the gynecologist"])
def test_the_specialty_alone_is_still_asked_about(line):
    engine = prepare("compare_one_field", "patient")
    engine.respond(line)
    assert "compare_one_field" not in engine.slots
