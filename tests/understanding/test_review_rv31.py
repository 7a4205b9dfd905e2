"""Review rv31: a Yes with a remark that undoes or widens the offer is not taken; "a different opinion" sought is no
compare path."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .test_walk_lead31 import _at_the_count_check


@pytest.mark.parametrize("line", [
    "yes but the other", "yes but scratch that", "yes but never mind", "yes but i changed my mind", "yes but thats wrong",
    "yes but he doesnt count", "yes but i could be wrong", "yes but plus my gp", "yes but there is also my gp",
    "yes but including the surgeon",
])
def test_a_yes_that_undoes_or_adds_is_not_taken(line):
    engine = _at_the_count_check()
    engine.respond(line)
    assert engine.state == "fit_opinions" and engine.slots.get("opinions_so_far") is None


@pytest.mark.parametrize("line", [
    "for my mom, her surgeon said she needs surgery and we want a different opinion",
    "my dad's doctor said chemo, we want a different doctor to look",
    "for me. my oncologist said the plan is different from what my gp expected",
])
def test_a_different_opinion_sought_is_not_the_compare_path(line):
    engine = prepare("welcome", "caregiver")
    engine.respond(line)
    assert engine.state != "compare_first"


@pytest.mark.parametrize("line", ["1 and 3, none", "1 and 3, no", "1 and 3 and 5, none"])
def test_ticks_sent_with_none_typed_are_asked(line):  # the window's join (chat.py): never 1 stored alone
    engine = prepare("records", "caregiver")
    turn = engine.respond(line)
    assert turn.kind == "reask" and "records_exist" not in engine.slots
