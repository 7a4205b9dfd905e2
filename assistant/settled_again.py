"""A check answered "not now" is not asked again for the same sign (user trial 8, helper t14; F2.3, F2.8).

A son answered the fainting check "No, not right now. He fainted twice in November, he's been ok since."; the same
check came again at the SURE test ("...that it would stop the fainting") and a third time on a dated timeline of
past events ("Nov 3: fainted at home; Nov 17: fainted again"). settled_signs.py already keeps the categories
answered "not happening" (slot `settled_categories`) and lets a question about them pass; this lets any line pass
whose screening is only the check question (never the urgent turn), for categories all answered "not happening",
when nothing in it says the sign is happening now or today ("right now", "today", "just fainted", "still", "keeps").
Thoughts of suicide are never settled (settled_signs.NEVER). The line is screened first every time.
"""

from __future__ import annotations

import re

from .settled_signs import NEVER, SLOT, asked_about

_NOW = re.compile(
    r"\b(?:now|right now|at the moment|currently|as we speak|today|tonight|this (?:morning|afternoon|evening)|just now|"
    r"just (?:fainted|passed out|collapsed|fell|went down|had)|still|keeps?|kept|is (?:fainting|passing out|collapsing|seizing)|"
    r"started|starting|worse|worsening|an? (?:hour|minute)s? ago|\d+ (?:minutes?|mins?|hours?|hrs?) ago|again today)\b",
    re.IGNORECASE)
# "not right now", "not now", "isnt now": a now that is denied is no news
_NOT_NOW = re.compile(r"\b(?:not|isnt|is not|arent|wasnt|no(?:thing)?)\s+(?:\w+\s+)?(?:right now|now|today|at the moment|currently)\b",
                      re.IGNORECASE)


# a sign felt in the present ("I feel tightness in my chest", "she's having trouble breathing"): told as now, asked again
_FELT = re.compile(r"\b(?:(?:i|he|she|they|we) (?:feel|feels|am feeling|is feeling|are feeling|am having|is having|are having)|"
                   r"(?:im|hes|shes|theyre|were) (?:feeling|having)|feeling)\b", re.IGNORECASE)


def not_new(screening, line: str, slots: dict) -> bool:
    """Only the check question, for signs all answered "not happening" before, and nothing told as now."""
    settled = set(slots.get(SLOT) or ())
    categories = set(screening.categories)
    if screening.level != "ask" or not settled or not categories or not categories <= settled or categories & NEVER \
            or screening.told_now:
        return False
    text = _NOT_NOW.sub(" ", line.replace("'", "").replace("\u2019", ""))
    return not _NOW.search(text) and not _FELT.search(text)


def passes(screening, line: str, slots: dict) -> bool:
    """settled_signs.asked_about (a question about a settled sign) or not_new (only the check, nothing now)."""
    return asked_about(screening, line, slots) or not_new(screening, line, slots)
