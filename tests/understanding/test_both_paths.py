"""The welcome answered with the compare path and who it is for at once (user trial 4): "we already
have 2 opinions and they dont agree, its for my partner" was asked to pick one of the two, then asked
again how many doctors and whose decision it is. The wordings below are new."""

from __future__ import annotations

import pytest
from support import talk


@pytest.mark.parametrize("first, who", [
    ("got two different opinions already for my dad, want to compare them", "my dad"),
    ("my wife has 2 opinions that disagree, can we compare", "my wife"),
])
def test_the_compare_path_is_taken_and_who_it_is_for_is_kept(first, who):
    engine, turns = talk([first])
    assert turns[-1].state == "compare_first"
    assert engine.slots["role"] == "compare" and engine.slots["compare_for"] == "caregiver"
    assert engine.slots["who"] == who
    assert "Did you mean *Two: the first doctor and one more*?" in turns[-1].markdown  # the number said, offered
    after = engine.respond("yes")
    assert after.state == "compare_decision"  # "Who is this decision for?" not asked again


def test_the_compare_path_said_for_oneself_is_kept_as_the_patient():
    engine, turns = talk(["i have two opinions already and they conflict, its for me"])
    assert engine.slots["compare_for"] == "patient"


def test_the_compare_path_alone_still_asks_who():
    engine, turns = talk(["I already have a second opinion and want to compare", "2"])
    assert turns[-1].state == "compare_who"
