"""Answers that should be asked about, never stored (helper u24a): two choices joined by "or" at a pick-one question
(either_or.py), one person named beside a second opinion had already at the welcome, a remembered answer doubted at
once ("or was that..."), and the person's own doubt beside someone else's answer (never_silent.yaml). Each with the
clear answers of the same question, which keep their reading at once (no new re-asks)."""

from __future__ import annotations

import pytest

from assistant.understanding import SURE, UNCLEAR
from benchmarks.understanding import prepare

from .reading_support import pick, picks, reading, stored


def _asked(state, line):
    """The engine stores nothing, stays at the question, and says something back (a re-ask or the two choices)."""
    e = prepare(state, "caregiver" if state != "welcome" else None)
    slot = e.flow.state(state).slot
    before = e.slots.get(slot)
    turn = e.respond(line)
    return e.state == state and e.slots.get(slot) == before and turn.kind in ("reask", "confirm") and turn.text


# --- two choices joined by "or" (either_or.py) ---

@pytest.mark.parametrize("state, line, both", [
    ("decision_when", "she said soon, like days? or maybe weeks, no real date", {"days", "weeks"}),
    ("decision_when", "within days or weeks", {"days", "weeks"}),
    ("compare_who", "me?? or my husband, he helps me with everything", {"patient", "caregiver"}),
    ("fit_decision_point", "Yes, when the surgeon calls. Or never, honestly.", {"yes", "no"}),
])
def test_two_choices_joined_by_or_are_both_offered_and_nothing_is_stored(state, line, both):
    got = reading(state, line)
    assert got.certainty == UNCLEAR and got.value is None and set(got.options) == both
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, want", [
    ("decision_when", "in 2 or 3 weeks", "weeks"),
    ("decision_when", "2 months or so", "months"),
    ("decision_when", "within days", "days"),
    ("decision_when", "no date, whether or not it grows", "no_deadline"),
    ("compare_who", "me", "patient"),
    ("compare_who", "my husband, I help him", "caregiver"),
    ("fit_decision_point", "yes, after the scan", "yes"),
    ("fit_decision_point", "no", "no"),
    ("welcome_age", "he is 11", "child"),
])
def test_a_clear_answer_with_or_without_a_second_choice_keeps_its_reading(state, line, want):
    assert pick(state, line) == want


def test_an_or_inside_a_question_asked_is_not_two_answers():
    got = reading("welcome_age", "he's 11, wait is 12 a child or a teen for you")
    assert not got.options  # a question about the list, not two answers offered


# --- one person named beside a second opinion had already, at the welcome (never_silent.yaml `near`) ---

@pytest.mark.parametrize("line", [
    "for myself, though I already saw 2 cardiologists",
    "My mother. We have also had a second surgeon look at it",
    "it's me but i alredy went to two different ENTs",
    "for my son, we already got another doctor's view too",
])
def test_a_person_named_beside_a_second_opinion_had_already_is_asked(line):
    got = reading("welcome", line)
    assert got.certainty == UNCLEAR and got.value is None
    assert _asked("welcome", line)


@pytest.mark.parametrize("line, want", [
    ("for me", "patient"), ("it's for my dad", "caregiver"), ("it's me, the patient", "patient"),
    ("for my mother, she is 80 and I also live with her", "caregiver"),
    ("I already saw two surgeons and they disagree, I want to compare", "compare"),
])
def test_a_welcome_answer_without_a_second_opinion_had_keeps_its_reading(line, want):
    got = reading("welcome", line)
    assert got.certainty == SURE and got.value == want


# --- a remembered answer doubted at once (never_silent.yaml `anywhere`) ---

@pytest.mark.parametrize("state, line", [
    ("decision_when", "weeks. or was it months? I'd need my notes"),
    ("decision_when", "he said 'soon' or it might have been 'this month', I cannot be certain"),
    ("records", "I have the CT I think, or was that my sister's scan"),
    ("compare_context", "the first one hadn't seen the MRI, or maybe it was the CT, no idea"),
])
def test_a_remembered_answer_doubted_at_once_is_asked(state, line):
    assert not stored(reading(state, line))  # asked or offered back (a list keeps what was clear and asks about the rest)


@pytest.mark.parametrize("state, line, want", [
    ("decision_when", "within a few weeks", "weeks"),
    ("decision_when", "in a few months", "months"),
])
def test_a_remembered_answer_said_plainly_keeps_its_reading(state, line, want):
    assert pick(state, line) == want


def test_a_remembered_list_said_plainly_keeps_its_reading():
    assert picks("records", "the CT and the discharge papers") == {"imaging", "discharge_summaries"}


def test_a_doubted_memory_at_the_danger_signs_is_left_to_the_safety_rules():
    e = prepare("red_flags", "patient")
    e.respond("chest pain right now, or was it yesterday, it is bad")
    assert e.state in (e.flow.urgent_state, e.flow.check_state)


# --- the person's own doubt beside someone else's answer ---

@pytest.mark.parametrize("state, line", [
    ("summary_sure", "he says he's sure now. me idk"),
    ("summary_sure", "mum: sure. me: not so much"),
    ("compare_values", "my husband wants it gone whatever it takes. I am less sure."),
])
def test_the_person_s_own_doubt_beside_someone_else_s_answer_is_asked(state, line):
    got = reading(state, line)
    assert got.certainty != SURE or got.value is None
    assert _asked(state, line)


@pytest.mark.parametrize("state, line", [("summary_sure", "sure"), ("summary_sure", "she says she is sure and so am I")])
def test_a_shared_answer_keeps_its_reading(state, line):
    got = reading(state, line)
    assert got.certainty == SURE and got.value is not None


def test_already_spelt_by_ear_is_heard_at_the_welcome_and_still_read_elsewhere():
    got = reading("welcome", "its for me but i allredy saw two surgeons")
    assert got.certainty == UNCLEAR and got.value is None
    assert pick("logistics_ask", "i tole him allredy") == "already"  # the spelling is in no word file (sounded.py)
