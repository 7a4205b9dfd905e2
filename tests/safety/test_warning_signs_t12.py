"""User trial 7 (helper t12): indirect warning signs of suicide, and readings told as history, at the screen.

An indirect sign alone ("cant see a future", "a stash of my old pills saved up just in case", "giving most of my
stuff away", "not sure ill still be around by then") is the check question with the crisis (self_harm), never the
urgent turn on its own; the same words about a trip, a move, a prognosis or a migraine stay quiet. A reading told
in the past at the ER, at the diagnosis or in a dated timeline line is at most the check question; told now, or
with another sign, it is still the urgent turn.
"""

from __future__ import annotations

import pytest

from safety.safety_support import screen

SIGNS = [
    "next appt is in 2 wks. not sure ill still be around by then tbh",
    "cant see a future",
    "i honestly cant see any future for myself",
    "theres no future for me",
    "ive got nothing left to live for",
    "idk if ill be around much longer",
    "dont think ill be alive by then",
    "none. ive got a stash of my old pills saved up just in case",
    "i have a stockpile of sleeping pills",
    "ive got some pills hidden away just in case",
    "none. been giving most of my stuff away to my roommate anyway so",
    "ive started giving away my things",
    "gave all my games away to my brother",
]

QUIET = [
    "not sure ill be around that week, im travelling",
    "i dont think ill be around for the appointment",
    "i dont know if i will be around to pick up the results",
    "not sure ill be around by then, new job starts",
    "i doubt ill still be here in the spring, my lease ends",
    "not sure ill still be here by then, the cancer has spread",
    "i cant see a future for this clinic",
    "the doctor cant see a future in this treatment",
    "i keep a stash of ibuprofen in my bag just in case of headaches",
    "i have a stash of snacks just in case",
    "giving my stuff away before the move",
    "we gave her old clothes away to charity",
    "giving away my old books to the library sale",
    "i used to give my things away when i was a teen and feeling low, not anymore",
    "not sure ill be there, i work shifts",
]


@pytest.mark.parametrize("line", SIGNS)
def test_an_indirect_sign_is_at_least_the_check_question_with_the_crisis(line):
    result = screen(line)
    assert result.level in ("ask", "emergency"), result  # a few were already urgent by the red-flag rules
    assert result.crisis, result


@pytest.mark.parametrize("line", ["cant see a future", "none. ive got a stash of my old pills saved up just in case",
                                  "not sure ill still be around by then", "been giving most of my stuff away"])
def test_an_indirect_sign_alone_is_never_the_urgent_turn(line):
    assert screen(line).level == "ask", screen(line)


@pytest.mark.parametrize("line", QUIET)
def test_the_same_words_about_something_else_stay_quiet(line):
    assert screen(line).level == "none", screen(line)


def test_about_someone_else_the_advice_is_for_being_with_them():
    result = screen("my son says he cant see a future")
    assert result.crisis and "crisis_other" in result.advice


def test_a_check_question_about_another_sign_also_names_the_crisis():
    result = screen("i get dizzy when i stand and honestly i cant see a future")
    assert result.level in ("ask", "emergency") and result.crisis


HISTORY = [
    "her sugars were like 450 at the ER",
    "her sugar was 450 at the ER",
    "nov 3: ER, sugar 450, dx type 1, admitted 2 days; nov 5: started shots; dec 1: dr kim offered the pump",
    "nov 3: ER, sugar 450",
    "she was just diagnosed w type 1 last month, her sugars were like 450 at the ER dr wants to put her on a pump now "
    "but she is only 8 and im scared, shes been in the 200s at night",
    "his sugar was 520 in the hospital",
    "her pressure was 210 over 120 in the ER",
]

STILL_URGENT = [
    "her sugar is 450",
    "sugar 450 right now",
    "we are at the ER now, her sugar is 450",
    "her sugars were 450 all morning and shes vomiting",
    "sugar was 450 an hour ago and she is throwing up",
    "her sugar was 38 at the hospital and she is confused",
    "her sugars were like 450",
]


@pytest.mark.parametrize("line", HISTORY)
def test_a_reading_told_as_history_is_at_most_the_check_question(line):
    assert screen(line).level in ("ask", "none"), screen(line)


@pytest.mark.parametrize("line", STILL_URGENT)
def test_a_reading_now_or_with_another_sign_is_still_the_urgent_turn(line):
    assert screen(line).level == "emergency", screen(line)
