"""Found in a second user trial (2026-12-04, plain mode, six people played through), each said
several ways, in wording of our own.

1. an answer, then a question of its own: the answer kept, the question answered or listed;
2. 'skip' at a question with choices: "Not sure" where there is one, else how to go on;
3. "none" beside a known, usual state at the safety list is none (a change is still asked);
4. fear of asking is not a yes; 11. the confirmation names the choice as the caregiver picks it;
5. what was told at the signs in own words is kept for the plan;
6. a doctor who only referred the case on is not counted as an opinion;
13. "what does that mean", "what is a nurse navigator", "is it dangerous to wait": helpful replies.
(7-10 and 12, in the plan and the templates: tests/test_user_trial_plan.py.)
"""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import pick, picks, reading


# --- 1. an answer, then a question -------------------------------------------------------------
@pytest.mark.parametrize("line, want", [
    ("the scans and the biopsy. do i need the actual slides?", {"imaging", "pathology"}),
    ("Lab results and the MRI. Should we bring the CDs too?", {"labs", "imaging"}),
    ("discharge papers, blood tests. will the new doctor want the pathology too?", {"discharge_summaries", "labs"}),
])
def test_an_answer_then_a_question_keeps_the_answer(line, want):
    result = reading("records", line)
    assert result.sure and set(result.value) == want and not result.asked


@pytest.mark.parametrize("line", [
    "scans. is that enough?",  # asks about what was just named
    "the biopsy. does it count?",
    "do i need the slides?",  # a question alone
])
def test_a_question_about_the_answer_or_alone_stays_a_question(line):
    assert reading("records", line).asked


def test_a_doubt_before_a_question_is_not_an_answer():
    assert reading("decision_when", "depends on the scan. can you tell me how long?").asked


def test_the_engine_stores_the_answer_and_lists_the_question():
    engine = prepare("records", "caregiver")
    turn = engine.respond("the scans and the biopsy. do i need the actual slides?")
    assert engine.slots["records_exist"] == ["imaging", "pathology"]
    assert engine.slots["questions_added"] == ["Do i need the actual slides?"]
    assert turn.state != "records" and "I kept" in turn.text and "added it to your questions" in turn.text


def test_a_question_the_guides_answer_is_answered_not_listed():
    engine = prepare("records", "patient")
    turn = engine.respond("MRI and blood work. how do i get copies?")
    assert engine.slots["records_exist"] == ["imaging", "labs"]
    assert "patient portal" in turn.text and not engine.slots.get("questions_added")


# --- 2. skip ------------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["skip", "Skip.", "skip this one", "pass", "can we skip this?"])
def test_skip_where_there_is_a_not_sure_choice_is_not_sure(line):
    assert picks("records", line) == {"not_sure"}
    assert pick("decision_when", line) == "not_sure"


def test_skip_is_said_back():
    turn = prepare("records", "patient").respond("skip")
    assert 'I took that as "Not sure"' in turn.text


@pytest.mark.parametrize("state", ["signs", "fit", "questions", "logistics"])
def test_skip_elsewhere_says_how_to_go_on_and_stores_nothing(state):
    engine = prepare(state, "patient")
    turn = engine.respond("skip")
    assert turn.kind == "reply" and turn.state == state and "I need this one for your plan" in turn.text


def test_skip_at_the_safety_list_is_never_none():
    engine = prepare("red_flags", "patient")
    turn = engine.respond("skip")
    assert turn.kind == "reply" and "red_flags" not in engine.slots and "cannot be skipped" in turn.text


def test_skip_at_the_urgent_turn_is_not_an_answer():
    engine = prepare("urgent_care", "patient")
    turn = engine.respond("skip")
    assert turn.state == "urgent_care" and "urgent_status" not in engine.slots


# --- 3. none beside a usual state -----------------------------------------------------------------
@pytest.mark.parametrize("state", ["red_flags", "red_flags_child"])
@pytest.mark.parametrize("line", [
    "none, he is confused as usual",
    "no. she's always muddled and confused, nothing new",
    "none of those, his confusion is the same as always",
    "nothing, she has copd",
])
def test_none_beside_a_usual_state_is_none(state, line):
    assert picks(state, line) == {"none"}


@pytest.mark.parametrize("line", [
    "none, confused as usual but worse today",
    "none, she is suddenly confused as usual",
    "none, confused like always since this morning",
])
def test_none_beside_a_change_is_asked(line):
    assert picks("red_flags", line) is None


