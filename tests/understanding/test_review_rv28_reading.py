"""The second review of the twenty-eighth session (rv28), the reading side: a need said beside "no interpreter for me"
keeps the interpreter advice; "my MIL surgery" is someone else's; a share of something else is not a doubt about being
sure; texting "r" before a mark."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


@pytest.mark.parametrize("line", ["no need for an interpreter for me but my husband is hard of hearing and speaks only arabic",
                                  "we dont need a spanish interpreter, my dad is deaf"])
def test_a_need_told_beside_no_interpreter_keeps_the_advice(line):
    turn = prepare("logistics", "caregiver").respond(line)
    assert "interpreter" in turn.text and "Noted: no interpreter needed" not in turn.text


def test_no_interpreter_alone_is_still_noted():
    assert "Noted: no interpreter needed" in prepare("logistics", "patient").respond("we dont need an interpreter").text


@pytest.mark.parametrize("line", ["two opinions on my MIL surgery and they disagree", "2 opinions about my bf cancer, they dont agree"])
def test_someone_elses_matter_said_short_is_not_mine(line):
    engine = prepare("welcome", None)
    engine.respond(line)
    assert engine.slots.get("compare_for") != "patient"


def test_my_own_cancer_named_by_its_organ_is_still_mine():
    engine = prepare("welcome", None)
    engine.respond("I have two opinions already for my prostate cancer and they do not agree")
    assert engine.slots.get("compare_for") == "patient"


def test_a_share_of_success_is_no_doubt_about_being_sure():
    assert "sure" in reading("decision_sure", "2, 3 and im confident in the 80% success rate").value


@pytest.mark.parametrize("line, plain", [("we r, mostly", "we are, mostly"), ("me r.", "me are.")])
def test_texting_r_before_a_mark_is_are(line, plain):
    from assistant.understanding.dialect import plainly

    assert plainly(line) == plain
