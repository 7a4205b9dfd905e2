"""A greeting or a thank-you beside an answer is never kept as a note; a short fact beside it is."""

from __future__ import annotations

import pytest

from .reading_support import reading


@pytest.mark.parametrize("line, note", [
    ("hi, it's for my mum, she's 79", "She's 79"),
    ("good morning, i'm asking for my husband, he has copd", "He has copd"),
    ("hello there, for my dad", ""),
    ("for my wife, thanks so much", ""),
    ("hey, for my son", ""),
])
def test_greetings_are_not_notes_and_short_facts_are(line, note):
    result = reading("welcome", line)
    assert result.value == "caregiver"
    assert result.note == note


# The user trial of 2026-12-04 (second): "my english not so good sorry" was kept as "My english not,
# good sorry" and "PSA 6.8" as "PSA 6, 8": the note is the typed words, not clauses glued with commas.
@pytest.mark.parametrize("state, line, note", [
    ("welcome", "hello, is for me. my english not so good sorry", "My english not so good sorry"),
    ("timing_tests", "yes, theyre doing a TB test and hep B blood test before humira, results friday",
     "Theyre doing a TB test and hep B blood test before humira, results friday"),
    ("decision_worsening", "no but her PSA went from 4.2 to 6.8 since march", "Her PSA went from 4.2 to 6.8 since march"),
])
def test_a_note_keeps_the_words_as_typed(state, line, note):
    from benchmarks.understanding import prepare

    engine = prepare(state, "patient")
    engine.respond(line)
    assert engine.slots["answer_notes"][state] == note
