"""Readings the second review (rv29) found stored though the person did not say them: a judgement or someone else's view
after "I think", a correction after a yes, a question about insurance. Each is offered back, asked, or read as before."""

from __future__ import annotations

import pytest
from support import talk

from benchmarks.understanding import prepare

from .reading_support import reading


@pytest.mark.parametrize("line", [
    "I think a second opinion would be overkill",
    "I think keeping the plan is a mistake",
    "I think my husband wants a second opinion",
])
def test_a_judgement_or_someone_elses_view_after_i_think_is_not_stored(line):
    turn = prepare("fit", "patient").respond(line)
    assert turn.kind in ("confirm", "reask") and turn.state == "fit"


def test_a_plain_pick_after_i_think_is_still_stored():
    engine = prepare("fit", "patient")
    turn = engine.respond("I think I'll just keep the plan for now")
    assert turn.kind != "confirm" and engine.state != "fit"


@pytest.mark.parametrize("line", [
    "yes. no wait, they want tubes in his ears",
    "yes but its actually only the adenoids",
    "right, except its my daughter not my son",
])
def test_a_correction_after_the_yes_does_not_take_the_offer(line):
    engine, _ = talk(["hi my son is 8 they want to take his tonsils and adenoids out bc he snores", line])
    assert engine.slots["decision"] != "Whether to let them take his tonsils and adenoids out"


def test_a_question_about_insurance_is_no_answer_that_it_is_covered():
    got = reading("logistics", "is insurance ok with this")
    assert got.asked and got.value != "covered"


def test_between_jobs_with_cover_named_is_not_stored_as_no_insurance():
    assert reading("logistics", "between jobs but i have cobra").certainty != "sure"
