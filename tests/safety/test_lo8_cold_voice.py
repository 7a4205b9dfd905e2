"""Leftover (helper lo8, item 1): "i have a cold and my voice sounds funny" at the signs question got the
urgent stroke turn. A cold told first, by the one whose voice it is, explains a voice that sounds funny as well
as a cold told after ("my voice sounds funny from a cold"); slurred or jumbled words, a drooping face, a sudden
change, or someone else's voice stay urgent (context voice_cold_t11's sentence cues in dialogues/red_flags.yaml;
a sentence cue may now start in a clause before its anchor, screening.py)."""

from __future__ import annotations

import pytest
from safety.safety_support import level

from support import talk

QUIET = [
    "i have a cold and my voice sounds funny",
    "ive got a cold, my voice sounds funny",
    "I've got a bad cold and my voice sounds weird",
    "shes got the flu and her voice sounds funny",
    "got a cold, my voice sounds weird",
    "i have a sore throat and my voice sounds strange",
    "i have a cold and my voice sounds funny since this morning",
]

STILL_URGENT = [
    "his words come out funny",
    "voice slurred since lunch",
    "my voice sounds funny",
    "i have a cold and my voice is slurred",
    "i have a cold and my dads voice sounds funny",
    "i have a cold and my voice sounds funny and my face is drooping",
    "i have a cold and my voice sounds funny all of a sudden",
    "i feel cold and my voice sounds funny",
    "i have a cold and my words come out jumbled",
]


@pytest.mark.parametrize("line", QUIET)
def test_a_voice_explained_by_a_cold_told_first_is_quiet(line):
    assert level(line) == "none", line


@pytest.mark.parametrize("line", STILL_URGENT)
def test_slurred_speech_or_someone_elses_voice_stays_urgent(line):
    assert level(line) in ("emergency", "ask"), line


@pytest.mark.parametrize("line", ["a cold", "i have a cold and my voice", "cold " * 300 + "my voice sounds funny", "| | my voice"])
def test_bad_input_near_the_cue_screens_without_error(line):
    assert level(line) in ("none", "ask", "emergency")


def test_at_the_signs_question_the_cold_line_is_no_urgent_turn():
    engine, turns = talk(["1", "whether to have surgery on my knee", "the doctor did not explain other options", "2", "1",
                          "none", "none", "i have a cold and my voice sounds funny"])
    assert turns[-2].state == "signs"
    assert not turns[-1].urgent and turns[-1].state == "signs"
