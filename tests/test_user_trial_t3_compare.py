"""The second user trial, still open (t3): on the compare path, what was said is kept.

A plan told with two options and then picked ("surgery or wait and see", then 1) keeps the words; a
diagnosis told at the kind-of-doctor question ("the urologist, he said stage 2") is shown at the
next question and kept with "same"; a scan never done ("never ordered an MRI") is a scan missing.
Wordings of our own."""

from __future__ import annotations

import pytest
from support import talk

START = ["3", "2", "for me", "whether to have surgery for my kidney stone"]


@pytest.mark.parametrize("plan", ["surgery or wait and see", "an operation, or we could watch it", "watch it or operate, up to me"])
def test_a_plan_told_with_two_options_keeps_the_words_after_the_pick(plan):
    engine, turns = talk([*START, "1", "a big stone", "2", plan])
    assert "fits more than one answer" in turns[-1].text
    engine, turns = talk([*START, "1", "a big stone", "2", plan, "1"])
    assert engine.slots["answer_notes"]["compare_one_treatment"] == plan


def test_a_line_typed_wrongly_before_the_plan_is_not_kept_as_it():
    engine, _ = talk([*START, "1", "a big stone", "2", "what", "1"])
    assert "compare_one_treatment" not in (engine.slots.get("answer_notes") or {})


@pytest.mark.parametrize("field, said", [
    ("the urologist, he said stage 2", "stage 2"),
    ("a surgeon. she said its a slipped disc", "a slipped disc"),
    ("my GP, the doctor thinks it is gallstones", "gallstones"),
])
def test_a_diagnosis_told_at_the_doctor_question_is_offered_and_kept(field, said):
    _, turns = talk([*START, field])
    pick = ["1"] if turns[-1].state == "compare_one_field" else []  # a kind of doctor that fits two choices is asked first
    _, turns = talk([*START, field, *pick])
    assert turns[-1].state == "compare_one_diagnosis" and f'"{said}"' in turns[-1].text
    engine, _ = talk([*START, field, *pick, "same"])
    assert engine.slots["compare_one_diagnosis"] == said


def test_more_typed_at_the_diagnosis_question_replaces_what_was_told():
    engine, _ = talk([*START, "the urologist, he said stage 2", "1", "prostate cancer, stage 2, gleason 7"])
    assert engine.slots["compare_one_diagnosis"] == "prostate cancer, stage 2, gleason 7"


def test_a_scan_never_done_is_a_scan_missing():
    from understanding.reading_support import picks

    for line in ("the urologist never ordered an MRI", "no MRI was done", "the first doctor didnt order any scans"):
        assert picks("compare_context", line) == {"scans"}
    assert picks("compare_context", "no scans were unclear") is None


def test_no_offer_without_something_said():
    _, turns = talk([*START, "1"])
    assert "You said the doctor told you" not in turns[-1].text


@pytest.mark.parametrize("field", ["the urologist, he said stage 2", "i want an endometriosis specialist, she said its stage 2"])
def test_what_a_line_tells_beside_its_answer_is_saved_once(field):
    """The diagnosis told at the doctor question, and a kind of doctor asked for, are each saved
    as one slot record, whatever way the line is then read (an answer, or asked about)."""
    from assistant.engine import Engine

    events: list[dict] = []
    talk([*START, field, "1"], Engine(listener=events.append))
    slots = [e["name"] for e in events if e["type"] == "slot" and e["name"] in ("compare_one_said", "specialist_asked")]
    assert slots and len(slots) == len(set(slots)), slots
