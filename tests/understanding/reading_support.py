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
