"""At the urgent turn ("Tell me when you can: it is happening now / not happening / a doctor has checked / it
stopped, but it happened today"): a time earlier today said in words is "It stopped, but it happened today", which
keeps the emergency advice on screen; a pick corrected to it is never stored as the pick it corrects (found trying
the window: "2 sorry i meant it happened this morning, its fine now" moved on as "not happening")."""

from __future__ import annotations

import pytest

from .reading_support import pick, reading


@pytest.mark.parametrize("line", ["it happened this morning, its fine now", "an hour ago but its ok now",
                                  "it was this morning", "earlier this morning, it passed",
                                  "happened today, a few hours ago", "it was this afternoon, okay now"])
def test_earlier_today_in_words_is_it_stopped_but_happened_today(line):
    assert pick("urgent_care", line) == "stopped"


@pytest.mark.parametrize("line", ["its still going, started this morning", "still going on since this morning"])
def test_still_going_since_this_morning_is_happening_now(line):
    assert pick("urgent_care", line) == "now"


def test_a_pick_corrected_to_earlier_today_is_asked_about_not_stored():
    result = reading("urgent_care", "2 sorry i meant it happened this morning, its fine now")
    assert pick("urgent_care", "2 sorry i meant it happened this morning, its fine now") is None
    assert set(result.options) == {"not_now", "stopped"}  # "Did you mean ... or ...?": both offered


def test_another_day_is_still_asked_about():
    assert pick("urgent_care", "it was yesterday, fine now") is None


@pytest.mark.parametrize("line", ["no its fine now", "nope all good now", "no he is fine now", "no, im fine now", "im fine now",
                                  "no she is ok now, it went away"])
def test_no_with_fine_now_is_asked_about_not_stored_as_not_happening(line):
    # "now" says it was there before: not happening at all (2), or stopped today (4, the emergency advice stays)? Ask.
    assert pick("urgent_care", line) is None


@pytest.mark.parametrize("line", ["no its fine now", "no he is fine now", "im fine now", "no, that was years ago, im fine now"])
def test_the_two_it_could_be_are_offered_back(line):
    assert set(reading("urgent_care", line).options) == {"not_now", "stopped"}  # "Did you mean ... or ...?"


@pytest.mark.parametrize("line", ["no", "not happening", "im fine", "no im fine", "no i meant something else, im fine",
                                  "the ER checked him last night and sent us home, I'm fine"])
def test_plain_not_happening_and_checked_are_still_taken(line):
    assert pick("urgent_care", line) in ("not_now", "seen")
