"""Round 15, part a: silent misreads, each mechanism tested with wording of our own.

A line that fits two readings is asked or confirmed, never stored as one of them.
"""

from __future__ import annotations

import pytest

from assistant.understanding import UNCLEAR
from understanding.reading_support import pick, picks, reading, stored


# --- "soon" alone, said by someone or said with a remark: days or weeks? asked -------------------

@pytest.mark.parametrize("line", [
    "my cardiologist said soon",
    "he wants it done soon",
    "Soon, God willing.",
    "the nurse told us 'soon'",
    "pretty soon I guess, they were vague",
])
def test_soon_alone_inside_a_longer_line_is_asked_between_days_and_weeks(line):
    result = reading("decision_when", line)
    assert not stored(result)
    assert set(result.options) == {"days", "weeks"}


@pytest.mark.parametrize("line, choice", [
    ("very soon, they said", "days"),
    ("asap according to the surgeon", "days"),
    ("soon, probably within the week", "days"),
])
def test_a_clearer_time_beside_soon_is_the_answer(line, choice):
    assert pick("decision_when", line) == choice
