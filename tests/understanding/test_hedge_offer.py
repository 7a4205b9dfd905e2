"""One more pick said with a doubt beside plain picks is offered back by name, and a yes adds it (hedge_offer.py,
add_that.py; lead, walk of 2026-12-07: a man comparing a surgeon's and a radiation oncologist's plans for his prostate
cancer). And a quote of an unclear part is only ever words the person typed (choice_names.as_said)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


@pytest.mark.parametrize("state, line, kept, offered, label", [
    ("compare_differs", "4, and maybe 3 too, the surgeon wanted to go faster", ["treatment"], "urgency", "How soon to act"),
    ("compare_differs", "1, 2 and 4 perhaps", ["diagnosis", "stage"], "treatment", "What to do about it"),
    ("signs", "1, 2 and maybe 5", ["serious_diagnosis", "major_procedure"], "vague_diagnosis", "The diagnosis feels vague"),
    ("records", "scans, and maybe the labs", ["imaging"], "labs", "Lab results"),
])
def test_the_doubted_pick_is_named_and_a_yes_adds_it(state, line, kept, offered, label):
    engine = prepare(state, "patient")
    turn = engine.respond(line)
    assert label in turn.text and "Type yes to add it" in turn.text and "What did you mean" not in turn.text
    engine.respond("yes")
    slot = "records_exist" if state == "records" else state
    assert engine.slots[slot] == [*kept, offered]


@pytest.mark.parametrize("answer", ["no", "that's all"])
def test_a_no_or_thats_all_keeps_only_the_plain_picks(answer):
    engine = prepare("compare_differs", "patient")
    engine.respond("4 and maybe 3")
    engine.respond(answer)
    assert engine.slots["compare_differs"] == ["treatment"]


@pytest.mark.parametrize("line", [
    "1 and 2, and something like 3 different pills",   # a number that counts things, not a choice
    "1 and 2, and maybe the thing with her kidneys",     # words that name no one choice
])
def test_a_doubted_part_that_names_no_one_choice_is_asked_as_before(line):
    turn = prepare("signs", "patient").respond(line)
    assert "What did you mean by" in turn.text and "Type yes to add it" not in turn.text


def test_the_quote_is_only_words_typed():
    turn = prepare("signs", "patient").respond("1 and 2, and something like 3 different pills")
    assert '"something like 3 different pills"' in turn.text
