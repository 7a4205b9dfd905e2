"""Shapes from the lead's terminal walk of 2026-12-07 (thirty-first session): a wife of 70, Greek-born, writing in a
learner's English for her husband offered lung surgery, while a cousin (a doctor, by phone) says chemotherapy first;
then the comparison of the two. Wordings of our own, each with look-alikes that must not change."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare
from support import talk

from .reading_support import reading

_TO_OPINIONS = ["is for my husband Yannis, he have lung cancer, the doctor say operation but other doctor in family say chemo first",
                "no. whether to have the operation or chemo first", "skip", "2", "1", "none", "none", "1, 2, 8", "1"]


def _at_the_count_check():
    engine, turns = talk(_TO_OPINIONS)
    assert engine.state == "fit_opinions" and turns[-1].kind == "confirm" and "Did you mean Two" in turns[-1].text
    return engine


# --- "yes but ..." at a Yes/No check of a choice: the offer taken, the remark kept ------------------------------------

@pytest.mark.parametrize("line, note", [
    ("yes but cousin only by phone, he not see the scans", "Cousin only by phone, he not see the scans"),
    ("yeah, my cousin just on the phone", "My cousin just on the phone"),
])
def test_a_yes_with_a_remark_takes_the_offered_count_and_keeps_the_remark(line, note):
    engine = _at_the_count_check()
    turn = engine.respond(line)
    assert "Sorry, I did not understand" not in turn.text
    assert engine.state == "fit_two_opinions" and engine.slots["opinions_so_far"] == "one_more"
    assert engine.slots["answer_notes"]["fit_opinions"] == note


@pytest.mark.parametrize("line", [
    "yes but not sure he counts",     # a doubt: never taken as a plain yes
    "yes but maybe three",            # a hedge
    "yes wait, no, three of them",    # a correction
])
def test_a_yes_that_doubts_or_corrects_is_not_taken_as_the_offer(line):
    engine = _at_the_count_check()
    engine.respond(line)
    assert engine.slots.get("opinions_so_far") != "one_more" or engine.state == "fit_opinions"


def test_a_yes_with_another_count_is_read_as_that_count():
    engine = _at_the_count_check()
    engine.respond("yes, 3 of them")
    assert engine.slots.get("opinions_so_far") != "one_more"


# --- a closing "this we dont know" is no part of the decision ---------------------------------------------------------

@pytest.mark.parametrize("line, kept", [
    ("no. operation or chemo first, this we dont know", "operation or chemo first"),
    ("no. whether to have surgery, we dont know", "whether to have surgery"),
    ("no. which is better for him that we do not know", "which is better for him"),
])
def test_a_closing_we_dont_know_is_cut_from_the_decision(line, kept):
    engine, turns = talk([_TO_OPINIONS[0], line])
    assert engine.slots["decision"] == kept
    assert f"Got it: {kept}." in turns[-1].text


def test_a_doubt_that_goes_on_stays_in_the_decision():
    engine, _ = talk([_TO_OPINIONS[0], "no. whether to operate now, we dont know if it spread"])
    assert engine.slots["decision"] == "whether to operate now, we dont know if it spread"


# --- "but only phone" tells how, not a condition ---------------------------------------------------------------------

def test_a_doctor_heard_only_by_phone_is_still_that_kind_of_doctor():
    got = reading("compare_two_field", "my cousin, he is oncologist in Greece, but only phone")
    assert got.value == "specialist" and got.certainty == "sure"


@pytest.mark.parametrize("line", ["the oncologist, but only if the scan is clear", "a surgeon, but only for a second look"])
def test_a_kind_of_doctor_under_a_condition_is_offered_back(line):
    assert reading("compare_two_field", line).certainty != "sure"


# --- "not see all" in a learner's English: a doctor without all the records ---------------------------------------------

@pytest.mark.parametrize("line, picks", [
    ("cousin not see all, only what i tell him on phone. and he want PET", {"records", "scans"}),
    ("he not see all, only what i tell him", {"records"}),
    ("the second doctor only by phone", {"records"}),
])
def test_a_doctor_who_did_not_see_everything_is_the_records_choice(line, picks):
    got = reading("compare_context", line)
    assert got.certainty == "sure" and set(got.value) == picks


def test_a_doctor_who_saw_everything_is_not_the_records_choice():
    assert reading("compare_context", "no, he see everything").value == ["none"]


# --- two plans told, no choice named, after two opinions: compare now or a third, never "they agree" -------------------

@pytest.mark.parametrize("line", [
    "the cousin say chemo first to make small the tumor, surgeon say operate now",
    "surgeon wants to operate but the oncologist recommends radiation",
])
def test_two_plans_told_offer_compare_or_a_third(line):
    engine = prepare("fit_two_opinions", "caregiver")
    turn = engine.respond(line)
    assert engine.state == "fit_two_opinions" and "fit_two_opinions" not in engine.slots
    assert "I understood that the two do not agree." in turn.text
    assert '"Compare the two opinions now" or "Plan a third opinion"' in turn.text


@pytest.mark.parametrize("line", [
    "surgeon says operate, and the oncologist said the same",
    "the first said surgery, the second said surgery too, so go with it",
])
def test_two_doctors_told_saying_the_same_are_not_read_as_differing(line):
    turn = prepare("fit_two_opinions", "caregiver").respond(line)
    assert "do not agree" not in turn.text


# --- a teen of 17 in the window: "the ortho says i need acl surgery" offered as the decision ---------------------------

@pytest.mark.parametrize("line, decision", [
    ("me. im 17 and the ortho says i need acl surgery before soccer season lol", "Whether to have the acl surgery"),
    ("for my mom, she needs hip surgery but shes scared", "Whether to have the hip surgery"),
    ("me. the surgeon said i need a knee replacement", "Whether to have the knee replacement"),
])
def test_a_surgery_said_to_be_needed_is_offered_as_the_decision(line, decision):
    engine = prepare("welcome", None)
    turn = engine.respond(line)
    assert engine.state == "decision_what" and turn.kind == "confirm"
    assert f'"{decision}". Is that the decision?' in turn.text


@pytest.mark.parametrize("line", ["me, i need answers about my knee", "me. i need a second opinion on the surgery"])
def test_a_need_that_is_no_treatment_is_not_offered(line):
    engine = prepare("welcome", None)
    turn = engine.respond(line)
    assert "Is that the decision?" not in turn.text


def test_a_teen_typing_for_themselves_is_told_the_signs_are_for_children_and_teens():
    _, turns = talk(["me. im 17 and the ortho says i need acl surgery before soccer season lol", "yes", "skip", "2", "1", "2, 4"])
    assert turns[-1].state == "red_flags_child"
    assert "These are the danger signs for children and teens." in turns[-1].text


def test_a_child_s_parent_is_told_the_signs_are_for_a_child():
    _, turns = talk(["for my son, hes 6", "whether to have his tonsils out", "skip", "2", "1", "2, 4"])
    assert turns[-1].state == "red_flags_child" and "These are the danger signs for a child." in turns[-1].text


# --- a word about the doctor's anger at "Will you tell the doctor?" ------------------------------------------------------
# ("kinda scared he'll be mad tbh" was to be read as not ready; the words "hell"/"shell" put in the lexicon for "he'll" and
# "she'll" changed how other answers were spelt by sound (test_user_trial_two), so it is left asked, as before.)

@pytest.mark.parametrize("line, value", [("I will ask, he wont be mad", "will_ask"), ("i told him, he didnt get mad", "already"),
                                         ("its awkward but ill ask", "will_ask")])
def test_telling_the_doctor_with_a_word_about_anger_is_still_read(line, value):
    assert reading("logistics_ask", line).value == value


# --- "idk if thats the same" beside picks at "Where do the two opinions differ?": a doubt, never "they agree" ------------

@pytest.mark.parametrize("line", [
    "the plan obviously. maybe the stage? one says contained one says intermediate risk, idk if thats the same",
    "the plan, and maybe the stage, idk if thats the same",
])
def test_a_doubt_about_sameness_keeps_the_plan_and_asks_about_the_stage(line):
    got = reading("compare_differs", line)
    assert got.value == ["treatment"] and "stage" in got.unclear
    assert "none" not in got.message


@pytest.mark.parametrize("line", ["same", "they say the same thing"])
def test_the_same_said_plainly_is_still_they_agree(line):
    assert reading("compare_differs", line).value == ["none"]


# --- a welcome line telling two opinions that differ is the compare path, for the person named --------------------------

def test_two_doctors_who_said_different_things_take_the_compare_path_for_dad():
    engine = prepare("welcome", None)
    engine.respond("we already saw 2 urologists for my dad's prostate cancer and they said totally different things")
    assert engine.state == "compare_first" and engine.slots["role"] == "compare"


def test_one_different_doctor_is_not_the_compare_path():
    engine = prepare("welcome", None)
    engine.respond("my dad, he saw a different doctor last year")
    assert engine.slots["role"] == "caregiver"


def test_covered_but_only_in_network_is_still_a_condition():
    assert reading("logistics", "checked: it's covered but only in-network, and the center I want is out of network").certainty != "sure"


@pytest.mark.parametrize("line", ["will the doctor get mad", "will she be upset tho"])
def test_a_question_about_the_doctor_s_anger_is_answered_not_stored(line):
    got = reading("logistics_ask", line)
    assert got.value is None and got.asked
