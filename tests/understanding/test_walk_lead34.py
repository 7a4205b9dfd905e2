"""Shapes from the lead's terminal walks of 2026-12-07 (thirty-fourth session): a daughter texting for her mother of 58,
offered a hysterectomy for a pre-cancer of the womb lining. Wordings of our own, each with look-alikes that must not
change."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading

_SIGNS = {2: "major_procedure", 8: "many_options", 9: "not_heard", 1: "serious_diagnosis"}


# --- picks by number, then a doubt about one more: the picks are kept ------------------------------------------------

@pytest.mark.parametrize("line, kept", [
    ("2, 8 and 9 for sure. maybe 1 idk if pre cancer counts", [2, 8, 9]),  # was "Pick only the ones you are sure of": all lost
    ("2 and 9. 1 maybe, not sure if the precancer counts", [2, 9]),
    ("2 and 8, idk about 1", [2, 8]),  # kept only 2, and quoted "idk about 1, 8, idk"
    ("2 and 8, dunno about 1", [2, 8]),
])
def test_numbered_picks_before_a_doubt_are_kept_and_only_the_doubt_is_asked(line, kept):
    e = prepare("signs", "caregiver")
    turn = e.respond(line)
    assert e.state == "signs"  # asked about the doubted part, not stored
    assert "Pick only the ones you are sure of" not in turn.text
    got = turn.text.split("?")[0]
    assert got.startswith("I got ")
    for n in kept:
        assert str(n) in got
    assert "idk about 1, 8" not in turn.text


@pytest.mark.parametrize("line", [
    "idk if any of these count",
    "not sure if 2 counts",
    "dont know if the pre cancer counts as serious",
])
def test_a_doubt_with_no_plain_pick_before_it_is_still_not_knowing(line):
    r = reading("signs", line)
    assert r.value in (None, []) and r.certainty != "sure"


@pytest.mark.parametrize("line, doubted", [
    ("2 and 8, not sure", 8),  # the doubt after a pick is still about that pick
    ("2 and 8 idk", 8),
])
def test_a_doubt_right_after_a_pick_still_doubts_that_pick(line, doubted):
    r = reading("signs", line)
    assert r.certainty == "unclear"
    assert _SIGNS[doubted] not in (r.value or [])
    assert "major_procedure" in (r.value or [])


# --- tests done, said in parts, then nothing to come: No -------------------------------------------------------------

@pytest.mark.parametrize("line, kept", [
    # was "Sorry, I did not understand": the ", and an ultrasound" part stood alone
    ("they did a biopsy already (endometrial), and an ultrasound. nothing else pending i dont think", "ultrasound"),
    ("had the ct, plus bloods. thats it", "bloods"),  # was Yes, the opposite
    ("had the ct and bloods. thats all", "bloods"),  # was Yes
    ("we had the mri, and an xray. nothing more planned", "xray"),
])
def test_tests_already_done_then_nothing_more_is_no_with_the_done_tests_as_the_note(line, kept):
    r = reading("timing_tests", line)
    assert (r.certainty, r.value) == ("sure", "no")
    assert kept in r.note.lower()
    assert "else pending" not in r.note.lower()


@pytest.mark.parametrize("line", [
    "had the ct, and they want a pet scan",
    "had the ct, and the mri is next week",
    "had the ct. one more scan next week",
    "had the biopsy, and the results are still pending",
])
def test_a_test_still_to_come_after_the_done_ones_is_yes(line):
    r = reading("timing_tests", line)
    assert (r.certainty, r.value) == ("sure", "yes")


def test_history_alone_with_nothing_more_said_is_still_asked():
    assert reading("timing_tests", "the biopsy was done").certainty == "unclear"


# --- "me" said first, then what the doctor wants: the patient, the rest a note -------------------------------------

@pytest.mark.parametrize("line, kept", [
    # was asked again ("Who is this decision for?") after the decision itself had been understood
    ("me, 34M, found a lump in my testicle, ultrasound says likely cancer and urologist wants to remove it friday", "lump"),
    ("me, they want to operate", "operate"),
    ("me. the surgeon wants to take it out next week", "surgeon"),
])
def test_me_first_then_someone_elses_wish_is_the_patient_with_a_note(line, kept):
    r = reading("welcome", line)
    assert (r.certainty, r.value) == ("sure", "patient")
    assert kept in r.note.lower()


@pytest.mark.parametrize("line", [
    "me, i want something in between",  # the speaker's own wish: an answer of its own, not a remark
    "me, we want to pick between them",
])
def test_me_first_then_the_speakers_own_wish_is_not_stored(line):
    assert reading("welcome", line).certainty != "sure"


def test_the_whole_first_turn_goes_on_to_the_decision():
    e = prepare("welcome", "patient")
    e.respond("me, 34M, found a lump in my testicle, ultrasound says likely cancer and urologist wants to remove it friday")
    assert e.state != "welcome"
    assert e.slots.get("role") == "patient"


# --- a time answer, then a question about getting the second opinion in time ----------------------------------------

@pytest.mark.parametrize("line, kept", [
    ("days, surgery is friday. is that too soon to get a 2nd opinion??", "days"),  # was offered as "Within days", the question lost
    ("within days. is that too soon to get a second opinion?", "days"),  # was the question alone, the answer lost
    ("within a few weeks. can i get one that fast?", "weeks"),
])
def test_a_time_then_a_question_about_getting_one_in_time_keeps_both(line, kept):
    e = prepare("decision_when", "patient")
    turn = e.respond(line)
    assert e.slots.get("deadline") == kept
    assert e.state != "decision_when"
    assert "ask the clinic how soon" in turn.text.lower()
    assert e.slots.get("questions_added")


@pytest.mark.parametrize("state, line", [
    ("records", "the portal. is that enough?"),  # asks about the answer itself: stays a question
    ("decision_when", "1. is that ok?"),
])
def test_a_question_about_the_answer_itself_is_still_only_a_question(state, line):
    e = prepare(state, "patient")
    e.respond(line)
    assert e.state == state


# --- picks, then a question of one's own: the picks kept, the question listed, nothing picked from its words ----------

@pytest.mark.parametrize("line, kept", [
    ("1, 2 and 10. is chemo after needed?", ["serious_diagnosis", "major_procedure", "peace_of_mind"]),  # the question was lost
    ("1 and 2 (chemo after?) and 10", ["serious_diagnosis", "major_procedure", "peace_of_mind"]),  # "chemo" ticked 3 silently
])
def test_picks_then_a_question_keep_the_picks_and_list_the_question(line, kept):
    e = prepare("signs", "patient")
    e.respond(line)
    assert e.slots.get("signs") == kept
    assert "chemo" in " ".join(e.slots.get("questions_added") or []).lower()


def test_a_question_in_brackets_beside_a_doubted_pick_picks_nothing_from_its_words():
    e = prepare("signs", "patient")
    turn = e.respond("1 and 2 obv, 8 kinda (surveillance vs chemo after?) and 10")
    assert e.state == "signs"  # the doubted 8 is asked about
    assert turn.text.count("I got 1, 2 and 10") == 1
    e.respond("thats all")
    assert e.slots.get("signs") == ["serious_diagnosis", "major_procedure", "peace_of_mind"]
    assert e.slots.get("questions_added")


@pytest.mark.parametrize("line, value", [
    ("my doctor is not the heart specialist", ["not_specialist"]),
    ("none, and the heart is fine", ["none"]),
])
def test_the_heart_in_other_words_picks_no_health_problem(line, value):
    r = reading("signs_more", line)
    assert r.value == value
