"""A visit still to come is no check by a doctor (round 31, a silent misread: "I go hospital tomorrow, is ok?" at the
emergency's "is this happening now?" was stored as "A doctor has checked, and things are stable now")."""

import pytest

from .reading_support import pick, reading, stored


@pytest.mark.parametrize("line", ["I go hospital tomorrow", "I go hospital tomorrow, is ok?", "going to the hospital tomorrow",
                                  "we will see the doctor tomorrow", "we go to the clinic on monday"])
def test_a_visit_to_come_at_the_emergency_question_is_never_a_check(line):
    result = reading("urgent_care", line)
    assert not (stored(result) and result.value == "seen")
    assert not stored(result)  # asked (or answered as a question): never guessed


@pytest.mark.parametrize("line, meant", [
    ("doctor saw him yesterday, he is stable", "seen"),
    ("we went to the hospital yesterday and they said stable", "seen"),
    ("it stopped, we go to the clinic tomorrow", "stopped"),
    ("its happening now, we go to the hospital tomorrow", "now"),
])
def test_a_check_done_or_an_answer_beside_a_visit_to_come_is_kept(line, meant):
    assert pick("urgent_care", line) == meant


def test_going_to_the_hospital_beside_a_yes_elsewhere_is_still_the_yes():
    # at "is it getting worse?" a hospital visit to come does not turn a yes into a question (round 30's answer)
    assert pick("decision_worsening", "yes, i go hospital tuesday, they check me") == "yes"
