"""Figures of speech of sport, food and annoyance (helper s19, issue 12; dialogues/red_flags.yaml `idioms`, marked s19):
a team that choked or bled yards, suicides as a sprint drill, overdosing on a food or a pastime, a slow suicide of
paperwork, a manner that leaves one breathless, "bleeding" as a swear word, "nearly fainted when they said", "I'll have
a seizure if I read one more", screaming bloody murder, the line between a dose and an overdose. Each must stay quiet;
the same words told of a body now must stay urgent. Phrasings written for these tests, none from a round."""

from __future__ import annotations

import pytest

from safety.safety_support import screen

QUIET = [
    "the lads choked again in the final, lost on penalties",
    "our defense bled points all season, the coach is gone",
    "the whole team choked under pressure in the fourth quarter",
    "coach had us running suicides for being late",
    "i think im overdosing on true crime podcasts this week",
    "honestly id rather overdose on lasagna than fill in another form",
    "this insurance appeal is a slow suicide",
    "the price of the scan left me breathless",
    "the bleeding printer jammed again with his discharge letter in it",
    "i almost fainted when they told me the bill",
    "ill have a stroke if i get one more letter from the billing office",
    "the toddler yelled bloody murder when we took the ipad away",
    "is there a fine line between a normal dose and an overdose with these new pills, just asking",
]

URGENT = [
    "he choked on a piece of steak at the game and cant breathe",
    "my son choked in the final minutes of dinner and is turning blue",
    "she overdosed on her sleeping pills and wont wake up",
    "he took an overdose of tylenol an hour ago",
    "he says he will commit suicide tonight, he has the gun",
    "my wife is bleeding heavily after the birth and fainted",
    "she nearly passed out when she stood up and now she is grey and sweaty with chest pain",
    "he is having a seizure and it wont stop, five minutes now",
    "the baby screamed then went limp and blue",
    "my chest pain leaves me breathless and sweaty",
]

ASKED_AT_LEAST = [
    "there were two suicides at his school and now he talks about wanting to die",
    "he overdosed on heroin",
]


@pytest.mark.parametrize("line", QUIET)
def test_a_figure_of_speech_stays_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", URGENT)
def test_the_same_words_told_of_a_body_now_stay_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", ASKED_AT_LEAST)
def test_a_real_overdose_or_suicide_is_still_noticed(line):
    assert screen(line).level != "none", line
