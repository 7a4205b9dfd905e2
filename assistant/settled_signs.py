"""Signs already told and answered "not happening now" are not raised again by a question about them.

A woman whose decision is about her heavy periods tells of them, is asked "Is this happening
now?", and answers "no, it's my normal period, it's why I'm here". Later her own question for the
doctor, "are the fibroids what's causing the heavy bleeding?", names the same sign: asking her
again (or sending her to the emergency turn) says she was not heard. So the categories of an
episode answered "not happening" are kept (slot `settled_categories`), and a later line whose
signs are all of those categories is not raised again when it is a question about them, with
nothing new: no time now or today, no "worse", "again" or "started", no faintness, nothing told as
going on now (Screening.told_now). Thoughts of suicide are never settled this way.

The line is still screened first, every time; this only weighs that screening with what the
person already answered.
"""

from __future__ import annotations

import re

SLOT = "settled_categories"
NEVER = frozenset({"self_harm"})

_QUESTION = re.compile(r"\?|^\W*(?:what|whats|why|how|is|are|could|can|does|do|did|should|will|would|which|when|where|who)\b|"
                       r"\b(?:question|ask (?:the|my|her|his|a) (?:doctor|surgeon|gyn\w*|specialist)|wonder(?:ing)? (?:if|whether|why|what))\b",
                       re.IGNORECASE)
_NEW = re.compile(r"\b(?:now|right now|at the moment|currently|today|tonight|this (?:morning|afternoon|evening)|just now|"
                  r"worse|worsening|getting worse|again|started|starting|suddenly|sudden|new|faint\w*|dizzy|light ?headed|"
                  r"pass(?:ed|ing)? out|collaps\w*|cant stop|wont stop|pouring|gushing|clots?)\b", re.IGNORECASE)


def settle(slots: dict, categories) -> list[str]:
    """The categories answered "not happening" added to those already kept (what to store in SLOT)."""
    return list(dict.fromkeys([*(slots.get(SLOT) or []), *(c for c in categories if c not in NEVER)]))


def asked_about(screening, line: str, slots: dict) -> bool:
    """Is `line` a question about signs already answered "not happening", with nothing new told?"""
    settled = set(slots.get(SLOT) or ())
    categories = set(screening.categories)
    if not settled or not categories or not categories <= settled or categories & NEVER or screening.told_now:
        return False
    text = line.replace("'", "").replace("’", "")
    return bool(_QUESTION.search(text)) and not _NEW.search(text)
