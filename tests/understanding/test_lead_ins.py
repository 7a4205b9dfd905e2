"""A word said before the numbers ("so 5 too", "ok 2 and 4", "actually 3"): every number is a pick.

Found by trying a comparison: "... so 5 too. thats all" was asked about ("What did you mean by
'so 5'?"), and "so 3 and 5" kept only 5 without a word (a silent misread)."""

from __future__ import annotations

import pytest

from .reading_support import reading, stored


@pytest.mark.parametrize("lead", ["so", "ok", "okay", "oh", "well", "hmm", "um", "yes", "yeah", "but", "actually", "add", "alright"])
def test_a_lead_in_word_keeps_every_number_after_it(lead):
    result = reading("records", f"{lead} 3 and 5")
    assert stored(result)
    assert result.value == ["clinic_notes", "procedure_notes"]


def test_a_lead_in_inside_the_line_counts_too():
    result = reading("compare_context", "the first doctor never got the newer xray, so 5 too. thats all")
    assert stored(result) and result.value == ["records"]


@pytest.mark.parametrize("line", ["so 4", "so 4 too", "ok 4"])
def test_so_and_a_number_is_an_answer_not_a_question_for_the_doctor(line):
    result = reading("records", line)
    assert not result.asked and not result.add_question
    assert result.value == ["labs"]


def test_a_lead_in_does_not_turn_a_time_into_a_pick():
    assert reading("decision_when", "so 2 weeks").value == "weeks"
    assert reading("compare_context", "ok 6 weeks").value != ["records"]


@pytest.mark.parametrize("line", ["but the nurse told us something different", "so the surgery date is set already", "wait my brother has the papers"])
def test_a_statement_that_begins_with_but_or_so_is_not_put_on_the_doctors_list(line):
    result = reading("records", line)
    assert not result.asked and not result.add_question


@pytest.mark.parametrize("line", ["so what happens now", "but why", "wait, is this private", "hang on, what does pathology mean", "ok so how long do we have"])
def test_a_question_after_but_so_or_wait_is_still_a_question(line):
    result = reading("records", line)
    assert result.asked and not result.value
