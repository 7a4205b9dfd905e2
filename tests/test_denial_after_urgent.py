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
    turn = engine.respond(denial)  # said again: taken, with the signs told as going on said back
    assert turn.state == "decision_why"
    assert "You told me this was going on. If it still is, call 911 now" in turn.text and "call 911 at once" in turn.text


def test_signs_told_as_going_on_in_the_no_itself_are_still_an_emergency_on_the_way_on():
    # (a fourth user trial: bladder trouble and numbness "down there" this week, then "its been like this all week
    # its not an emergency" and "2": the way on said "If those signs start or come back")
    engine, turns = talk(START + ["this week i had trouble holding my pee and its numb down there", "its been like this all week, its not an emergency"])
    assert turns[-1].state == "urgent_care" and turns[-1].kind == "reask"
    turn = engine.respond("2")
    assert "You told me this was going on. If it still is, call 911 now" in turn.text
    assert "If those signs start or come back" not in turn.text


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


# The user trial of 2026-12-04 (second): "black tarry stools the last 2 days and dizzy when I stand up",
# then "nah im ok, its not that bad, ill tell my GI at the appt next week": the way on said nothing
# more, and neither the plan nor the print kept the signs.
DAYS_LINE = "ive had black tarry stools the last 2 days and feel dizzy when i stand up"


@pytest.mark.parametrize("line", [DAYS_LINE, "her lips have been blue since this morning and she cant get her breath",
                                  "he has had the worst headache of his life all day and is throwing up"])
def test_signs_told_as_lasting_days_or_since_a_time_make_even_a_bare_no_asked_once(line):
    engine, turns = talk(START + [line])
    assert turns[-1].state == "urgent_care"
    turn = engine.respond("no")
    assert turn.state == "urgent_care" and turn.kind == "reask" and "call 911 now" in turn.text


@pytest.mark.parametrize("denial", ["nah im ok, its not that bad, ill tell my GI at the appt next week",
                                    "no im fine really, just tired", "not really, it happens sometimes"])
def test_a_no_with_reasons_is_asked_once_even_when_the_signs_were_not_told_as_now(denial):
    engine, turns = talk(START + ["chest pain and sweating", denial])
    turn = turns[-1]
    assert turn.state == "urgent_care" and turn.kind == "reask"
    assert "Do not wait for a visit" in turn.text and "call 911 now" in turn.text


@pytest.mark.parametrize("denial", ["no, that was years ago", "no sorry I meant my dad in 2019", "nope, you misread me",
                                    "no i was asking about the risk"])
def test_a_no_that_says_the_line_was_past_or_misread_is_taken_at_once(denial):
    engine, turns = talk(START + ["chest pain and sweating", denial])
    assert turns[-1].state == "decision_why"
    assert engine.plan()["emergency"] is None


def test_signs_denied_twice_with_reasons_are_kept_in_the_plan_with_what_to_do():
    engine, _ = talk(START + [DAYS_LINE, "nah im ok, its not that bad, ill tell my GI next week", "no, its fine"])
    assert engine.state == "decision_why"
    assert engine.plan()["emergency"] == {"signs": ["bleeding"], "status": "told_not_checked"}
    shown = engine.respond("summary").text
    assert "Signs you told that can be an emergency: if they are still going on, call 911 now." in shown
    engine.respond("back")  # going back does not forget signs that were told
    assert engine.plan()["emergency"]["status"] == "told_not_checked"


@pytest.mark.parametrize("answer", ["2", "No, this is not happening (I meant something else)", "no, that was years ago"])
def test_signs_said_not_to_be_happening_in_the_choices_words_leave_no_mark_in_the_plan(answer):
    engine, _ = talk(START + [DAYS_LINE, answer])
    assert engine.state == "decision_why"
    assert engine.plan()["emergency"] is None


def test_the_plan_after_a_checked_emergency_still_says_it_was_checked():
    engine, _ = talk(START + [DAYS_LINE, "3"])
    assert engine.plan()["emergency"]["status"] == "seen_and_stable"


@pytest.mark.parametrize("line", ["ok ok ill call after we finish this, can we keep going", "later, lets go on",
                                  "can i do this first and call tomorrow"])
def test_asking_to_go_on_first_at_the_urgent_turn_gets_a_direct_answer(line):
    engine, turns = talk(START + [DAYS_LINE, line])
    turn = turns[-1]
    assert turn.state == "urgent_care" and turn.kind in ("reask", "reply") and turn.urgent  # a question gets a reply
    assert "Please call 911 now, before we go on." in turn.text
    assert "did not understand" not in turn.text.lower()


def test_the_direct_answer_gives_the_countrys_number():
    from assistant.engine import Engine

    _, turns = talk(START + [DAYS_LINE, "can we keep going"], engine=Engine(country="UK"))
    assert "Please call 999 now, before we go on." in turns[-1].text


@pytest.mark.parametrize("line", ["is it bad?", "what should i do about my records?"])
def test_a_question_at_the_urgent_turn_is_not_put_on_the_doctors_list_but_answered_with_the_call(line):
    engine, turns = talk(START + [DAYS_LINE, line])
    turn = turns[-1]
    assert turn.state == "urgent_care" and turn.urgent
    assert "Please call 911 now" in turn.text
    assert line not in engine.slots.get("questions_added", [])


@pytest.mark.parametrize(("line", "now"), [
    (NOW_LINE, True), ("he is still seizing", True), ("my face is drooping right now", True),
    ("chest pain and sweating", False), ("chest pain and sweating yesterday", False),
])
def test_told_as_now_is_the_safety_screens_own_reading(line, now):
    """The urgent turn's doubt about a "no" uses the screen's now, still and minutes cues (Screening.told_now),
    not a second list of its own."""
    from assistant.safety import screen

    assert screen(line).told_now is now


@pytest.mark.parametrize("line", ["his left arm went weak and his words came out funny about an hour ago, hes fine now",
                                  "her face drooped and she couldnt talk this morning, shes ok now"])
def test_a_bare_no_after_signs_that_stopped_today_is_asked_once_and_points_to_the_stopped_choice(line):
    engine, turns = talk(START + [line])
    assert turns[-1].state == "urgent_care"
    turn = engine.respond("no")
    assert turn.state == "urgent_care" and turn.kind == "reask"
    assert "If it stopped but happened today, pick 4." in turn.text


def test_the_timing_step_never_says_a_doctor_has_checked_signs_no_doctor_checked():
    engine, turns = talk(["im the patient", "whether to have a spinal fusion", "skip", "feb 3", "surgery offered", "sure",
                          "none of that. this week i had trouble holding my pee, and its kinda numb down there",
                          "its been like this all week its not an emergency", "2", "none", "1", "none", "1", "1", "no"])
    turn = turns[-1]
    assert turn.state == "timing", turn.text
    assert engine.plan()["emergency"]["status"] == "told_not_checked"
    assert "a doctor has checked" not in turn.text
    assert "no doctor has checked them yet" in turn.text and "get them checked today" in turn.text
