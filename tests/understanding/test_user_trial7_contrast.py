"""User trial 7 (helper t13), findings 8, 12, 13, 14 and 15: the opposite of what was meant was stored.
A contrast ("but", "although") after a pick or "none" carries the meaning; a texting "n" is "and"; a
degree after a pick ("2 little bit") asks about that pick. Phrasings of our own beside the trial's."""

from __future__ import annotations

import pytest
from .reading_support import reading, stored

from assistant.understanding.reading import LIKELY, SURE, UNCLEAR

# ---- 13. "none" and then a contrast that names a choice: the choice is offered back, never "None" stored


@pytest.mark.parametrize("line, wanted", [
    ("none. although the surgeon has not seen her latest echo", "records"),
    ("none, but the cardiologist hasnt seen the scans", "records"),
    ("None really. Though the second doctor never saw the biopsy report", "records"),
    ("none of those, except that the first surgeon said she must decide within days", "urgent"),
    ("nothing like that, but her condition is very rare", "rare"),
    ("none, however the second one didnt get the records", "records"),
])
def test_none_then_a_contrast_naming_a_choice_is_never_stored_as_none(line, wanted):
    result = reading("compare_context", line)
    assert not (stored(result) and result.value == ["none"]), result
    assert result.certainty in (LIKELY, UNCLEAR)
    assert wanted in (result.value or []) or wanted in result.options


@pytest.mark.parametrize("line", [
    "none, but it was a long wait",  # the contrast names no choice: asked about as before, never a pick
    "none, though thanks for asking",
])
def test_none_then_a_contrast_naming_nothing_is_no_pick(line):
    result = reading("compare_context", line)
    assert not stored(result) or result.value == ["none"]
    assert "records" not in (result.value or [])


# ---- 12. A pick, then a contrast that says no to it: that pick is taken off


@pytest.mark.parametrize("line, kept", [
    ("2 and 3 I suppose. My partner's really supportive but I don't feel I've had proper advice", {"understand", "values"}),
    ("2 and 4, but i dont know the risks well", {"support"}),
    ("I know the pros and cons and my family backs me, but I have not had enough advice", {"understand"}),
    ("3. my husband is great but I haven't had any real advice", {"values"}),
    ("1 and 3, although honestly I don't understand the risks", {"sure", "values"}),
])
def test_a_pick_the_contrast_says_no_to_is_not_stored(line, kept):
    result = reading("decision_sure", line)
    assert result.certainty in (SURE, UNCLEAR)
    assert set(result.value or []) <= kept  # never the denied pick
    if result.certainty == SURE:
        assert set(result.value) == kept


@pytest.mark.parametrize("line, picks", [
    ("2 and 4, but ask me again later", {"understand", "support"}),  # a contrast that denies nothing named
    ("4, but my partner is not sure", {"support"}),  # "not sure" names no choice of mine
    ("1 2 3 4", {"sure", "understand", "values", "support"}),
])
def test_a_contrast_that_denies_no_pick_leaves_the_picks(line, picks):
    result = reading("decision_sure", line)
    assert set(result.value or []) >= picks or result.certainty != SURE


def test_a_contrast_that_denies_every_pick_is_asked_about():
    result = reading("decision_sure", "my partner is really supportive but i havent had proper advice")
    assert result.certainty == UNCLEAR and "support" not in (result.value or [])


# ---- 8. A texting "n" between words is "and", not the No of "y/n"


@pytest.mark.parametrize("line", [
    "ya shes doing a cgm trial next wk n a1c again in 3 mo",
    "ya cgm n a1c",
    "mri n ct next month",
    "yeah bloods n scan next week",
    "she has an echo n a stress test booked",
])
def test_a_texting_n_between_words_is_and(line):
    result = reading("timing_tests", line)
    assert result.value == "yes" and result.certainty in (SURE, LIKELY), result


@pytest.mark.parametrize("line", ["n", "n, nothing", "no tests n no scans", "N. all done"])
def test_a_texting_n_alone_or_first_is_still_no(line):
    assert reading("timing_tests", line).value == "no"


# ---- 14. "not check yet" is not checked, whatever the English


@pytest.mark.parametrize("line", [
    "i have insurance from work, blue cross. not check yet",
    "blue cross, not check yet",
    "i have aetna but i not check it",
    "insurance yes, not looked into it yet",
    "have medicaid, havent looked yet",
])
def test_insurance_not_checked_is_never_offered_back_as_checked(line):
    result = reading("logistics", line)
    assert result.value != "covered", result


# ---- 15. A degree right after a picked number: that pick is asked about, the rest kept


@pytest.mark.parametrize("line, kept, asked", [
    ("4, and 2 little bit", ["support"], "2"),
    ("4 and 2 a bit", ["support"], "2"),
    ("1, 3 sort of", ["sure"], "3"),
    ("2 kinda and 4", ["support"], "2"),
    ("3, and 4 somewhat", ["values"], "4"),
])
def test_a_pick_said_with_a_degree_is_asked_about(line, kept, asked):
    result = reading("decision_sure", line)
    assert result.certainty == UNCLEAR and result.value == kept and result.unclear.startswith(asked)


@pytest.mark.parametrize("line, picks", [
    ("2 a bit later", ["understand"]),  # the degree goes with "later", not the pick
    ("4, 2", ["support", "understand"]),
    ("2 and 4", ["understand", "support"]),
])
def test_a_degree_that_is_not_about_the_pick_changes_nothing(line, picks):
    result = reading("decision_sure", line)
    assert result.certainty == SURE and sorted(result.value) == sorted(picks)


@pytest.mark.parametrize("line, kept, asked", [
    ("the good n bad points yeah, support kinda", ["understand"], "support kinda"),
    ("the pros and cons, and values sort of", ["understand"], "values sort of"),
    ("pros and cons, support a bit", ["understand"], "support a bit"),
    ("i feel sure, and support somewhat", ["sure"], "support somewhat"),
    ("values, and pros and cons a little", ["values"], "pros and cons a little"),
])
def test_a_pick_in_words_said_with_a_degree_is_asked_about(line, kept, asked):
    result = reading("summary_sure", line)
    assert result.certainty == UNCLEAR and result.value == kept and result.unclear == asked


# ---- A choice named only inside a question asked beside the picks is no pick (round 21, found here)


@pytest.mark.parametrize("line, kept", [
    ("bloodwork and the scope reports, also what's a pathology report? i think they took biopsies", ["labs", "procedure_notes"]),
    ("the labs, also what's a pathology report?", ["labs"]),
    ("scans, what is a discharge summary?", ["imaging"]),
    ("the MRI and bloods. what are procedure notes?", ["imaging", "labs"]),
    ("ct and labs, whats a discharge summary?", ["imaging", "labs"]),
])
def test_a_choice_named_only_in_a_question_is_not_picked(line, kept):
    result = reading("records", line)
    assert result.certainty == UNCLEAR and result.value == kept and "?" in result.unclear


@pytest.mark.parametrize("line, picks", [
    ("the scans and the biopsy. do i need the slides?", {"imaging", "pathology"}),  # the biopsy was said outside the question
    ("the mri, the biopsy. what else do you need?", {"imaging", "pathology"}),
])
def test_picks_said_outside_the_question_stay(line, picks):
    assert set(reading("records", line).value) == picks


def test_a_denial_reaches_only_its_own_sentence():
    result = reading("decision_sure", "i know good and bad of operation, but i am not sure. my husband support me")
    assert stored(result) and set(result.value) == {"understand", "support"}
