"""The compare path in user trial 4: two opinions that agree had no way on; chemo regimens ("R-CHOP x6",
"switch to DA-EPOCH-R") were not understood or were filed as "Medicine"; `summary` on the compare path
said "Seek the second opinion now". The wordings below are new."""

from __future__ import annotations

from datetime import date

import pytest
from support import talk

from assistant.flow import default_flow
from assistant.understanding.dialogue import step

TO_TWO_OPINIONS = ["1", "whether to have my hip replaced", "skip", "2", "1", "none", "none", "4", "none", "2"]


@pytest.mark.parametrize("line", ["they both agree, its just when", "honestly both doctors said the same thing",
                                  "3", "they're on the same page, surgery"])
def test_two_opinions_that_agree_go_on_with_their_plan(line):
    engine, turns = talk(TO_TWO_OPINIONS)
    assert turns[-1].state == "fit_two_opinions"
    turn = engine.respond(line)
    assert turn.state == "questions"
    assert engine.slots["two_opinions_next"] == "agree" and engine.plan()["timing"] == "not_needed"


@pytest.mark.parametrize("line", ["6 rounds of FOLFOX", "R-CVP again", "switch him to DA-EPOCH", "carboplatin and taxol",
                                  "change to ABVD"])
def test_a_chemo_regimen_is_a_strong_treatment(line):
    reading = step(line, default_flow().state("compare_two_treatment"), None, today=date(2026, 12, 4)).reading
    assert reading.value == "strong"


def test_a_change_to_a_medicine_is_still_medicine():
    reading = step("switch to another pill", default_flow().state("compare_one_treatment"), None, today=date(2026, 12, 4)).reading
    assert reading.value == "medicine"


def test_summary_on_the_compare_path_says_nothing_of_seeking_a_second_opinion():
    engine, _ = talk(["3", "2", "1", "whether to have chemo", "2", "lymphoma", "1", "chemo", "it works for most", "2"])
    engine.slots["emergency_was_current"] = True  # an emergency seen on the way, as in the trial
    text = engine.respond("summary").text
    assert "Seek the second opinion" not in text and "Timing:" not in text
