"""A list after a pick that names choices of its own is more picks, not examples of the pick (the second
review of the nineteenth session: "the MRI - biopsy report, bloodwork" was stored as the scans alone)."""

import pytest

from .reading_support import reading


@pytest.mark.parametrize("state, line, meant", [
    ("records", "the MRI - biopsy report, bloodwork", ["imaging", "pathology", "labs"]),
    ("records", "the MRI (biopsy report, bloodwork)", ["imaging", "pathology", "labs"]),
    ("records", "the MRI: biopsy report, bloodwork", ["imaging", "pathology", "labs"]),
    ("decision_sure", "values - support, understanding of options", ["values", "support", "understand"]),
    ("summary_sure", "sure - understand, support", ["sure", "understand", "support"]),
])
def test_a_list_of_choices_after_a_pick_is_every_pick(state, line, meant):
    result = reading(state, line)
    assert result.certainty == "sure" and result.value == meant


@pytest.mark.parametrize("state, line, meant", [
    ("records", "the scans (CT and MRI)", ["imaging"]),  # the pick named again: examples
    ("signs", "many options - surgery, burn, transplant", ["many_options"]),  # not every item a choice
    ("signs", "many options: brace, physiotherapy, operation", ["many_options"]),
    ("records", "the endoscopy biopsy report", ["pathology"]),  # one record, said with where it came from
])
def test_examples_of_a_pick_are_still_examples(state, line, meant):
    result = reading(state, line)
    assert result.certainty == "sure" and result.value == meant
