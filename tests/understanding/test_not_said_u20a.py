"""Never store what was not clearly said (helper u20a, from terminal walks): easy travel beside the insurance answer,
no doctor nearby, a plan typed where the problem is asked, and "same" at the second doctor's answers. Wordings of our
own, and look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _after(state: str, line: str, role: str = "patient"):
    engine = prepare(state, role)
    turn = engine.respond(line)
    return engine, turn


# --- Have you checked your insurance? Easy travel is no "no" -------------------------------------------------

@pytest.mark.parametrize("line", ["no need to go far, we checked insurance", "we dont need to travel far. insurance is checked"])
def test_easy_travel_beside_a_checked_insurance_is_not_read_as_not_yet(line):
    engine, turn = _after("logistics", line)
    assert engine.slots.get("insurance") != "not_checked"
    assert turn.kind == "confirm" and "covered" in turn.text


@pytest.mark.parametrize("line", ["no need to go far", "we live close by"])
def test_easy_travel_alone_asks_the_insurance_question_again(line):
    engine, turn = _after("logistics", line)
    assert "insurance" not in engine.slots and engine.state == "logistics"
    assert turn.kind == "reask" and "travel is not a problem" in turn.text


@pytest.mark.parametrize("line, want", [
    ("not far, and yes it is covered", "covered"),
    ("no need to travel far, no insurance though", "no_insurance"),
    ("not yet", "not_checked"),  # look-alikes: no easy travel, their own reading
    ("yes it's covered, I checked", "covered"),
])
def test_the_insurance_answer_beside_easy_travel_is_read(line, want):
    engine, turn = _after("logistics", line)
    assert engine.slots.get("insurance") == want or (turn.kind == "confirm" and engine.pending.reading.value == want)


def test_travel_said_hard_at_insurance_keeps_the_usual_reading():
    engine, _ = _after("logistics", "no, the clinic is 3 hours away and we have not checked")
    assert engine.slots.get("insurance") in (None, "not_checked")


# --- What is the choice mostly based on? No specialist nearby -----------------------------------------------

@pytest.mark.parametrize("line", ["no specialist nearby", "there's no neurologist around here", "nobody local does this surgery",
                                  "no heart specialists near us"])
def test_no_doctor_nearby_is_hard_travel_never_none(line):
    engine, turn = _after("specialist_focus", line)
    assert engine.slots.get("focus") != ["none"]
    held = engine.slots.get("focus") or engine.pending.reading.value
    assert held == ["travel_hard"]


def test_no_doctor_nearby_beside_a_choice_keeps_both():
    engine, _ = _after("specialist_focus", "the biopsy, and there is no specialist nearby")
    assert set(engine.slots["focus"]) == {"pathology", "travel_hard"}


@pytest.mark.parametrize("line", ["no", "none of these", "no, we live in town", "not sure"])
def test_a_plain_no_is_still_none(line):
    engine, _ = _after("specialist_focus", line)
    assert engine.slots.get("focus") == ["none"]


# --- What did the doctor say the problem is? A plan is asked about -----------------------------------------

@pytest.mark.parametrize("state", ["compare_one_diagnosis", "compare_two_diagnosis"])
@pytest.mark.parametrize("line", ["surgery", "they want to operate", "chemo", "knee replacement",
                                  # (lead, walk of 2026-12-07) a plan named by its ending, its kind, a time, what comes out
                                  "He recommends robotic prostatectomy within 2 months", "remove the prostate",
                                  "radiation in 2 weeks"])
def test_a_plan_at_the_problem_question_is_asked_again(state, line):
    engine, turn = _after(state, line)
    assert engine.state == state and turn.kind == "reask"
    assert engine.slots.get(state) in (None, "Gallstones") and "plan" in turn.text


@pytest.mark.parametrize("line", ["gallstones", "a hernia, needs surgery", "breast cancer surgery", "heart failure",
                                  "They did not name it", "torn meniscus", "prostate cancer, he wants prostatectomy",
                                  "Gleason 7 prostate cancer"])
def test_a_problem_beside_or_without_a_plan_is_kept_as_typed(line):
    engine, _ = _after("compare_one_diagnosis", line)
    assert engine.slots["compare_one_diagnosis"] == line and engine.state == "compare_one_confidence"


# --- The second doctor's answers: "same" is linked to the first --------------------------------------------

@pytest.mark.parametrize("state, first", [("compare_two_treatment", "Surgery or a procedure"),
                                          ("compare_two_confidence", "Fairly sure"), ("compare_two_field", "A surgeon")])
@pytest.mark.parametrize("line", ["same", "same as the first one", "the same as the first doctor lol", "same kind"])
def test_same_alone_offers_the_first_doctors_answer(state, first, line):
    engine, turn = _after(state, line)
    assert engine.state == state and turn.kind == "confirm"
    assert first in turn.text and "first doctor" in turn.text
    engine.respond("yes")
    assert engine.slots[engine.flow.state(state).slot] == engine.slots[state.replace("_two_", "_one_")]


def test_no_to_the_first_doctors_answer_asks_again():
    engine, _ = _after("compare_two_treatment", "same")
    engine.respond("no")
    assert engine.state == "compare_two_treatment" and engine.slots.get("compare_two_treatment") != "surgery"


@pytest.mark.parametrize("line", ["same - gallstones", "Same, gallstones.", "same diagnosis"])
def test_same_at_the_problem_is_the_first_doctors_words(line):
    engine, turn = _after("compare_two_diagnosis", line)
    if turn.kind == "confirm":
        engine.respond("yes")
    assert engine.slots["compare_two_diagnosis"] == "Gallstones"


@pytest.mark.parametrize("state, line, want", [
    ("compare_two_treatment", "same surgery but later", "surgery"),  # an answer of its own: read as it was
    ("compare_two_treatment", "SAME. THE STIMULATOR.", "device"),
    ("compare_two_treatment", "wait and see", "watch"),
])
def test_same_beside_an_answer_of_its_own_keeps_that_answer(state, line, want):
    engine, _ = _after(state, line)
    assert engine.slots.get(state) == want


def test_same_with_other_words_at_the_problem_is_kept_as_typed():
    engine, _ = _after("compare_two_diagnosis", "same - gallbladder inflammation")
    assert engine.slots["compare_two_diagnosis"] == "same - gallbladder inflammation"


def test_same_at_the_first_doctors_questions_is_not_linked():
    engine, turn = _after("compare_one_treatment", "same")
    assert turn.kind == "reask" and "the same as the first doctor" not in turn.text


# --- Which best describes the situation? A finding told as the story of a surgery offered ------------------

@pytest.mark.parametrize("line", [
    "they found a cyst on her ovary and the gyno wants to operate",
    "a scan showed a big polyp, they want to remove it",
    "found a blocked artery and the cardiologist offered a bypass",
])
def test_a_finding_and_the_surgery_it_led_to_is_the_surgery(line):
    engine, _ = _after("decision_situation", line)
    assert engine.slots.get("situation") == "surgery"


@pytest.mark.parametrize("line", [
    "they found cancer in her breast and want to operate",  # a disease named: both said, asked
    "they found a lump, nobody is sure what it is yet, and they want to operate",  # a doubt about what it is
    "they found a cyst, maybe surgery or maybe wait",
    "found a mass and they want to operate, which one is it?",
])
def test_a_named_disease_or_a_doubt_beside_the_surgery_is_asked(line):
    engine, turn = _after("decision_situation", line)
    assert "situation" not in engine.slots and turn.kind in ("reask", "confirm")


# --- The procedure and a failed treatment in lay words: both said, asked -----------------------------------

@pytest.mark.parametrize("line", [
    "the shots didnt work, now they want to cut",
    "her pills wear off so fast now, so they said the stimulator",
    "the eye pressure keeps rising despite the drops, so they propose the operation",
])
def test_a_failed_treatment_and_a_procedure_offered_are_asked(line):
    engine, turn = _after("decision_situation", line)
    assert "situation" not in engine.slots and turn.kind in ("reask", "confirm")


@pytest.mark.parametrize("line, want", [
    ("hernia. they wanna cut.", "surgery"),
    ("grommets, the ENT offered them", "surgery"),
    ("her pills wear off by lunchtime", "treatment_failure"),
])
def test_each_said_alone_is_its_choice(line, want):
    engine, turn = _after("decision_situation", line)
    assert engine.slots.get("situation") == want or (turn.kind == "confirm" and engine.pending.reading.value == want)


def test_a_type_not_said_beside_the_offer_is_asked():
    engine, turn = _after("decision_situation", "they want to cut it out but ain't said what type it is")
    assert "situation" not in engine.slots


# --- Is any of this true? "Redo" said of the biopsy ----------------------------------------------------------

@pytest.mark.parametrize("line", ["the biopsy was not clear, doctor asked to repeat it", "Biopsy unclear. They want it redone."])
def test_a_redo_of_the_biopsy_is_no_scan(line):
    engine, _ = _after("compare_context", line)
    assert engine.slots["compare_context"] == ["biopsy"]


@pytest.mark.parametrize("line, want", [
    ("the mri was unclear, they want to redo it", ["scans"]),
    ("the biopsy was unclear and they want to repeat the scan", ["biopsy", "scans"]),  # the scan named: both kept
    ("biopsy, CT", ["biopsy", "scans"]),
])
def test_a_scan_named_keeps_the_scan(line, want):
    engine, _ = _after("compare_context", line)
    assert sorted(engine.slots["compare_context"]) == want


# --- The type said to be known is not "a new diagnosis whose exact type is not clear" --------------------------

def test_a_new_diagnosis_whose_type_is_known_is_asked():
    engine, turn = _after("decision_situation", "new diagnosis of breast cancer, but the type is known: HER2 positive")
    assert "situation" not in engine.slots and turn.kind == "reask" and "type is known" in turn.text


def test_the_type_known_beside_a_surgery_offered_is_the_surgery():
    engine, _ = _after("decision_situation", "the diagnosis is new but the type is clear, and they offered an operation")
    assert engine.slots.get("situation") == "surgery"


@pytest.mark.parametrize("line", ["just found out its lymphoma but they dont know what type yet",
                                  "they found a tumor, waiting on the biopsy to know what kind"])
def test_the_type_not_yet_known_is_still_a_new_diagnosis(line):
    engine, turn = _after("decision_situation", line)
    assert engine.slots.get("situation") == "new_diagnosis" or (turn.kind == "confirm" and engine.pending.reading.value == "new_diagnosis")


def test_a_finding_now_after_a_long_time_is_asked():
    engine, _ = _after("decision_situation", "pain in my side for years, now they find a stone")
    assert "situation" not in engine.slots
