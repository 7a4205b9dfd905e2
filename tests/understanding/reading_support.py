"""Shared by the understanding tests: one line read at a question, against the pinned clock."""

from __future__ import annotations

from datetime import date

from assistant.flow import default_flow
from assistant.understanding import SURE, read
from assistant.understanding.lexicon import default_lexicon

FLOW = default_flow()
LEX = default_lexicon()
TODAY = date(2026, 12, 2)  # a Wednesday: the project's fixed test clock


def reading(state: str, line: str, **kwargs):
    """What `line` means at the question `state`."""
    return read(line, FLOW.state(state), today=TODAY, **kwargs)


def stored(result) -> bool:
    """A reading the engine would store without asking."""
    return result.certainty == SURE and result.value is not None


def pick(state: str, line: str):
    """The choice stored for a pick-one answer, or None when the engine would not store it."""
    result = reading(state, line)
    return result.value if stored(result) else None


def picks(state: str, line: str):
    """The set of choices stored for a pick-any answer, or None when the engine would not store it."""
    result = reading(state, line)
    return set(result.value) if stored(result) and isinstance(result.value, list) else None
