"""Shapes from the lead's terminal walks of 2026-12-07 (twenty-eighth session): a husband for his wife's DCIS surgery,
a man comparing two plans for his prostate cancer, a teenager typing for his grandfather's pacemaker choice. A doctor
said not to count is not counted (counting._uncounted); the plan as told leaves out the pick's number (told._unled);
a near faint told beside "none" is kept and answered (told_symptom). Wordings of our own, with look-alikes."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


@pytest.mark.parametrize("line", [
    "just the surgeon. well the gyno found it on mammo first but she doesnt count",
    "only the surgeon, not counting the GP",
    "the surgeon. the oncologist doesnt count i guess, he only did the port",
])
def test_the_doctor_said_not_to_count_is_left_out(line):
    got = reading("fit_opinions", line)
    assert got.value == "zero"  # "One: only the first doctor so far"


def test_the_walk_goes_on_as_one_opinion():
    engine = prepare("fit_opinions", "caregiver")
    engine.respond("just the surgeon. well the gyno found it on mammo first but she doesnt count")
    assert engine.slots["opinions_so_far"] == "zero" and engine.state != "fit_two_opinions"


@pytest.mark.parametrize("line", [
    "the surgeon and the gyno",                                # both counted
    "the surgeon and the gyno, she counts too",                # said to count
    "the surgeon and the gyno, she doesnt count calories lol",  # "count" of something else
])
def test_doctors_not_said_to_be_left_out_still_count(line):
    got = reading("fit_opinions", line)
    assert got.value == "one_more"  # "Two: the first doctor and one more"


def test_a_question_whether_a_doctor_counts_is_answered_not_stored():
    engine = prepare("fit_opinions", "caregiver")
    engine.respond("the surgeon and the gyno, does she count?")
    assert engine.state == "fit_opinions" and not engine.slots.get("fit_opinions")


# --- The note kept whole at a question that keeps the line: not the pick's number (told._unled) ---------------------

@pytest.mark.parametrize("state, line, note", [
    ("compare_one_treatment", "1, robotic within 2 months", "Robotic within 2 months"),
    ("compare_one_treatment", "6 months of watching, then a scan", "6 months of watching, then a scan"),  # a number of the plan
    ("compare_one_treatment", "surgery, robotic within 2 months", "surgery, robotic within 2 months"),     # the plan as told
    ("timing_tests", "1. mri next week", "Mri next week"),
])
def test_the_plan_as_told_leaves_out_the_number_picked(state, line, note):
    engine = prepare(state, "patient")
    engine.respond(line)
    assert engine.slots["answer_notes"][state] == note


# --- "none" at the danger signs, then a near faint told in texting style: kept and answered (told_symptom) ----------

def test_a_near_faint_told_beside_none_is_kept_and_answered():
    engine = prepare("red_flags", "caregiver")
    turn = engine.respond("nope hes ok rn. he did almost pass out last wk tho")
    assert engine.slots["red_flags"] == ["none"]
    assert "almost pass out" in turn.text and "call the doctor" in turn.text
    assert "almost pass out" in engine.slots["answer_notes"]["red_flags"]


def test_a_faint_said_not_to_have_happened_is_no_symptom():
    engine = prepare("red_flags", "caregiver")
    turn = engine.respond("none, he didnt pass out")
    assert engine.slots["red_flags"] == ["none"] and "You also told me" not in turn.text


# --- "because" after what the doctor wants is the doctor's reason, not the person's doubt (reason_offer) ------------

@pytest.mark.parametrize("decision", ["they want 2 put a pacemaker in him cuz his heart is slow",
                                      "doctor said chemo because the cancer spread"])
def test_the_doctors_reason_is_not_offered_as_the_doubt(decision):
    engine = prepare("decision_what", "caregiver")
    turn = engine.respond(decision)
    assert engine.state == "decision_why" and "Keep that as what makes you unsure" not in turn.text


@pytest.mark.parametrize("decision, reason", [
    ("whether to have the lumpectomy, im unsure because the biopsy report isnt clear", "The biopsy report isnt clear"),
    ("the surgeon wants to operate but im not sure because the scan is old", "The scan is old"),
])
def test_a_doubt_said_with_the_decision_is_still_offered(decision, reason):
    engine = prepare("decision_what", "patient")
    turn = engine.respond(decision)
    assert f'You said "{reason}". Keep that as what makes you unsure?' in turn.text


# --- The plan's notes: numbers and a hedge say nothing; the person's sentence after the numbers is kept -------------

@pytest.mark.parametrize("state, line, note", [
    ("signs", "2 n 10 i guess", None),                                        # picks and a hedge: no note, no echo
    ("signs_more", "1 he has copd n diabetes", "He has copd n diabetes"),
    ("signs", "1 3 n 5 his doc rushed us", "His doc rushed us"),
    ("signs", "6 months of antibiotics didnt work", "6 months of antibiotics didnt work"),  # a number of the story
])
def test_the_note_keeps_only_what_the_person_told(state, line, note):
    engine = prepare(state, "caregiver")
    turn = engine.respond(line)
    assert (engine.slots.get("answer_notes") or {}).get(state) == note
    if note is None:
        assert "I took that as" not in turn.text


def test_the_two_sign_lists_have_their_own_headings_in_the_plan():
    engine = prepare("fit", "caregiver")
    engine.slots["answer_notes"] = {"signs": "His doc rushed us", "signs_more": "He has copd n diabetes"}
    turn = None
    for line in ["keep the plan", "1, 3, 5", "skip", "ok", "none"]:
        turn = engine.respond(line)
    assert turn.state == "summary"
    text = turn.markdown.replace("\\", "")
    assert "About the signs: His doc rushed us" in text and "About other reasons: He has copd n diabetes" in text


# --- "the doctors not agree": a remark in non-native grammar beside the picks, not a part to ask about -------------

def test_doctors_not_agreeing_in_non_native_grammar_is_a_remark_beside_the_picks():
    engine = prepare("signs", "caregiver")
    turn = engine.respond("2, 8 and 10. the doctors not agree")
    assert engine.slots["signs"] == ["major_procedure", "many_options", "peace_of_mind"]
    assert "What did you mean" not in turn.text


# --- Texting "r" for "are" after a subject (dialect.py): the support told beside "none" is heard --------------------

@pytest.mark.parametrize("line", ["nah none really. my mom n me r helping him tho", "none really. my mom n me r helping him tho"])
def test_none_beside_support_told_in_texting_style_is_asked(line):
    engine = prepare("decision_sure", "caregiver")
    turn = engine.respond(line)
    assert engine.state == "decision_sure" and not engine.slots.get("decision_sure")
    assert "none" in turn.text and "choice 4" in turn.text


@pytest.mark.parametrize("line", ["the pain is on the R side", "R/O appendicitis"])
def test_r_that_is_no_verb_is_left_alone(line):
    from assistant.understanding.dialect import plainly

    assert plainly(line) is None
