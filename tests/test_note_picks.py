"""A note kept beside picks, as the plan prints it (brief u24b): a pick's number is printed as the choice's words,
and every note opens with a capital letter, the person's words otherwise unchanged."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from assistant.note_picks import named_picks
from assistant.understanding.text import capital_first

TO_SUMMARY = ["keep the plan", "1, 3, 5", "skip", "ok", "none"]


def _plan_text(notes: dict, **slots) -> str:
    engine = prepare("fit", "caregiver")
    engine.slots.update(slots)
    engine.slots["answer_notes"] = notes
    turn = None
    for line in TO_SUMMARY:
        turn = engine.respond(line)
    assert turn.state == "summary"
    return turn.markdown.replace("\\", "")


def test_the_numbers_picked_are_printed_as_the_choices_words_in_the_plan():
    text = _plan_text({"signs": "4 since he feels fine, 9 cuz nobody explains anything"},
                      signs=["mismatch", "not_heard"])
    assert "About the signs: 4 since" not in text and ", 9 cuz" not in text
    assert '"The tests and how my mother feels do not match" since he feels fine' in text
    assert '"We do not feel heard, or we do not understand the plan" cuz nobody explains anything' in text


@pytest.mark.parametrize("note, picked, shown", [
    ("also 8 cuz the ped and ENT disagree", ["many_options"], 'Also "Many options, but no clear way to choose" cuz the ped'),
    ("2 and 10. 8 because they disagree", ["major_procedure", "many_options"],
     '"Major surgery or a procedure was advised" and 10. "Many options, but no clear way to choose" because'),
    ("and 4, he feels fine", ["mismatch"], 'And "The tests and how my mother feels do not match", he feels fine'),
])
def test_an_opening_pick_number_is_named(note, picked, shown):
    assert capital_first(named_picks(note, "signs", {"role": "caregiver", "who": "my mother", "signs": picked})).startswith(shown)


@pytest.mark.parametrize("note", [
    "6 months of antibiotics didnt work",          # a number of the story, 6 picked or not
    "she had 2 scans in 3 weeks",
    "the lump is 2.5 cm, 4 of the doctors agree",
    "4 times in 9 days",
    "7 he is 80",                                   # 7 is not picked
])
def test_a_number_that_counts_or_was_not_picked_is_left_as_typed(note):
    slots = {"role": "caregiver", "who": "my mother", "signs": ["treatment_failed", "mismatch", "peace_of_mind"]}
    assert named_picks(note, "signs", slots) == note


def test_a_note_at_a_question_without_choices_is_left_as_typed():
    assert named_picks("2 of them said surgery", "decision_why", {"decision_why": "x"}) == "2 of them said surgery"


@pytest.mark.parametrize("typed, shown", [
    ("tubes, its a quick surgery", "About the opinions so far: Tubes, its a quick surgery"),
    ("Tubes, its a quick surgery", "About the opinions so far: Tubes, its a quick surgery"),
    ("dr. Kim said wait", "About the opinions so far: Dr. Kim said wait"),
])
def test_every_note_in_the_plan_opens_with_a_capital_and_is_otherwise_as_typed(typed, shown):
    assert shown in _plan_text({"fit_opinions": typed})


def test_a_note_kept_with_a_lowercase_start_prints_with_a_capital_in_the_plan():
    engine = prepare("compare_one_treatment", "caregiver")
    engine.respond("watch and wait, ped says she might outgrow it")
    assert engine.slots["answer_notes"]["compare_one_treatment"].startswith("watch and wait")  # as typed, where kept
    notes = engine.plan()["said"]["notes"]
    assert notes["compare_one_treatment"] == "Watch and wait, ped says she might outgrow it"


@pytest.mark.parametrize("note, state, slots, shown", [
    # a lead's walk, 2026-12-07 (a boy of 15): the picks said again were printed before the remark
    ("9 none. it just hurts alot and its swollen", "red_flags_child", {"red_flags": ["none"]}, "it just hurts alot and its swollen"),
    ("I guess and 10. also the doctor only talked to my mom not me", "signs",
     {"signs": ["major_procedure", "peace_of_mind", "not_heard"]}, "also the doctor only talked to my mom not me"),
    ("2 i guess and 10. also nobody explains", "signs", {"signs": ["major_procedure", "peace_of_mind"]}, "also nobody explains"),
])
def test_a_sentence_that_only_repeats_the_picks_is_left_out(note, state, slots, shown):
    assert named_picks(note, state, {"role": "patient", **slots}) == shown


@pytest.mark.parametrize("note, shown", [
    ("2 and 10.", '"Major surgery or a procedure was advised" and "I want peace of mind before I decide".'),  # nothing else
    ("2 and 7. he is 80", '"Major surgery or a procedure was advised" and 7. he is 80'),  # 7 was not picked: more than the picks
])
def test_a_note_that_is_only_the_picks_or_more_than_them_keeps_them(note, shown):
    assert named_picks(note, "signs", {"role": "patient", "signs": ["major_procedure", "peace_of_mind"]}) == shown


def test_the_plan_shows_the_remark_without_the_picks_said_again():
    text = _plan_text({"signs": "2 i guess and 10. also the doctor only talked to my mom not me"},
                      signs=["major_procedure", "peace_of_mind", "not_heard"])
    assert "About the signs: Also the doctor only talked to my mom not me" in text
