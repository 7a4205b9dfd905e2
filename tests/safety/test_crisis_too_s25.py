"""Helper s25 (issue 12): "so do i" after the advice about someone else's talk of suicide is the typer's own crisis.

The urgent turn for someone else's suicidal talk (advice crisis_other) may be answered "so do i", "me too honestly",
"i feel the same some days". Before, the urgent question read it as a question it could not answer (told to call 911)
or a choice not understood; now, while that advice is on screen (the urgent turn or its check), it is thoughts of
suicide told by the one typing: the urgent turn again with their own crisis line first (assistant/crisis_too.py,
dialogues/crisis_too.yaml). Other replies, other emergencies and later questions are untouched.
"""

from __future__ import annotations

import pytest

from assistant.crisis_too import said_too
from support import talk

OWN = "You said you feel this way too"
OTHERS = [
    "my son keeps saying he wants to kill himself",  # the urgent turn
    "my daughter texted that she wants to end it all",
    "my wife talks about not wanting to live",  # the check question
    "my brother tried to kill himself last year",
]
TOO = ["so do i", "me too honestly", "i feel the same some days", "Same here tbh.", "honestly, me too", "i do too sometimes",
       "ive thought about it too", "yo también, a veces", "Me too."]


@pytest.mark.parametrize("first", OTHERS)
@pytest.mark.parametrize("reply", TOO)
def test_me_too_after_someone_elses_talk_of_suicide_is_the_typers_own_crisis(first, reply):
    engine, turns = talk([first, reply])
    assert OWN not in turns[1].text  # the urgent turn or the check question, about the other person
    assert engine.state == "urgent_care" and turns[2].urgent
    assert OWN in turns[2].text
    assert "call or text 988 now" in turns[2].text  # their own crisis line, not only "together"
    assert "self_harm" in engine.slots["episode_categories"]


@pytest.mark.parametrize("reply", ["ok thanks", "2", "he is safe now, i am with him", "what do i say to him",
                                   "same doctor as before", "me"])
def test_other_replies_to_that_advice_are_not_read_as_the_typers_crisis(reply):
    engine, turns = talk(["my son keeps saying he wants to kill himself", reply])
    assert OWN not in turns[2].text


@pytest.mark.parametrize("first", ["i want to kill myself", "my dad has crushing chest pain", "my mom collapsed and isnt breathing"])
def test_me_too_after_another_emergency_changes_nothing(first):
    engine, turns = talk([first, "me too"])
    assert OWN not in turns[2].text
    assert "crisis_too" not in (engine.slots.get("advice") or [])


def test_me_too_is_read_only_while_the_advice_is_on_screen():
    engine, turns = talk(["my son keeps saying he wants to kill himself", "2"])
    assert not engine.in_urgent_states  # back to the questions
    turn = engine.respond("me too")
    assert OWN not in turn.text and not turn.urgent


@pytest.mark.parametrize("line", TOO)
def test_the_replies_are_heard(line):
    assert said_too(line)


@pytest.mark.parametrize("line", ["me", "so what do i do", "the same as my son", "i feel fine", "me too, what number do i call",
                                  "same here, he is safe now"])
def test_longer_or_other_replies_are_not(line):
    assert not said_too(line)
