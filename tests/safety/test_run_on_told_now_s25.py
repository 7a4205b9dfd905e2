"""Helper s25 (issue 12): a question run on into a clause told now, with no stop and no aside word.

"whats the risk of a stroke my face is drooping": the risk question's cue quieted the whole line. A clause with its
own subject and a present verb ("my face is", "its soaking", "he is not") now opens a clause of its own inside a
question (text.py, `told_now_*_s25` in dialogues/red_flags.yaml), so the question's cue stays in the question. Never
after a condition ("if", "when") or a word that makes the rest part of the question ("the chances my baby is").
"""

from __future__ import annotations

import pytest

from .safety_support import screen

RUN_ONS = [
    "whats the risk of a stroke my face is drooping",
    "is it normal to bleed this much after a biopsy its soaking through the pads",
    "can this medicine cause seizures my son is having a seizure",
    "is bleeding after surgery common im soaking a pad every 10 minutes",
    "how common is a stroke after this surgery her face is drooping",
    "what are the chances of a heart attack my chest is crushing and im sweating",
    "is it normal to feel dizzy after chemo he is not breathing",
    "whats the risk of bleeding on warfarin my nose is pouring blood and wont stop",
    "how likely is an allergic reaction to this antibiotic her throat is swelling shut",
    "what are the signs of a stroke my dads face is drooping",
    "hi whats the risk of a stroke my face is drooping",
]

LOOK_ALIKES = [
    "whats the risk of a stroke if my face droops",
    "what happens if my face starts drooping",
    "what should i do if a kid im babysitting starts choking",
    "what are the signs of a stroke my mom is asking",
    "is it normal to bleed after a biopsy my doctor is saying yes",
    "how long does bleeding last after a biopsy my surgeon is not sure",
    "whats the risk of a seizure when my son is sleeping",
    "can a stroke happen if my blood pressure is high",
    "how do i know if my husband is having a heart attack",
    "I want to ask how long I can't walk after, because I take care of my grandchildren",
]


@pytest.mark.parametrize("line", RUN_ONS)
def test_a_clause_told_now_after_a_question_with_no_stop_is_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", RUN_ONS)
def test_the_same_with_a_stop_is_urgent_too(line):
    for stop in (". ", ", ", " and "):
        for subject in (" my ", " its ", " im ", " he ", " her "):
            if subject in line and subject.strip() in line.split()[3:]:
                head, _, tail = line.partition(subject)
                joined = f"{head}{stop}{subject.strip()} {tail}"
                assert screen(joined).level == "emergency", joined
                break


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_a_question_whose_second_half_belongs_to_it_stays_quiet(line):
    assert screen(line).level == "none", line


def test_the_question_alone_stays_quiet():
    assert screen("whats the risk of a stroke").level == "none"
    assert screen("is it normal to bleed this much after a biopsy").level == "none"
