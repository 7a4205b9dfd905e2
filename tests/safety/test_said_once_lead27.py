"""The urgent turn after an overdose, from the lead's tries of 2026-12-07: what it noticed said once (the label that
says most), the crisis line only where a crisis may be, and the advice for the person the sign acts on."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare
from safety.safety_support import screen

INSULIN = "i took extra insulin by mistake and im shaky and sweaty and confused"


def _urgent(line: str, role: str = "patient") -> str:
    turn = prepare("records", role).respond(line)
    assert turn.urgent
    return turn.text


def test_a_label_that_says_more_covers_the_plainer_ones():
    labels = screen(INSULIN).labels()
    assert labels == ["too much insulin taken by mistake", "a very low blood sugar"]
    text = _urgent(INSULIN)
    assert "I noticed: too much insulin taken by mistake, a very low blood sugar." in text
    assert "Call 911 now." in text  # the advice is the screening's, as before


def test_plain_labels_alone_are_still_said():
    assert screen("i took a whole bottle of tylenol an hour ago").labels() == ["an overdose"]


def test_a_medicine_taken_by_mistake_gets_no_crisis_line():
    text = _urgent(INSULIN)
    assert "988" not in text and "ending your life" not in text


@pytest.mark.parametrize("line", ["i took a whole bottle of tylenol an hour ago", "i swallowed all my sleeping pills"])
def test_an_overdose_not_said_to_be_a_mistake_keeps_the_crisis_line(line):
    text = _urgent(line)
    assert "988" in text


@pytest.mark.parametrize("line", ["he took like 20 of his sleeping pills and i cant wake him up", "i cant wake him up",
                                  "we cant keep her awake"])
def test_the_one_who_cannot_be_woken_is_the_one_the_sign_acts_on(line):
    assert "someone_else" in screen(line).advice
    text = _urgent(line)
    assert "even if you feel all right" not in text and "ask someone to stay with you" not in text


@pytest.mark.parametrize("line", ["i cant wake up properly, so sleepy", "i feel so sleepy i cant keep my eyes open"])
def test_the_typer_who_cannot_stay_awake_is_still_the_one_at_risk(line):
    found = screen(line)
    assert found.level != "none" and "self" in found.advice and "someone_else" not in found.advice


@pytest.mark.parametrize("line", ["I drank a coke and my heart is racing a bit", "had a coke with lunch and now my heart is pounding",
                                  "I drank a can of coke and feel jittery"])
def test_a_coke_drunk_is_the_soft_drink(line):
    assert screen(line).level == "none"


@pytest.mark.parametrize("line", ["he did a line of coke and his heart is racing and chest hurts",
                                  "she snorted coke and now shes burning up and twitching",
                                  "had coke at the party, heart racing, chest pain"])
def test_cocaine_with_grave_signs_stays_urgent(line):
    assert screen(line).level == "emergency"
