"""The second review's understanding findings (helper rv15), mended by the lead at the merge.

- The emergency turn: "A doctor has checked, and things are stable now" read from a line where no doctor has checked,
  or a check is still to come, or was long ago (urgent_checked.py): such a line stays asked, never stored.
- The fit question: an opening "ok"/"yes" and a choice named with a doubt ("ok try another way maybe") stays asked
  (leading_ack.py).
- The check turn: "No, I said keep the plan" to "Did you mean *Keep the current plan*?" keeps that choice.
"""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading, stored


@pytest.mark.parametrize("line", [
    "no doctor has checked her, she is ok now",
    "we are going to the hospital to get her checked, she's fine now",
    "I called the gp, they will check him tomorrow, he's fine now",
    "gonna go to urgent care tmrw, feeling better",
    "we need to take her to a doctor to get checked, shes okay now",
    "the cardiologist checked him last year, he is ok now",
    "nobody has looked at him yet but he seems fine now",
])
def test_no_check_yet_or_one_to_come_is_never_read_as_checked(line):
    result = reading("urgent_care", line)
    assert not (stored(result) and result.value == "seen"), (line, result)


@pytest.mark.parametrize("line", [
    "ER checked him last night, ECG normal, he's ok now",
    "we went to hospital saturday, she is fine now",
])
def test_a_check_that_happened_is_still_read(line):
    result = reading("urgent_care", line)
    assert stored(result) and result.value == "seen", (line, result)


@pytest.mark.parametrize("line", ["ok try another way maybe", "yes another way? idk", "ok keep the plan? not sure"])
def test_an_opener_and_a_choice_in_doubt_stays_asked(line):
    assert not stored(reading("fit", line))


def test_an_opener_and_a_plain_choice_is_still_the_choice():
    result = reading("fit", "ok I will keep going with what my GP says")
    assert stored(result) and result.value == "keep_plan"


@pytest.mark.parametrize("line", ["No, I said keep the plan", "no, keep it, keep the current plan"])
def test_no_then_the_same_choice_keeps_it(line):
    engine = prepare("fit", "caregiver")
    turn = engine.respond("I think we keep the plan we have, maybe")
    assert turn.kind == "confirm" and "Keep the current plan" in turn.text
    engine.respond(line)
    assert engine.slots.get("fit_choice") == "keep_plan"
