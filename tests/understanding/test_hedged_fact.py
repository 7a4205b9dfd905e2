"""A fact told with a closing hedge ("my GP never saw the MRI i think") fits one choice: it is offered
back for a Yes, not met with "Sorry, I did not understand" (a try in tmux, 2026-12-05). It is still
never stored unasked."""

import pytest

from support import talk
from .reading_support import reading

TO_CONTEXT = ["3", "2", "1", "whether to have back surgery", "3", "slipped disc", "2", "3", "the mri", "1", "slipped disc",
              "1", "1", "the nerve", "4"]


@pytest.mark.parametrize("state, line, meant", [
    ("compare_context", "my GP never saw the MRI i think", ["records"]),
    ("signs", "surgery was advised i think", ["major_procedure"]),
    ("records", "something was off with the scan i think", ["imaging"]),
    ("signs_more", "he has diabetes i think", ["comorbidities"]),
])
def test_a_fact_with_a_closing_hedge_is_offered_back(state, line, meant):
    result = reading(state, line)
    assert result.certainty == "likely" and result.value == meant


def test_at_the_question_a_yes_stores_it_and_the_turn_says_what_was_understood():
    engine, turns = talk(TO_CONTEXT)
    assert engine.state == "compare_context", engine.state
    turn = engine.respond("my GP never saw the MRI i think")
    assert turn.kind == "confirm" and "One doctor did not see all the records" in turn.markdown
    assert "did not understand" not in turn.markdown
    engine.respond("yes")
    assert engine.slots["compare_context"] == ["records"]
