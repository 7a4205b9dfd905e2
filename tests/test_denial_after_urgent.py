"""A sign told as going on now, then "no its just stress": asked again once, with the number.

The user trial of 2026-12-04: "ive had crushing chest pain for 20 minutes now" led to the urgent
turn, and a casual "no its just stress" cleared it with "Thank you. Let us go on". Now a "no" in
words after a line that told the sign as going on now is asked about once (the emergency number in
the question); a second "no", the choice's number or its own words are taken. Every way back from
the urgent turn says what to do if the signs start or come back.
"""

from __future__ import annotations

import pytest

from support import talk

START = ["for me", "whether to have knee surgery"]
NOW_LINE = "ive had crushing chest pain for 20 minutes now"


@pytest.mark.parametrize("denial", ["no its just stress", "nah im fine", "no, not really"])
def test_a_no_in_words_after_a_sign_told_as_now_is_asked_once_with_the_number(denial):
    engine, turns = talk(START + [NOW_LINE, denial])
    turn = turns[-1]
    assert turn.state == "urgent_care" and turn.urgent and turn.kind == "reask"
    assert "crushing chest pain for 20 minutes now" in turn.text and "call 911 now" in turn.text
    turn = engine.respond(denial)  # said again: taken
    assert turn.state == "decision_why"
    assert "If those signs start or come back, call 911 at once" in turn.text


@pytest.mark.parametrize("answer", ["2", "No, this is not happening (I meant something else)"])
def test_the_choices_number_or_its_own_words_are_taken_at_once(answer):
    _, turns = talk(START + [NOW_LINE, answer])
    assert turns[-1].state == "decision_why"
    assert "call 911 at once" in turns[-1].text


def test_a_no_after_a_sign_not_told_as_now_is_taken_with_the_reminder():
    _, turns = talk(START + ["chest pain and sweating", "no"])
    assert turns[-1].state == "decision_why"
    assert "If those signs start or come back, call 911 at once" in turns[-1].text


def test_happening_now_after_the_question_again_stays_urgent():
    engine, _ = talk(START + [NOW_LINE, "no its just stress"])
    turn = engine.respond("1")
    assert turn.state == "urgent_care" and turn.urgent
    assert engine.slots["urgent_status"] == "now"


def test_the_number_asked_with_is_the_countrys():
    from assistant.engine import Engine

    _, turns = talk(START + [NOW_LINE, "no its just stress"], engine=Engine(country="UK"))
    assert "call 999 now" in turns[-1].text


def test_a_new_emergency_later_is_asked_about_again():
    engine, _ = talk(START + [NOW_LINE, "no its just stress", "no"])
    turn = engine.respond("my arm is numb and my face is drooping right now")
    assert turn.state == "urgent_care"
    turn = engine.respond("no")
    assert turn.state == "urgent_care" and turn.kind == "reask"  # the new line was told as now: asked once more


def test_the_quoted_line_is_shown_as_typed_with_no_markup_left_in_it():
    _, turns = talk(START + ["my *chest* is crushing for 20 minutes now", "no its just stress"])
    text = turns[-1].text
    assert 'You wrote: "my \\*chest\\* is crushing for 20 minutes now"' in text or 'You wrote: "my *chest* is crushing' in text
    assert "You wrote: *" not in text


@pytest.mark.parametrize(("line", "now"), [
    (NOW_LINE, True), ("he is still seizing", True), ("my face is drooping right now", True),
    ("chest pain and sweating", False), ("chest pain and sweating yesterday", False),
])
def test_told_as_now_is_the_safety_screens_own_reading(line, now):
    """The urgent turn's doubt about a "no" uses the screen's now, still and minutes cues (Screening.told_now),
    not a second list of its own."""
    from assistant.safety import screen

    assert screen(line).told_now is now
