"""Many opinions and no set time to decide: "a clear talk and more support", and, when no one has
found the cause, a team review rather than one more single visit (seed 000, lines 279-288).

The user trial of 2026-12-04: a man with back pain for 6 years, 3 doctors and no diagnosis was told
only that he needs "a clear talk and more support, not another opinion".
"""

from __future__ import annotations

import pytest

from assistant.rules import fit
from support import talk

TEAM = "A team review can help more"


def to_fit(situation: str, signs: str) -> str:
    answers = {"welcome": "for me", "decision_what": "why my back still hurts after 6 years",
               "decision_why": "no one can find the cause", "decision_when": "no set date", "decision_situation": situation,
               "decision_worsening": "yes", "decision_sure": "none", "red_flags": "none", "signs": signs, "signs_more": "none",
               "fit_opinions": "3", "fit_decision_point": "2"}
    engine, turns = talk([])
    turn = turns[-1]
    while turn.state != "fit":
        assert turn.state in answers, turn.state
        turn = engine.respond(answers[turn.state])
    return turn.text


@pytest.mark.parametrize("situation, signs", [("4", "8"), ("1", "5"), ("6", "7"), ("5", "4")])
def test_many_opinions_with_the_diagnosis_in_doubt_point_to_a_team_review(situation, signs):
    text = to_fit(situation, signs)
    assert "a clear talk and more support" in text and TEAM in text


def test_many_opinions_about_a_clear_diagnosis_do_not_mention_a_team_review():
    text = to_fit("5", "6")  # the treatment is not working; the first treatment did not work
    assert "a clear talk and more support" in text and TEAM not in text


@pytest.mark.parametrize("slots, want", [
    ({"situation": "chronic"}, True), ({"situation": "new_diagnosis"}, True),
    ({"situation": "surgery", "signs": ["vague_diagnosis"]}, True), ({"situation": "surgery", "signs": ["rare_complex"]}, True),
    ({"situation": "surgery", "signs": ["major_procedure"]}, False), ({"situation": "treatment_failure"}, False),
])
def test_the_diagnosis_is_in_doubt_when_the_situation_or_a_sign_says_so(slots, want):
    assert fit(slots).diagnosis_in_doubt is want
