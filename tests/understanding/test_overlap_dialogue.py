"""The fallback by word overlap in a conversation: what a person sees when no phrase rule read
their words. Answers written for these tests (none from a corpus round)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Engine
from assistant.understanding import LIKELY, SURE, UNCLEAR
from understanding.reading_support import reading

TODAY = date(2026, 12, 2)
TO_RECORDS = ["1", "Whether to have knee surgery", "skip", "2", "1", "none", "none", "2", "none", "1", "1", "no", "", "none", ""]


def engine_at(lines: list[str]) -> Engine:
    engine = Engine(today=lambda: TODAY)
    engine.start()
    for line in lines:
        engine.respond(line)
    return engine


def test_words_that_point_to_one_choice_are_offered_in_a_confirm_turn_and_yes_stores_it():
    engine = engine_at([])
    turn = engine.respond("i got two different answers from two hospitals and need to weigh them")
    assert (turn.kind, turn.state, turn.choices) == ("confirm", "welcome", ["Yes", "No"])
    assert "Did you mean" in turn.text and "compare" in turn.text
    assert turn.to_json()["kind"] == "confirm"
    assert "role" not in engine.slots  # nothing stored before the Yes
    engine.respond("yes")
    assert engine.slots["role"] == "compare"


def test_no_at_the_offer_asks_again_and_stores_nothing():
    engine = engine_at([])
    engine.respond("i got two different answers from two hospitals and need to weigh them")
    turn = engine.respond("no")
    assert turn.kind == "reask" and turn.state == "welcome" and "role" not in engine.slots


def test_words_of_no_choice_are_still_asked_about_quoting_the_line():
    engine = engine_at([])
    turn = engine.respond("the weather is lovely today")
    assert turn.kind == "reask" and '"the weather is lovely today"' in turn.text and "role" not in engine.slots


def test_a_remainder_of_a_list_that_names_another_choice_is_added_or_offered():
    taken = reading("records", "the mri, and the papers from when he stayed on the ward")
    assert (taken.certainty, taken.value) == (SURE, ["imaging", "discharge_summaries"])
    offered = reading("records", "the biopsy report, and the papers they gave us when she was sent home from the ward")
    assert (offered.certainty, sorted(offered.value)) == (LIKELY, ["discharge_summaries", "pathology"])


@pytest.mark.parametrize("line, picks", [
    ("the first treatment failed, and nobody takes the time to explain anything to me", ["not_heard", "treatment_failed"]),
    ("it's rare, and the results of the tests don't line up with how she feels", ["mismatch", "rare_complex"]),
    ("a serious new diagnosis, and i want to feel at peace before i sign anything", ["peace_of_mind", "serious_diagnosis"]),
])
def test_a_second_sign_in_a_persons_words_is_not_dropped_as_a_remark(line, picks):
    result = reading("signs", line)
    assert result.certainty in (SURE, LIKELY) and sorted(result.value) == picks


def test_a_whole_line_in_a_persons_words_is_offered_at_a_list_question():
    result = reading("signs", "we are never heard")
    assert (result.certainty, result.value) == (LIKELY, ["not_heard"])


def test_a_list_answer_keeps_what_was_read_and_asks_only_about_a_part_of_no_choice():
    engine = engine_at(TO_RECORDS)
    assert engine.state == "records"
    turn = engine.respond("the mri, and purple monkey dishwasher")
    assert turn.kind == "reask" and "I got 1" in turn.text and '"purple monkey dishwasher"' in turn.text
    assert "records_exist" not in engine.slots


def test_an_offered_list_is_confirmed_then_stored_whole():
    engine = engine_at(TO_RECORDS)
    turn = engine.respond("the biopsy report, and the papers they gave us when she was sent home from the ward")
    assert turn.kind == "confirm" and "Biopsy" in turn.text and "discharge" in turn.text
    engine.respond("yes")
    assert sorted(engine.slots["records_exist"]) == ["discharge_summaries", "pathology"]


def test_a_negated_choice_said_in_own_words_is_never_stored():
    result = reading("compare_one_field", "no kidney specialist yet")
    assert result.certainty == UNCLEAR and result.value is None and result.unclear == "no kidney specialist yet"


@pytest.mark.parametrize("line", ["i dont feel herd", "i don't feel herd by them"])
def test_a_leading_i_dont_is_not_none_when_the_rest_names_a_sign(line):
    result = reading("signs", line)
    # Read (the misspelling put right) or offered, never stored as "None of these".
    assert result.certainty in (SURE, LIKELY) and result.value == ["not_heard"]


@pytest.mark.parametrize("line", ["no nothing like that", "no, i feel heard and they explain everything", "nope, just tired"])
def test_a_plain_no_with_a_remark_is_still_none(line):
    result = reading("signs", line)
    assert (result.certainty, result.value) == (SURE, ["none"])
