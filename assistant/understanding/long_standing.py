"""A thing told as long-standing at a pick-any question, with no choice named (helper lo10).

"she gets tired but thats been for months" at the danger-sign list or the list of reasons for a second
opinion named no choice, so the person got the generic "Sorry, I did not understand" and the same list again.
Now the words are quoted back with what the question wants: at a list that asks about now (the danger signs),
that this list is about what is new or happening now; elsewhere, whether any choice fits. Nothing is stored:
the line names no choice, and "none" would be a guess at a safety question. Words are data
(dialogues/long_standing.yaml).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..paths import dialogues_dir
from ..yaml_cache import load, parse_yaml
from .reading import UNCLEAR, Reading
from .text import clean, tokens

FILE = "long_standing.yaml"


@cache
def _data() -> tuple[tuple[tuple[str, ...], ...], dict[str, str]]:
    raw = load(dialogues_dir() / FILE, parse_yaml)
    cues = tuple(tuple(tokens(str(c))) for c in raw["cues"])
    return cues, {str(k): str(v) for k, v in raw["messages"].items()}


def told_long_standing(toks: list[str]) -> bool:
    cues, _ = _data()
    return any(tuple(toks[i : i + len(c)]) == c for c in cues for i in range(len(toks) - len(c) + 1))


def asked_as_long_standing(reading: Reading, text: str, toks: list[str], spec, current: bool) -> Reading:
    """`reading` as it is, or, when it named nothing at a pick-any question and the line tells something
    long-standing, asked about by quoting it. `current`: the list asks what is happening now."""
    if reading.certainty != UNCLEAR or reading.value or reading.asked or reading.dont_know or reading.message \
            or not spec.multi or not told_long_standing(toks):
        return reading
    said = clean(text)
    return replace(reading, unclear=said, message=_data()[1]["current" if current else "other"].format(said=said))


@cache
def _conditions() -> tuple[tuple[str, ...], ...]:
    raw = load(dialogues_dir() / FILE, parse_yaml)
    return tuple(tuple(tokens(str(c))) for c in raw.get("conditions", ()))


def inside_condition(toks: list[str], hit) -> bool:
    """The sign's words lie inside a known illness named ("a weak heart", "heart failure"): the illness, not a sign."""
    for phrase in _conditions():
        size = len(phrase)
        for i in range(max(0, hit.end - size), min(hit.start, len(toks) - size) + 1):
            if tuple(toks[i : i + size]) == phrase and i <= hit.start and hit.end <= i + size:
                return True
    return False