@pytest.mark.parametrize("line", ["6, confused as usual but new since today", "6 - her usual confusion, but worse tonight"])
def test_the_none_number_beside_a_change_is_asked_too(line):
    result = reading("red_flags", line)
    assert not result.sure and result.value == ["stroke"]  # "You typed 'none', and also words that fit choice 1"


def test_none_now_beside_a_past_sign_is_still_none():
    assert picks("red_flags", "none right now, he had a stroke years ago") == {"none"}


def test_screening_still_runs_first_on_a_new_sign_beside_none():
    turn = prepare("red_flags", "caregiver").respond("none, but he is confused since this morning")
    assert turn.urgent


# --- 4 and 11. fear of asking ---------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "scared she'll be upset if i ask",
    "honestly im nervous he would be hurt if we asked",
    "i want to ask but im afraid",
])
def test_fear_of_asking_is_never_taken_as_asking(line):
    result = reading("logistics_ask", line)
    assert result.value == "not_yet"


@pytest.mark.parametrize("line", ["i will ask even if im scared", "a bit scared, but i will ask her", "yes, though im worried how he takes it"])
def test_fear_with_a_firm_will_is_still_asking(line):
    assert pick("logistics_ask", line) == "will_ask"


def test_the_confirmation_is_worded_for_the_caregiver():
    engine = prepare("logistics_ask", "caregiver")
    turn = engine.respond("scared she'll be upset if i ask")
    assert turn.kind == "confirm" and "Did you mean *I am not ready to tell" in turn.markdown
    assert "tell my doctor" not in turn.text and "Most doctors support" not in turn.text.replace("most doctors support", "")
    assert engine.respond("yes").state == "questions" and engine.slots["tell_doctor"] == "not_yet"


def test_the_confirmation_is_worded_for_the_patient():
    turn = prepare("logistics_ask", "patient").respond("afraid to upset her if i ask")
    assert "I am not ready to tell my doctor" in turn.text


# --- 5. what was told at the signs ------------------------------------------------------------
def test_what_was_told_at_the_signs_is_kept_across_a_partial_answer():
    engine = prepare("signs_more", "caregiver")
    engine.respond("heart failure and diabetes, medicare")
    engine.respond("that's all")
    assert engine.slots["signs_more"] == ["comorbidities"]
    assert engine.plan()["said"]["notes"]["signs_more"] == "Heart failure and diabetes, medicare"


@pytest.mark.parametrize("line", ["1", "several other health problems", "none"])
def test_numbers_and_a_choices_own_words_are_not_kept(line):
    engine = prepare("signs_more", "patient")
    engine.respond(line)
    assert "signs_more" not in engine.plan()["said"]["notes"]


# --- 6. a referral is not an opinion -------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "pediatrician sent us to the cardiologist",
    "our GP referred him to a surgeon",
    "the family doctor referred me on to a neurologist",
    "our pediatrician sent us to the cardiologist, so just the cardiologist",  # the same one named again
])
def test_a_doctor_who_only_referred_is_not_counted(line):
    assert pick("fit_opinions", line) == "zero"


@pytest.mark.parametrize("line", [
    "the gp and the surgeon both said operate",
    "my gp referred me to a surgeon and then I saw another surgeon",
    "my surgeon and the surgeon at mayo",  # the same word, another person
    "a surgeon, then another surgeon",
])
def test_doctors_who_gave_views_are_still_counted(line):
    result = reading("fit_opinions", line)
    assert result.value == "one_more"


# --- 13. questions people ask -------------------------------------------------------------------
@pytest.mark.parametrize("line", ["whats a nurse navigator?", "what is a patient advocate", "who are care managers?"])
def test_what_a_navigator_is(line):
    turn = prepare("fit_alternatives", "patient").respond(line)
    assert turn.kind == "reply" and "helps you find your way" in turn.text


@pytest.mark.parametrize("state", ["fit", "records", "fit_alternatives"])
@pytest.mark.parametrize("line", ["is it dangerous to wait", "is it safe to wait a month?", "what if we wait and see"])
def test_is_it_dangerous_to_wait(state, line):
    engine = prepare(state, "patient")
    turn = engine.respond(line)
    assert turn.kind == "reply" and "Those need care now" in turn.text
    assert engine.slots["questions_added"] == ["Is it safe to wait? What happens if we wait two weeks? Two months?"]


@pytest.mark.parametrize("line", ["what does that mean", "what does this mean?", "can you explain"])
def test_what_does_that_mean_says_the_point_of_the_question(line):
    turn = prepare("records", "patient").respond(line)
    assert turn.kind == "reply" and "Here is the idea: Without records" in turn.text
