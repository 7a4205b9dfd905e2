"""Pick-one answers in the person's words (helper u18b): treatments in lay words, a medicine by its name, the SURE items denied in own words. Wordings of our own, not the corpus lines, and the
look-alikes that must keep their reading (or stay asked)."""

from __future__ import annotations

import pytest

from .reading_support import pick, picks


# --- Waiting beside a treatment stays as it was: asked when it fits two ---------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_two_treatment", "pills or wait"),
    ("compare_two_treatment", "tablets and wait"),  # the rounds mark a treatment and waiting both ways: asked
    ("compare_one_treatment", "birth control and wait"),
])
def test_a_treatment_and_waiting_stays_asked(state, line):
    assert pick(state, line) is None


@pytest.mark.parametrize("state, line, choice", [
    ("compare_two_treatment", "wait and see", "watch"),
    ("compare_one_treatment", "watch and wait", "watch"),
])
def test_waiting_alone_stays_watch(state, line, choice):
    assert pick(state, line) == choice


# --- A medicine said by its name ----------------------------------------------------------------

@pytest.mark.parametrize("line", ["metformin", "more humira", "stay on eliquis", "switch him to lyrica"])
def test_a_medicine_by_its_name_is_the_medicine_choice(line):
    assert pick("compare_two_treatment", line) == "medicine"


@pytest.mark.parametrize("line", ["keytruda", "methotrexate", "tamoxifen"])  # (rituximab was medicine before this change: left)
def test_a_cancer_drug_or_antibody_by_its_name_is_not_stored_as_medicine(line):
    assert pick("compare_two_treatment", line) != "medicine"


@pytest.mark.parametrize("line", ["insulin pump", "they want to fit an insulin pump"])
def test_a_medicine_name_inside_a_device_phrase_stays_the_device(line):
    assert pick("compare_one_treatment", line) == "device"


def test_a_chemo_drug_named_with_chemo_stays_strong():
    assert pick("compare_one_treatment", "chemo with cisplatin") == "strong"


# --- The operation and other plans in everyday words ---------------------------------------------

@pytest.mark.parametrize("line, choice", [
    ("go under the knife", "surgery"),
    ("the op", "surgery"),
    ("the keyhole op", "surgery"),
    ("radiation not the knife", "strong"),
    ("not the knife, just pills", "medicine"),
    ("said to see another doctor", "other"),
    ("move her into a care home", "other"),
])
def test_treatments_in_everyday_words(line, choice):
    assert pick("compare_two_treatment", line) == choice


# --- The SURE items denied in own words: a no, neither picked nor asked about --------------------

@pytest.mark.parametrize("line, chosen", [
    ("i get the pros and cons but my gut says no", {"understand"}),
    ("we aint sure, but my kids are helping", {"support"}),
    ("I not understand good and bad. My son help me", {"support"}),
    ("i feel sure but im not sure ive had enough advice", {"sure"}),
    ("i dont really get the options, my brother does, he helps me", {"support"}),
    ("i understand the options but im not certain", {"understand"}),
    ("I not sure. I not understand good and bad. So nothing of this.", {"none"}),
])
def test_sure_items_denied_in_own_words(line, chosen):
    assert picks("decision_sure", line) == chosen


@pytest.mark.parametrize("line, chosen", [
    ("i feel sure", {"sure"}),
    ("i am sure and i have enough support", {"sure", "support"}),
    ("i understand the options", {"understand"}),
    ("we understand the risks and have help from the nurse, but dad is not sure at all", {"understand", "support"}),
])
def test_sure_items_said_plainly_are_kept(line, chosen):
    assert picks("decision_sure", line) == chosen


# --- Which matters more, in other words; how sure the doctor was; the cheaper way first ----------

@pytest.mark.parametrize("state, line, choice", [
    ("compare_values", "we need to pray about it", "not_sure"),
    ("compare_values", "I just want to enjoy time with my family", "gentler"),
    # ("both lol" moved: round 32 marks it ask, u32b-0478, as "both", "BOTH", "both?" in rounds 21, 25; helper u21b)
    ("compare_two_confidence", "he need new test first", "unsure"),
    ("fit", "id like to try the cheaper options first", "alternative"),
])
def test_other_pick_one_words(state, line, choice):
    assert pick(state, line) == choice


def test_cheaper_alone_stays_asked():
    assert pick("fit", "the cheaper way") is None
