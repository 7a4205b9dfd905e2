"""The second plain-mode user trial (issue 11, t2): what a reader got wrong, in wordings of our own."""

from __future__ import annotations

import pytest
from .reading_support import FLOW, pick, picks, reading


@pytest.mark.parametrize("line", [
    "prostate cancer, gleason 4+3, psa 9",
    "the biopsy said score 3+4",
    "his gleason was 3 4 i think",
    "kidney cancer, stage 1 grade 2/3",
    "a 3+3 on the biopsy, low grade",
])
def test_a_diagnosis_with_a_score_at_the_kind_of_doctor_question_is_asked(line):
    """Numbers joined into one measure ("3+4", "2/3", "3 4" after a word) are not two choice numbers."""
    for state in ("compare_one_field", "compare_two_field"):
        assert pick(state, line) is None


@pytest.mark.parametrize("line, expected", [("4", "team"), ("1", "surgeon"), ("just 2", "specialist"), ("2, the cancer doctor", "specialist")])
def test_a_choice_number_still_picks_at_the_kind_of_doctor_question(line, expected):
    assert pick("compare_two_field", line) == expected


@pytest.mark.parametrize("line, expected", [("1 3", {"one", "three"}), ("2+4", {"two", "four"}), ("1, 3", {"one", "three"})])
def test_numbers_typed_as_a_list_are_still_several_picks(line, expected):
    """A number after a number that is itself a pick is a pick too."""


    spec = FLOW.state("compare_differs")
    ids = [c.id for c in spec.choices]
    result = reading("compare_differs", line)
    want = {ids[{"one": 0, "two": 1, "three": 2, "four": 3}[w]] for w in expected}
    assert set(result.value or []) == want


@pytest.mark.parametrize("line", ["the colonoscopy", "what the endoscopy found", "he had a bronchoscopy", "the biopsy and the colonoscopy",
                                  "my gastroscopy and the path report", "cystoscopy results"])
def test_a_scope_done_as_a_test_is_not_the_surgery_decision(line):
    """At "What is the second opinion mainly about?": a colonoscopy, endoscopy or other scope is a test."""
    result = reading("specialist_focus", line)
    assert "surgery" not in (result.value or [])


@pytest.mark.parametrize("line", ["the colonoscopy", "an endoscopy", "he had a bronchoscopy"])
def test_a_scope_alone_is_asked_about(line):
    assert picks_stored("specialist_focus", line) is None


def picks_stored(state, line):
    from .reading_support import picks

    return picks(state, line)


def test_a_surgery_by_scope_is_still_surgery():
    assert "surgery" in (reading("specialist_focus", "whether to have the laparoscopy").value or [])


@pytest.mark.parametrize("line, kept", [
    ("idk exactly. my rheumatologist wants me on methotrexate", "my rheumatologist wants me on methotrexate"),
    ("not sure really - whether to have my knee replaced", "whether to have my knee replaced"),
    ("im not sure, whether to start chemo now or later", "whether to start chemo now or later"),
    ("i dont know... my doctor wants to operate on my back", "my doctor wants to operate on my back"),
])
def test_a_decision_after_an_opening_doubt_is_kept_without_it(line, kept):
    for state in ("decision_what", "compare_decision"):
        assert pick(state, line) == kept


@pytest.mark.parametrize("line", ["whether to have surgery, not sure", "not sure. surgery", "not sure which hospital to pick for the scan"])
def test_a_doubt_that_is_part_of_the_decision_or_leaves_too_little_is_kept_whole(line):
    assert pick("decision_what", line) == line


@pytest.mark.parametrize("line, expected", [
    ("the support one i guess", {"support"}),
    ("the values one i think", {"values"}),
    ("i have my husband and son helping, thats it. i dont feel sure at all", {"support"}),
    ("my sister is very supportive", {"support"}),
    ("the kids are supportive, and i know the pros and cons", {"support", "understand"}),
    ("my mum is supportive. im sure of it", {"support", "sure"}),  # ("im sure i want answers" is sure of something else: t3)
])
def test_support_said_in_own_words_at_the_sure_test(line, expected):
    assert picks("decision_sure", line) == expected


def test_not_feeling_sure_beside_help_is_not_sure():
    assert "sure" not in picks("decision_sure", "my daughters helping but i dont feel sure")


@pytest.mark.parametrize("line", ["the biopsies from my colonoscopy", "the biopsy they took during the endoscopy", "path report from the colposcopy"])
def test_a_scope_beside_its_biopsy_is_the_biopsy(line):
    """A word that fits two choices, beside one of them named plainly, is that one: no scans added."""
    assert picks("specialist_focus", line) == {"pathology"}


def test_a_biopsy_and_a_scope_said_apart_keeps_the_biopsy_and_asks_about_the_scope():
    result = reading("specialist_focus", "the biopsy and the colonoscopy")
    assert result.value == ["pathology"] and "colonoscopy" in result.unclear
