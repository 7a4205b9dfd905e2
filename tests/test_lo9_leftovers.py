"""Leftovers a user meets in the plan and the checks (helper lo9), through the real engine, in people's words."""

from __future__ import annotations

import pytest

from assistant import rules
from assistant.engine import Engine


def _who_to_see(decision: str, situation: str = "1", focus: str = "3", at_who: str | None = None,
                start: str = "1") -> tuple[Engine, str]:
    """Through the flow to the "Who to see" turn; `at_who`: a line typed there."""
    engine = Engine()
    engine.start()
    for line in [start, decision, "the surgeon did not talk about other options", "2", situation, "understand", "none",
                 "2, 8", "3", "1", "1", "no", "", focus]:
        turn = engine.respond(line)
    assert turn.state == "specialist", (turn.state, turn.text)
    if at_who is not None:
        turn = engine.respond(at_who)
        assert turn.state == "specialist", turn.text
    return engine, turn.text


def _lines(text: str) -> list[str]:
    part = text.split("Who to see:", 1)[1].split("\n\n", 1)[0]
    return [line[2:] for line in part.strip().splitlines() if line.startswith("- ")]


# --- item 1: the doctor for the condition named ---------------------------------------------------
def test_breast_cancer_surgery_names_the_breast_cancer_doctor_the_seeds_name():
    _, text = _who_to_see("whether to have a lumpectomy or a mastectomy for my breast cancer")
    lines = _lines(text)
    assert any("breast oncologist" in line for line in lines), lines
    assert any("surgeon" in line for line in lines)
    assert "A doctor who treats this exact problem often" not in lines


def test_a_diabetic_foot_names_a_doctor_for_diabetic_foot_problems():
    _, text = _who_to_see("whether to let them amputate my toe, i have a diabetic foot ulcer", situation="4")
    assert "A doctor who treats diabetic foot problems often" in _lines(text)


@pytest.mark.parametrize("decision, about", [
    ("whether to start chemo for my lymphoma", "this kind of cancer"),
    ("which medicine to take for my lupus", "this autoimmune illness"),
    ("whether to change my epilepsy medicine", "this brain or nerve illness"),
])
def test_a_condition_with_subtypes_gets_a_doctor_who_treats_it_often(decision, about):
    plan = rules.build_plan({"decision": decision, "situation": "straightforward"}, {})
    assert "subspecialist" in plan["specialist"]
    assert plan["specialist_for"] == f"A doctor who treats {about} often"


def test_for_a_child_the_condition_doctor_is_a_childrens_doctor():
    plan = rules.build_plan({"decision": "whether my son should start insulin for his diabetes", "situation": "chronic",
                             "age_band": "child"}, {})
    assert plan["specialist_for"] == "A children's doctor who treats diabetes in children often"
    assert "pediatric_subspecialist" in plan["specialist"]


def test_no_condition_named_keeps_the_general_kinds():
    plan = rules.build_plan({"decision": "whether to have knee surgery", "situation": "surgery"}, {})
    assert plan["specialist"] == ["procedure_surgeon"] and plan["specialist_for"] is None


def test_the_words_must_stand_alone_a_condition_inside_another_word_is_none():
    plan = rules.build_plan({"decision": "whether to have my cancerous-looking mole checked... no, a wart", "situation": "other"}, {})
    assert plan["specialist_for"] is None


def test_a_plan_with_no_second_opinion_names_no_doctor_even_with_a_condition():
    plan = rules.build_plan({"decision": "whether to treat my breast cancer", "fit_choice": "keep_plan"}, {})
    assert plan["specialist"] == [] and plan["specialist_for"] is None


# --- item 3: one doctor kind on one line, the most specific kept ----------------------------------
def test_a_surgeon_asked_for_leaves_out_the_plans_general_surgeon_line():
    _, text = _who_to_see("whether to have a lumpectomy or a mastectomy for my breast cancer",
                          at_who="i would like a breast surgeon")
    lines = _lines(text)
    assert sum("surgeon" in line.lower() for line in lines) == 1, lines
    assert any("a breast surgeon" in line for line in lines)
    assert any("breast oncologist" in line for line in lines)


def test_a_specialist_asked_for_the_condition_leaves_out_the_condition_line():
    _, text = _who_to_see("whether to have a hysterectomy for my endometriosis", at_who="i want an endometriosis specialist")
    lines = _lines(text)
    assert sum("endometriosis" in line for line in lines) == 1, lines


def test_a_less_specific_asked_doctor_keeps_the_more_specific_plan_line():
    slots = {"decision": "whether to have surgery for my breast cancer", "situation": "new_diagnosis",
             "specialist_asked": ["an oncologist"]}
    plan = rules.build_plan(slots, {})
    assert "breast oncologist" in plan["specialist_for"]


def test_an_asked_radiologist_is_not_taken_for_the_condition_doctor():
    slots = {"decision": "whether to treat my lupus", "situation": "new_diagnosis", "focus": ["imaging"],
             "specialist_asked": ["a radiologist"]}
    kinds = rules.specialists(slots)
    assert "subspecialist" in kinds and "radiology_overread" not in kinds
