"""False alarms of issue 12 (helper s2), by kind, with look-alikes that must still alert:
a reading told in the past (often the reason for the plan) gets at most the check question, unless it is told with now,
today or a sign of its own; confusion told as a habit ("she gets confused") is no new confusion; "not the faintest idea"
and "faint praise" are no fainting (the reader takes "the faintest idea" as an I-don't-know: tests/understanding/test_user_trial_t3.py).
Phrasings are our own (caregivers, texting, clinical shorthand), not lines of any round."""

from __future__ import annotations

import pytest
from safety.safety_support import level, screen

PAST_READINGS = [
    "her heart rate was 38 on the monitor tho",
    "grandpa's pulse was 36 at his checkup, he feels fine, they are offering a pacemaker",
    "his bp was 230/130 at the appointment so the cardiologist changed his tablets",
    "mum's sats were 84 at the clinic visit, that's why they want to start home oxygen",
    "his heart rate dropped to 35 on the holter, which is why they want a pacemaker",
]

STILL_URGENT_READINGS = [
    ("her heart rate is 38 now and she is dizzy", "vitals"),
    ("her heart rate is 38", "vitals"),
    ("her pulse was 38 this morning", "vitals"),
    ("his pulse was 35 just now on the machine", "vitals"),
    ("dad's pulse was 38 and he is dizzy", "vitals"),
    ("her pulse was 36 and she fainted", "vitals"),
    ("her oxygen is 82 on the finger thing", "vitals"),
    ("bp 240/140 right now", "vitals"),
]

HABIT_CONFUSION = [
    "mom said fairly sure but she gets confused",
    "dad gets a bit confused with all his tablets",
    "she gets muddled and confused at night, the dementia nurse knows",
    "grandma is often confused in the evenings",
    "he can get confused when he is tired",
]

STILL_ALERTING_CONFUSION = [
    ("my mum suddenly got confused", "stroke"),
    ("she suddenly gets confused and cant find her words", "stroke"),
    ("mom has been confused since this morning", "stroke"),
    ("dad confused since this morning", "stroke"),
    ("she gets confused and it started today", "stroke"),
    ("she is confused and cant lift her arm", "stroke"),
]

STILL_FAINT = [
    "i feel faint",
    "she fainted in the kitchen",
    "he has the faintest pulse",
]


@pytest.mark.parametrize("line", PAST_READINGS)
def test_a_reading_told_in_the_past_gets_at_most_the_question(line):
    assert level(line) in ("none", "ask"), screen(line)


def test_the_past_reading_alone_still_gets_the_question():
    result = screen("her heart rate was 38 on the monitor tho")
    assert result.level == "ask" and "vitals" in result.categories, result


@pytest.mark.parametrize(("line", "category"), STILL_URGENT_READINGS)
def test_a_reading_told_now_or_with_a_sign_stays_urgent(line, category):
    result = screen(line)
    assert result.is_emergency, result
    assert category in result.categories


@pytest.mark.parametrize("line", HABIT_CONFUSION)
def test_confusion_told_as_a_habit_stays_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize(("line", "category"), STILL_ALERTING_CONFUSION)
def test_new_or_sudden_confusion_still_alerts(line, category):
    result = screen(line)
    assert result.is_emergency, result
    assert category in result.categories


def test_confusion_told_plainly_still_gets_the_question():
    assert level("she is confused") == "ask"
    assert level("my husband seems confused") == "ask"


@pytest.mark.parametrize("line", STILL_FAINT)
def test_feeling_faint_or_a_faint_pulse_still_counts(line):
    assert level(line) != "none", screen(line)


# Issue t3: "not the faintest idea" is an I-don't-know, no fainting; our own wordings.
FAINT_IDIOMS = [
    "I haven't the faintest idea",
    "honestly i havent the faintest clue what a TAVI is",
    "the surgeon had not the faintest notion who we were",
    "we dont have the faintest idea which hospital is better",
    "the report damned him with faint praise",
    "there's only a faint hope the new drug will work",
]


@pytest.mark.parametrize("line", FAINT_IDIOMS)
def test_faint_in_a_figure_of_speech_stays_quiet(line):
    assert level(line) == "none", screen(line)


@pytest.mark.parametrize("line", [
    "I havent the faintest idea, she feels faint",
    "she fainted and we havent the faintest idea why",
    "his pulse is faint and i havent the faintest idea what to do",
])
def test_a_sign_beside_the_idiom_still_counts(line):
    assert level(line) != "none", screen(line)
