"""A SURE item said, then a part that takes it back or doubts it (helper u27a, sure_reserved.py): the items said plainly
are kept and the doubting part is asked about in the person's words, never stored; clear answers are stored at once."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _answer(line: str, state: str = "decision_sure"):
    engine = prepare(state, "patient")
    turn = engine.respond(line)
    return engine, turn


@pytest.mark.parametrize("line, kept, part", [
    # a disagreement or a worry in a clause of its own
    ("I get the pros and cons but my wife and me dont agree on it", "I got 2.", "but my wife and me dont agree on it"),
    ("we know what matters to us. but the cost worries me a lot", "I got 3.", "but the cost worries me a lot"),
    ("my sisters help me out, though dad keeps changing his mind", "I got 4.", "though dad keeps changing his mind"),
    # doubts with a lead-in that names no item
    ("I know the risks. On the big operation itself, I have doubts", "I got 2.", "On the big operation itself, I have doubts"),
    # advice refused beside the items said
    ("I am sure. I know what matters to me. dont need anyones advice", "I got 1 and 3.", "dont need anyones advice"),
    # an item by number or place, hedged
    ("1 definitely, and sort of the second one", "I got 1.", "and sort of the second one"),
    ("3 and 4, maybe 2", "I got 3 and 4.", "maybe 2"),
])
def test_the_doubting_part_is_asked_and_the_plain_items_kept(line, kept, part):
    engine, turn = _answer(line)
    assert engine.state == "decision_sure" and engine.slots.get("sure_before") is None  # nothing stored yet
    assert kept in turn.text and f'"{part}"' in turn.text


def test_a_hedge_alone_doubts_the_sentence_before_it():
    engine, turn = _answer("Support, yes. Knowing the risks of each one... somewhat?")
    assert engine.slots.get("sure_before") is None
    assert "I got 4." in turn.text and '"Knowing the risks of each one... somewhat?"' in turn.text


def test_every_item_and_none_together_is_asked():
    engine, turn = _answer("all of them, and none, my head is spinning")
    assert engine.slots.get("sure_before") is None
    assert "All of them, or none?" in turn.text


@pytest.mark.parametrize("line, stored", [
    # clear answers of the same question: stored at once, no new re-ask
    ("I know the pros and cons and my husband helps me", ["understand", "support"]),
    ("im sure, i know the risks, and i know what matters most to me", ["sure", "understand", "values"]),
    ("2 and 4", ["understand", "support"]),
    ("all of them", ["sure", "understand", "values", "support"]),
    ("none of them", ["none"]),
    # the reason given for an item said no to is no doubt of the items kept
    ("i know the risks but i dont feel sure and my husband and i dont agree", ["understand"]),
    ("I understand the options, I dont need more advice", ["understand"]),
    ("I know what matters to me. I dont feel sure, my husband and I dont agree", ["values"]),
    # a hedge beside something else than a numbered item
    ("2 and 3, i feel a bit lost with the rest", ["understand", "values"]),
])
def test_clear_answers_are_still_stored_at_once(line, stored):
    engine, turn = _answer(line)
    assert set(engine.slots.get("sure_before") or []) == set(stored), turn.text
    assert engine.state != "decision_sure"
