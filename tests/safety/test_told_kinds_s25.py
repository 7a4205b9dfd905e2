"""Helper s25 (issue 12): emergencies told now that rounds 29-38 still left silent, by concept
(dialogues/told_kinds_s25.yaml, merged by assistant/safety/concept_signs.py), each with its quiet look-alike.

- a burn from electricity told as a zap or a key in a socket, with a mark on the body, a racing heart or a daze;
- a burn on a hot thing or in a fire, on a grave place (both hands, the face by the eye) or with a child screaming;
- a scald told in Spanish: boiling liquid fallen on a person, and the skin peeling or blistering;
- someone who cannot be roused ("unrousable", "responds to pain only");
- a blackout: woke or found on the floor, not knowing how or out for a while, then muddled, a head wound or a thinner;
- a wound's redness going up the limb, hot and cold, the heart racing or the mind "not here".
"""

from __future__ import annotations

import pytest

from .safety_support import screen

NOW = [
    ("Got zapped pretty good fixing the outlet, there's a black mark on my hand where it went in and my heart's doing flips.", "burns"),
    ("My son stuck a metal key into the socket, he's got a burn on his fingers and he's crying, he seemed dazed for a second", "burns"),
    ("my daughter put a fork in the outlet and now her heart is racing and she has a black mark on her hand", "burns"),
    ("the twins were playing near the fire pit and one fell in, both hands burnt, he's screaming", "burns"),
    ("My son pressed his face against a hot iron while playing, big blister on his cheek right next to his eye.", "burns"),
    ("mi sobrino se echó encima el agua hirviendo de la olla, tiene ampollas en todo el brazo y el pecho", "burns"),
    ("a mi hija se le cayó encima la sopa hirviendo y se le está pelando el brazo", "burns"),
    ("Came home from shift and my mother is on the sofa, unrousable, snoring breaths", "unconscious"),
    ("Dad collapsed in the bathroom, still down, responds to pain only", "unconscious"),
    ("Woke on the floor. Don't know how I got there. Head bleeding a bit. Muddled.", "unconscious"),
    ("found him on the kitchen floor, he doesnt remember falling, he is on warfarin and his head is cut", "unconscious"),
    ("my cut on hand from knife is red and go up my arm, I have hot and cold, heart beat fast fast, I feel I am not here", "sepsis"),
]

QUIET = [
    "the outlet in the kitchen sparks and has a black mark on it",
    "i got a shock from the doorknob lol",
    "he used to get zapped fixing outlets, no burns",
    "the iron was hot so i burned my shirt",
    "my son touched the hot stove last month, small blister, healed fine",
    "what should i do if my kid falls into the campfire",
    "agua hirviendo para el té",
    "my husband is a heavy sleeper, hard to rouse in the mornings",
    "my dad fell asleep on the couch, unrousable lol he sleeps like a rock",
    "what does gcs 9 mean",
    "years ago i woke on the floor after fainting, didnt know how i got there, was confused",
    "she woke up on the floor of the tent, the air mattress went flat, bit groggy",
    "my cut is red and has hot and cold feeling",
    "is it normal for a cut to have red streaks going up the arm with fever and a racing heart",
]


@pytest.mark.parametrize("line, category", NOW)
def test_an_emergency_told_now_reaches_the_urgent_turn(line, category):
    result = screen(line)
    assert result.level == "emergency", line
    assert category in result.categories


@pytest.mark.parametrize("line, category", NOW)
def test_told_long_ago_and_over_it_is_not_urgent(line, category):
    assert screen(f"years ago, when i was a kid: {line.rstrip('.')}. all fine since, no problems").level != "emergency"


@pytest.mark.parametrize("line", QUIET)
def test_the_look_alike_stays_quiet(line):
    assert screen(line).level == "none", line
