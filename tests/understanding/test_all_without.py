""""All of them" with an exception said as "without", "excluding" or a misspelt "except" (round 31, a silent
misread: "all of them exept biopsy" was stored as the biopsy alone; "all of them without biopsy" as all six)."""

import pytest

from .reading_support import picks, reading, stored

RECORDS = {"imaging", "pathology", "clinic_notes", "labs", "procedure_notes", "discharge_summaries"}


@pytest.mark.parametrize("line", [
    "all of them without biopsy", "all without the biopsy", "all excluding biopsy", "everything excluding the biopsy reports",
    "all of them exept biopsy", "everything excpet biopsy", "all exluding biopsy", "all except the biopsy",
])
def test_all_but_the_biopsy(line):
    assert picks("records", line) == RECORDS - {"pathology"}


def test_all_without_two_named_things():
    assert picks("records", "all of them without biopsy and labs") == RECORDS - {"pathology", "labs"}


@pytest.mark.parametrize("line", ["all of them, without a doubt", "all of them without doubt", "all of them without question"])
def test_without_a_doubt_is_said_surely_not_an_exception(line):
    assert picks("records", line) == RECORDS


@pytest.mark.parametrize("line", ["everything without the thing from the er", "all of them without the stuff from my old doctor"])
def test_an_exception_that_names_no_choice_is_asked(line):
    assert not stored(reading("records", line))


def test_a_real_word_near_except_is_not_put_right():
    # "excerpt" is a word of its own: never read as "except" (the biopsy would be dropped)
    result = reading("records", "all of them, and an excerpt of the biopsy")
    assert not (stored(result) and "pathology" not in result.value)
