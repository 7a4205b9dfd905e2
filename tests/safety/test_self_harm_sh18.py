"""Self-harm in more everyday words (helper sh18, issue 12 item 4; dialogues/self_harm_concepts.yaml): cutting again
and deep, a burden, "it won't matter soon", looking up how many it takes, Spanish; with look-alikes that stay quiet.
Phrasings written for these tests, none from a round."""

from __future__ import annotations

import pytest

from safety.safety_support import screen

URGENT = [
    "cut again last night, its pretty deep and i dont want anyone to know",
    "i cut myself again tonight",
    "me corte otra vez esta noche",
    "it wont matter soon, the rope is in the shed",
    "im so tired of being a burden, i have all my pills in a jar",
    "i just want it all to stop",
    "i have the pills saved up",
]

ASKED_AT_LEAST = [
    "soon it wont matter anymore",
    "ya no quiero estar aqui",
    "i looked up how many of my pills would be enough",
    "i wont be a burden to anyone much longer",
]

QUIET = [
    "me corte el dedo esta noche cocinando",
    "the surgeon had to cut deeper to get the margins",
    "ya no quiero estar aqui en el hospital, quiero ir a casa",
    "this paperwork is killing me",
    "I could kill him for losing the forms",
    "can this drug cause suicidal thoughts?",
    "tried to end it in 2015, i am well now and just want a second opinion on my knee",
    "i looked up how many of these tablets i can take a day for my back",
    "i looked up how many sessions of physio it takes",
    "it wont matter which surgeon i pick, the outcomes are the same",
]


@pytest.mark.parametrize("line", URGENT)
def test_urgent_with_the_crisis_line(line):
    result = screen(line)
    assert result.level == "emergency" and "self_harm" in result.categories, (line, result)


@pytest.mark.parametrize("line", ASKED_AT_LEAST)
def test_at_least_asked_with_the_crisis_line(line):
    result = screen(line)
    assert result.level in ("ask", "emergency") and "self_harm" in result.categories, (line, result)


@pytest.mark.parametrize("line", QUIET)
def test_look_alikes_stay_quiet(line):
    assert screen(line).level == "none", line


def test_a_caregiver_gets_advice_about_the_other_person():
    result = screen("my son texted me that he cut again tonight and it wont stop bleeding")
    assert result.level == "emergency" and "crisis_other" in result.advice, result


@pytest.mark.parametrize("line", [
    "he cut his hand again tonight on the mandoline and it wont stop bleeding",
    "she cut her finger again tonight slicing onions and it wont stop bleeding",
])
def test_an_accident_beside_an_urgent_sign_gets_no_crisis_line(line):
    result = screen(line)
    assert result.level == "emergency" and "self_harm" not in result.categories, (line, result)
