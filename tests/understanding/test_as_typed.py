"""A note is kept in the words the person typed, even when a reader put the line in other words
before reading it."""

from __future__ import annotations

from assistant.understanding.as_typed import note_as_typed
from benchmarks.understanding import prepare


def test_a_note_from_a_rewritten_line_is_mapped_back_to_the_typed_words():
    line = "surgery, keyhole, to take out the gallbladder in January"
    typed = "surgery, keyhole, to take the gallbladder out in January"
    assert note_as_typed("keyhole, to take out the gallbladder in January", line, typed) == "keyhole, to take the gallbladder out in January"


def test_a_note_already_in_the_typed_words_or_not_found_is_left_as_it_is():
    assert note_as_typed("in January", "take out the hip in January", "take the hip out in January") == "in January"
    assert note_as_typed("something else", "a b c", "c b a") == "something else"


def test_through_the_engine_the_plan_quotes_the_person():
    engine = prepare("compare_one_treatment", "patient")
    engine.respond("surgery, they want to take her womb out next month")
    notes = engine.slots.get("answer_notes") or {}
    assert all("take out her womb" not in note for note in notes.values())
