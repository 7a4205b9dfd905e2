"""An emergency told about someone else ("my husband collapsed") is advised about them: stay with
them, and "once they are stable", never "once you are stable". CPR is named only for someone not
breathing or not responding (user trial 5: a sleepy baby with no wet diapers was told of CPR)."""

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
    assert "Stay with them until help comes" in turn.text
    assert ("CPR" in turn.text) == ("cpr" in screen(line).advice)
    assert "once they are stable" in turn.text and "once you are stable" not in turn.text


@pytest.mark.parametrize("line", [
    "my husband just collapsed and isn't breathing",
    "grandma is not responding when we shake her",
    "my son fell and wont wake up",
])
def test_cpr_is_named_for_someone_not_breathing_or_not_responding(line):
    turn = prepare("decision_what", "patient").respond(line)
    assert turn.state == "urgent_care" and "CPR" in turn.text


@pytest.mark.parametrize("line", [
    "my wife is having chest pain right now",
    "the baby has had no wet nappies since this morning and is very sleepy",
    "dad's face is drooping and he can't talk",
])
def test_cpr_is_not_named_for_someone_awake_and_breathing(line):
    turn = prepare("decision_what", "patient").respond(line)
    assert turn.state == "urgent_care" and "CPR" not in turn.text and "Stay with them" in turn.text


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
