"""The second user trial, still open (t3): a scope done as a test (a colonoscopy, an endoscopy) is a
procedure, not surgery, in the wording; the plan's values are unchanged. Wordings of our own."""

from __future__ import annotations

import pytest
from support import talk

from assistant.procedure_kind import scope_test

TO_SPECIALIST = ["skip", "2", "{situation}", "none", "none", "none", "none", "1", "1", "2", "continue", "none"]


def _journey(decision: str, situation: str = "1"):
    return talk(["1", decision, *[a.format(situation=situation) for a in TO_SPECIALIST]])


@pytest.mark.parametrize("decision, situation", [
    ("whether to get a colonoscopy", "1"),
    ("should mom have the endoscopy they offered", "1"),
    ("whether to do the bronchoscopy now or wait", "the lung doctor wants a bronchoscopy"),
])
def test_a_scope_test_is_a_procedure_in_the_plan(decision, situation):
    engine, turns = _journey(decision, situation)
    assert turns[-1].state == "specialist", turns[-1].text
    text = turns[-1].text
    assert "procedure_surgeon" in engine.plan()["specialist"]  # the plan object is unchanged
    assert "exact procedure often" in text and "surgeon" not in text.split("How to find")[0].lower()


@pytest.mark.parametrize("decision", ["whether to have my gallbladder out by laparoscopy", "whether to get a hysterectomy",
                                      "knee replacement or not", "whether to have the colonoscopy or the bowel surgery first"])
def test_an_operation_is_still_surgery(decision):
    _, turns = _journey(decision)
    assert "A surgeon who does this exact surgery often" in turns[-1].text


def test_the_timing_turn_speaks_of_the_procedure_for_a_scope():
    _, turns = talk(["1", "whether to get a colonoscopy", *[a.format(situation="1") for a in TO_SPECIALIST[:10]]])
    assert turns[-1].state == "timing"
    assert "operation" not in turns[-1].text and "before the procedure" in turns[-1].text


@pytest.mark.parametrize("slots, expected", [
    ({"situation": "surgery", "decision": "whether to get a colonoscopy"}, True),
    ({"situation": "surgery", "decision": "an EGD, or just more pills"}, True),
    ({"situation": "new_diagnosis", "decision": "whether to get a colonoscopy"}, False),
    ({"situation": "surgery", "decision": "a colonoscopy", "unsure_because": "they may remove part of the colon"}, False),
    ({"situation": "surgery", "decision": "arthroscopy of the knee"}, False),
])
def test_what_counts_as_a_scope_test(slots, expected):
    assert scope_test(slots) is expected


# The lead's walk through the window (2026-12-04): a heart ablation for AFib was planned with "a
# surgeon who does this exact surgery often"; it is done by catheter, by a heart rhythm doctor.
@pytest.mark.parametrize("decision", ["whether to have a heart ablation for afib", "should dad get a stent or keep the pills",
                                      "a pacemaker implant or not", "whether to get the epidural steroid injection for my back",
                                      "angioplasty or medicines"])
def test_a_procedure_done_through_a_needle_or_a_catheter_is_a_procedure_in_the_plan(decision):
    engine, turns = _journey(decision)
    assert turns[-1].state == "specialist", turns[-1].text
    assert "exact procedure often" in turns[-1].text and "surgeon" not in turns[-1].text.split("How to find")[0].lower()
    assert "procedure_surgeon" in engine.plan()["specialist"]


@pytest.mark.parametrize("decision", ["open heart surgery or a stent", "whether to have a breast implant removed",
                                      "a cochlear implant for my son", "rhinoplasty after the injury"])
def test_an_operation_named_beside_a_procedure_is_still_surgery(decision):
    _, turns = _journey(decision)
    # the operation or a stent as the two ways: a surgeon who does both (user trial 4, tests/test_both_ways.py)
    assert ("A surgeon who does both often" if " or a stent" in decision else "A surgeon who does this exact surgery often") in turns[-1].text
