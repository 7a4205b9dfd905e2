"""The second review of the twenty-first session (rv14): readings made sure where a careful person would ask."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


@pytest.mark.parametrize("line", ["both said contradicting things", "both docs said opposing views", "they both said separate things",
                                  "both doctors said their own thing", "both doctors said nothing useful", "they both said its my call"])
def test_both_said_with_no_agreement_is_not_they_agree(line):
    got = reading("fit_two_opinions", line)
    assert got.value != "agree", (got.value, got.certainty)


@pytest.mark.parametrize("line, kept", [
    ("3 and 5 once a while", {"high_risk_treatment", "vague_diagnosis"}),
    ("5, 8 awaiting biopsy", {"vague_diagnosis", "many_options"}),
    ("1, 2 and 7 waiting for the scan", {"serious_diagnosis", "major_procedure", "rare_complex"}),
])
def test_a_word_of_waiting_beside_a_pick_does_not_drop_it(line, kept):
    got = reading("signs", line)
    assert set(got.value or []) == kept, got


@pytest.mark.parametrize("line", ["her heart failure is getting much worse today", "irregular heart tonight and she is dizzy"])
def test_a_named_heart_illness_said_to_be_worse_now_still_reaches_the_urgent_turn(line):
    turn = prepare("red_flags", "caregiver").respond(line)
    assert turn.urgent, turn.text
