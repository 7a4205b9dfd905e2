"""At the list of questions to ask, a question of one's own said after the picks, with or without a
question mark, is kept on the list beside them (a fifth user trial, 2026-12-04: "1 5 6. and is he
too old for this surgery", "5, 6, 9. plus how many cleft palates do u do a year" and "3, 5, 6 and 8.
also I want to ask whether the fibroids are even the cause" were each asked back)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def at_questions(line: str):
    engine = prepare("questions", "patient")
    return engine, engine.respond(line)


@pytest.mark.parametrize("line, picks, asked", [
    ("1 5 6. and is he too old for this surgery", 3, "Is he too old for this surgery?"),
    ("5, 6, 9. plus how many cleft palates do u do a year", 3, "How many cleft palates do u do a year?"),
    ("3, 5, 6 and 8. also I want to ask whether the fibroids are even the cause", 4, "Whether the fibroids are even the cause?"),
    ("2 4 7, can i keep working during treatment", 3, "Can i keep working during treatment?"),
    ("1,2,3 and also what about the hospital he goes to", 3, "What about the hospital he goes to?"),
])
def test_the_picks_are_kept_and_the_own_question_goes_on_the_list(line, picks, asked):
    engine, turn = at_questions(line)
    assert turn.state == "questions_own" and turn.kind == "ask"
    assert len(engine.slots["questions_picked"]) == picks
    assert engine.slots["questions_added"] == [asked]
    assert asked in turn.text and "I added it to your questions" in turn.text


@pytest.mark.parametrize("line", ["1, 2, 4 and the one about cost", "2, 3, 5 and my daughter too", "1 2 3 and the one my sister said"])
def test_a_part_that_asks_nothing_is_still_asked_about(line):
    engine, turn = at_questions(line)
    assert turn.state == "questions" and "questions_added" not in engine.slots
