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
