"""An emergency told about someone else ("my husband collapsed") is advised about them: stay with
them, the call-taker guides CPR, and "once they are stable", never "once you are stable"."""

from __future__ import annotations

import pytest

from assistant.safety import screen
from benchmarks.understanding import prepare

ABOUT_OTHERS = [
    "my husband just collapsed and isn't breathing",
    "my wife is having chest pain right now",
    "dad's face is drooping and he can't talk",
]
ABOUT_ME = [
    "I have crushing chest pain right now for 20 minutes",
    "my face is drooping and I can't talk properly",
]


@pytest.mark.parametrize("line", ABOUT_OTHERS)
def test_a_sign_about_someone_else_is_advised_about_them(line):
    assert "someone_else" in screen(line).advice
    turn = prepare("decision_what", "patient").respond(line)  # the user is a patient, the emergency is not theirs
    assert turn.state == "urgent_care"
    assert "Stay with them until help comes" in turn.text and "CPR" in turn.text
    assert "once they are stable" in turn.text and "once you are stable" not in turn.text


@pytest.mark.parametrize("line", ABOUT_ME)
def test_a_sign_about_the_user_keeps_the_advice_about_them(line):
    assert "someone_else" not in screen(line).advice
    turn = prepare("decision_what", "patient").respond(line)
    assert turn.state == "urgent_care"
    assert "once you are stable" in turn.text and "CPR" not in turn.text


def test_signs_about_two_people_keep_the_users_own_advice():
    # "he collapsed and I have chest pain": the user is at risk too, so the advice stays theirs
    assert "someone_else" not in screen("he collapsed and I am having chest pain").advice


def test_no_advice_for_a_quiet_line():
    assert screen("my husband is coming with me to the visit").advice == ()
