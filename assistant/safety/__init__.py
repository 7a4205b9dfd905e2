"""The safety net: screen every line for emergency red flags before it is read as an answer,
and say which numbers to call.

The room is split by concern:
  text.py       a typed line as the patterns read it (words, spelling, clauses, anchors);
  rules.py      dialogues/red_flags.yaml as compiled tables (regexes, anchors), cached;
  finders.py    each pattern list as one regex, run only on the clauses holding its anchors;
  screening.py  signs, their context, combinations: the level of one line (`screen`);
  groups.py     the context and escalator groups, each list placed so a line runs only those it anchors;
  long.py       very long lines, screened in full in bounded pieces;
  numbers.py    emergency, crisis and poison numbers by country (dialogues/emergency_numbers.yaml)
                and the saved country setting;
  advice.py     what the urgent turn is told: who is at risk, what kind of emergency.
Public names (`screen`, `Screening`, `NOTHING`, `CATEGORIES`, the levels) are loaded on first
use, so `assistant.safety.numbers` costs nothing of the screening tables.
"""

from __future__ import annotations

_SCREENING_NAMES = ("screen", "Screening", "NOTHING", "CATEGORIES", "NONE", "ASK", "EMERGENCY", "LEVEL_NAMES")


def __getattr__(name: str):
    if name in _SCREENING_NAMES:
        from . import screening

        value = globals()[name] = getattr(screening, name)  # looked up here once, then found directly
        return value
    raise AttributeError(f"module 'assistant.safety' has no attribute {name!r}")


__all__ = list(_SCREENING_NAMES)
