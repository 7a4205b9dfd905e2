"""Several questions of one's own typed in one line are all kept for the doctor's list; only a statement after
the last question is left out (a lead's trial in tmux, 2026-12-05: "should he get a needle biopsy first? and with
his copd can his breathing handle losing a lobe?" kept the first question alone, the second lost without a word)."""

from __future__ import annotations

import pytest

from assistant.rules import question_list
from benchmarks.understanding import prepare


def _own(line: str) -> str:
    engine = prepare("questions_own", "caregiver")
    engine.respond(line)
    return engine.slots["questions_own"]


@pytest.mark.parametrize("line, kept", [
    ("should he get a needle biopsy first? and with his copd can his breathing handle losing a lobe?",
     "Should he get a needle biopsy first? And with his copd can his breathing handle losing a lobe"),
    ("should he get a needle biopsy first? and with his copd can his breathing handle losing a lobe",
     "Should he get a needle biopsy first? And with his copd can his breathing handle losing a lobe"),
    ("what is the recovery time?? will he need oxygen at home??", "What is the recovery time? Will he need oxygen at home"),
    ("how long in hospital? also whats the chance it comes back", "How long in hospital? Whats the chance it comes back"),
])
def test_every_question_in_the_line_is_kept(line, kept):
    stored = _own(line)
    assert stored == kept
    listed = question_list({"questions_own": stored}, {})
    assert listed == [kept + "?"]  # one item on the printed list, each question still marked as one


@pytest.mark.parametrize("line, kept", [
    ("how long will the second opinion take? i dont want this cancer spreading while i wait around",
     "How long will the second opinion take"),
    ("is it cancer? my wife is worried the scan was wrong", "Is it cancer"),
    ("is it cancer? we will see what they say", "Is it cancer"),
])
def test_a_statement_after_the_question_is_still_left_out(line, kept):
    assert _own(line) == kept
