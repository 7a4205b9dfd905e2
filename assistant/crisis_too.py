"""After someone else's talk of suicide, "so do i" is the one typing's own crisis (helper s25, issue 12).

The urgent turn about someone else's suicidal talk (advice crisis_other: be with them, call the crisis line together)
may be answered "so do i", "me too honestly", "i feel the same some days". That says the one typing feels it too: the
screen alone sees no sign in it, and the urgent question read it as a question to answer or a choice not understood.
While that advice is on screen (the urgent turn or its check), such a reply is read as thoughts of suicide told by the
one typing: the urgent turn again, with their own crisis line first (advice `crisis_too`). Words are data
(dialogues/crisis_too.yaml): the whole reply must be one of its cores, with fillers ("honestly", "some days") around.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache

from .paths import dialogues_dir
from .yaml_cache import load, parse_yaml

FILE = "crisis_too.yaml"
ADVICE = "crisis_too"


def _alt(words) -> str:
    return "(?:" + "|".join(re.escape(str(w).lower()) for w in sorted(set(words), key=len, reverse=True)) + ")"


@cache
def _pattern() -> re.Pattern:
    raw = load(dialogues_dir() / FILE, parse_yaml)
    fillers = _alt(raw["fillers"])
    return re.compile(rf"(?:{fillers} )*{_alt(raw['cores'])}(?: {fillers})*")


def _plain(line: str) -> str:
    text = str(line or "").lower().replace("\u2019", "'").replace("'", "")
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def said_too(line: str) -> bool:
    """Is the whole reply "so do i", "me too honestly", "i feel the same some days"...?"""
    said = _plain(line)
    return bool(said) and len(said) <= 120 and _pattern().fullmatch(said) is not None


def own_crisis(screening, line: str, slots: dict, in_urgent: bool):
    """The screening to act on: the line's own, or, when it says "me too" to the advice about someone else's talk
    of suicide still on screen, thoughts of suicide told by the one typing (told now, their crisis line)."""
    if screening.is_emergency or not in_urgent or "crisis_other" not in (slots.get("advice") or ()) or not said_too(line):
        return screening
    from .safety.signs import CATEGORIES

    return dataclasses.replace(screening, level="emergency", categories=("self_harm",), told_now=True,
                               recognised=(CATEGORIES["self_harm"]["label"],), advice=(ADVICE,), check_recognised=())
