"""Review rv34 (thirty-fourth session): shapes the session's changes read wrongly, with look-alikes that must not change.
Wordings of our own."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


# --- the emergency turn: "went to er" / "gave him antibiotics" (new seen words) with the sign still here now ----------

@pytest.mark.parametrize("line", [
    "went to er, gave antibiotics, but the swelling is spreading now",
    "went to er, they gave him antibiotics, now the redness is spreading up his leg",
    "went to er and they gave me antibiotics but i have a high fever now and feel faint",
    "went to the er, but the swelling is spreading now",
])
def test_checked_but_a_sign_told_now_is_never_stored_as_seen(line):
    e = prepare("urgent_care", "caregiver")
    turn = e.respond(line)
    assert e.state == "urgent_care" and turn.urgent  # was "Thank you ... Let us go on" (signs)
    assert reading("urgent_care", line).value != "seen"


@pytest.mark.parametrize("line", [
    "went to er, she is ok now",
    "the doctor already see her in emergency and now she is stable",
    "It's not happening now po, the ER checked him last week and said his heart is fine",
])
def test_checked_and_calm_now_is_still_seen_or_stopped(line):
    assert reading("urgent_care", line).value in ("seen", "stopped")


# --- tests still to come: a done part then "thats it" is No only when nothing in it is ahead -------------------------

@pytest.mark.parametrize("line", [
    "had a biopsy, and an mri next week. thats it",
    "had the ct, and the mri is tomorrow. thats it",
    "had the ct, and a pet scan booked. thats all",
    "had bloods, plus a biopsy friday. thats it",
    "had the ct, and an mri pending. nothing else",
    "had the ct and they want an mri. thats it",
])
def test_a_test_ahead_beside_a_done_one_is_never_no(line):
    assert reading("timing_tests", line).value != "no"  # was a sure No


@pytest.mark.parametrize("line", [
    "had the ct. thats it",
    "had the ct, plus bloods. thats it",
    "had a biopsy, and an ultrasound. nothing else pending i dont think",
])
def test_only_done_tests_then_thats_it_stay_no(line):
    r = reading("timing_tests", line)
    assert (r.certainty, r.value) == ("sure", "no")


def test_results_pending_after_a_done_test_is_still_yes():
    r = reading("timing_tests", "biopsy done, results pending")  # fails on merge34 (test_tests_to_come.py too)
    assert (r.certainty, r.value) == ("sure", "yes")
