"""Leftovers a person met (helper t11, item 4): at the decision question "my dad" became "my dadi" (a three-
letter word "completed" to a four-letter one: plainer.py now knows the short words of its lists), and "ill
ask dr patel, is that normal to ask her?" was kept as the decision, or as a note, instead of answered."""

from __future__ import annotations

import pytest
from support import talk

TO_DECISION = ["2", "my dad"]


@pytest.mark.parametrize("line", ["my dad", "my mum", "for my son", "the patient"])
def test_a_person_named_at_the_decision_question_is_no_decision_and_is_never_changed(line):
    engine, turns = talk([*TO_DECISION, line])
    assert "decision" not in engine.slots
    assert turns[-1].kind == "reask" and "dadi" not in turns[-1].text


def test_a_decision_with_dad_in_it_is_kept_as_typed():
    engine, _ = talk([*TO_DECISION, "whether my dad should have the bypass"])
    assert engine.slots["decision"] == "whether my dad should have the bypass"


@pytest.mark.parametrize("before", [["1"], ["1", "whether to have surgery on my knee"]])
def test_a_question_after_a_comma_is_answered_not_kept(before):
    engine, turns = talk([*before, "ill ask dr patel, is that normal to ask her?"])
    turn = turns[-1]
    assert turn.kind == "reply" and "Asking for a second opinion is normal" in turn.text
    assert turn.state == turns[-2].state
    assert "dr patel" not in str(engine.slots).lower()


def test_a_decision_then_a_comma_and_a_question_keeps_the_decision():
    engine, _ = talk(["1", "whether to have the knee replacement next month or wait"])
    assert engine.slots["decision"].startswith("whether to have the knee replacement")


@pytest.mark.parametrize("line", [",?", "dad,", ", is that normal?", "dad, dad, dad?", "a" * 3000 + ", is that normal to ask?"])
def test_bad_input_at_the_decision_question_is_never_stored_as_a_changed_word(line):
    engine, turns = talk([*TO_DECISION, line])
    assert "dadi" not in str(engine.slots) and turns[-1].text
