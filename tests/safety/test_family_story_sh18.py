"""A relative's illness retold stays quiet; a relative's emergency told as going on does not (helper sh18, issue 12
item 3; assistant/safety/family_story.py). Phrasings written for these tests, none from a round."""

from __future__ import annotations

import pytest

from safety.safety_support import screen

from assistant.safety.family_story import story_spans

RETOLD = [
    "my dad bled a lot after his op in 2010, so i want to ask about blood thinners",
    "my aunt had a stroke at 50, that's why I worry",
    "my grandfather had a heart attack in his sixties, which is why i asked for the stress test",
    "my mother's side has a history of aneurysms, my gran died of a bleed on the brain",
    "mi abuela y mi tio murieron del corazon, los dos de infarto",
    "my older sister had seizures all through my childhood, so i know what they look like",
]

GOING_ON = [
    "my dad is bleeding a lot from his wound and it won't stop",
    "my mom had her op last week and now she's bleeding through the dressing",
    "my dad had a stroke at 50 and now his face is drooping again and he can't lift his arm",
    "my aunt had a stroke in 2015, and right now my own face is numb and my speech is slurred",
    "my brother took pills years ago, and tonight he says he has taken all of them again",
]


@pytest.mark.parametrize("line", RETOLD)
def test_a_family_story_retold_stays_quiet(line):
    assert story_spans(line), line
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", GOING_ON)
def test_a_relatives_emergency_now_stays_urgent(line):
    assert screen(line).level == "emergency", line


def test_a_relatives_suicide_retold_is_still_asked_with_the_crisis_line():
    # a story, but by design (round 14) a relative's suicide is asked about, with the crisis line, never left out
    line = "my cousin took his own life last year, it has been a hard year for the family"
    assert story_spans(line)
    result = screen(line)
    assert result.level == "ask" and "self_harm" in result.categories


def test_the_rest_of_the_line_is_still_screened():
    # the story is left out, what the teller says of themself is not
    line = "my uncle had a stroke at 60, and i have crushing chest pain and sweating"
    assert story_spans(line)
    assert screen(line).level == "emergency"


def test_a_story_told_as_the_background_of_now_is_read_with_it():
    # an aneurysm found in a relative long ago, then sudden back pain now: the story is what makes it urgent
    line = "my mother had an aneurysm in her belly found in 2019, now she has sudden tearing pain in her back"
    assert not story_spans(line)
    assert screen(line).level == "emergency"


def test_no_relative_or_no_long_ago_is_no_story():
    assert not story_spans("i had a stroke at 50 and now my arm is weak")
    assert not story_spans("my dad had a fall this morning and hit his head")
