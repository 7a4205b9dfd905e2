"""The urgent turn names the right person (a lead's walk, 2026-12-07): helping "my mother", a caregiver typed "my son said
he wants to kill himself and he's locked in his room", and was told "A second opinion can come later, once your mother
is stable", and "If these are thoughts and you are not in danger right now ..." as if the thoughts were the typer's."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare
from assistant.wording import names_another


def _urgent(line: str):
    engine = prepare("records", "caregiver")  # helping "my mother"
    turn = engine.respond(line)
    assert engine.state == "urgent_care" and turn.urgent
    return turn.text


@pytest.mark.parametrize("line", ["my son said he wants to kill himself and he's locked in his room",
                                  "my husband is having chest pain and sweating, started 20 min ago"])
def test_someone_other_than_the_patient_in_danger_is_they_not_the_patient(line):
    text = _urgent(line)
    assert "once they are stable" in text and "your mother" not in text


@pytest.mark.parametrize("line", ["my mom collapsed and isnt breathing", "she is having chest pain and sweating, started 20 min ago"])
def test_the_patient_in_danger_is_still_named(line):
    assert "once your mother is stable" in _urgent(line)


def test_someone_else_s_talk_of_suicide_is_not_asked_about_as_the_typer_s_own_thoughts():
    text = _urgent("my son said he wants to kill himself and he's locked in his room")
    assert "If these are thoughts and you are not in danger" not in text
    assert '"safe now, someone is with them"' in text and "988" in text
    # the typer's own thoughts are asked about too ("my son said he wants to kill himself and honestly so do i": review rv31)
    assert "If you have thoughts of ending your own life too, call or text 988 now" in text


def test_one_s_own_thoughts_are_still_asked_about_as_one_s_own():
    engine = prepare("records", "patient")
    text = engine.respond("i dont want to be alive anymore").text
    assert "If these are thoughts and you are not in danger right now" in text


@pytest.mark.parametrize("line, who, other", [
    ("my son collapsed", "my mother", True), ("my mom collapsed", "my mother", False), ("my dad fell", "Dad", False),
    ("my grandma fell", "my grandmother", False), ("he fell", "my father", False), ("my gf is bleeding", "my girlfriend", False),
])
def test_names_another(line, who, other):
    assert names_another(line, who) is other
