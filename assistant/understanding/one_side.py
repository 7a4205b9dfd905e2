"""Knowing one side only is not "I know the good and bad points of EACH option": "I know the good and
bad of surgery pretty well ... Don't know much about the other way" (user trial 6) ticked it. At the
SURE questions, that choice is taken off when the line also says the other side is not known (a
negation in the clause that names the other way: `other_side` in dialogues/plain_words.yaml), or
that only one side is known ("I only know the surgery side"). The rest of the answer stands; the
turn says the choice was left unticked, so the person can tick it with its number.

And who helps, named after the support choice ("plenty of support, my daughter and the guys from the
firehouse"), is no part to ask about (`supporters` in plain_words.yaml)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

STATES = ("decision_sure", "summary_sure")
CHOICE = "understand"
_CLAUSE_ENDS = frozenset({".", ";", "!", "?", "but", "though", "tho", "however"})


@cache
def _words() -> tuple[tuple[tuple[str, ...], ...], frozenset[str], tuple[tuple[str, ...], ...]]:
    from .plainer import _raw

    raw = _raw().get("other_side") or {}
    other = tuple(tuple(tokens(str(p))) for p in raw.get("other", []))
    negs = frozenset(str(w) for w in raw.get("not_known", []))
    only = tuple(tuple(tokens(str(p))) for p in raw.get("only", []))
    return other, negs, only


@cache
def _named() -> tuple[frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...], frozenset[str]]:
    from .plainer import _raw

    raw = _raw().get("other_side") or {}
    named = frozenset(tuple(tokens(str(p))) for p in raw.get("named", []))
    opens = tuple(sorted({tuple(tokens(str(p))) for p in raw.get("named_opens", [])}, key=len, reverse=True))
    return named, opens, frozenset(str(w) for w in raw.get("knows", []))


def _named_unknown(toks: list[str]) -> bool:
    """ "we know good and bad of operation, not so much the medicine option": a clause after the first that opens
    with not knowing and names a treatment."""
    named, opens, knows = _named()
    starts = [0] + [i + 1 for i, t in enumerate(toks) if t in _CLAUSE_ENDS or t == ","]
    for k, start in enumerate(starts[1:], 1):
        if not knows & set(toks[:start]):
            continue
        clause = toks[start:]
        clause = clause[1:] if clause[:1] in (["but"], ["and"]) else clause
        lead = next((p for p in opens if tuple(clause[: len(p)]) == p), None)
        if lead is None:
            continue
        rest = clause[len(lead):]
        end = next((i for i, t in enumerate(rest) if t in _CLAUSE_ENDS or t == ","), len(rest))
        rest = [t for t in rest[:end] if t not in ("the", "of", "about", "a", "that", "this")]
        if any(tuple(rest[i : i + len(p)]) == p for p in named for i in range(len(rest))):
            return True
    return False


def _has(toks: list[str], phrase: tuple[str, ...]) -> int:
    n = len(phrase)
    return next((i for i in range(len(toks) - n + 1) if tuple(toks[i : i + n]) == phrase), -1)


def one_side_only(toks: list[str]) -> bool:
    other, negs, only = _words()
    if any(_has(toks, p) >= 0 for p in only) or _named_unknown(toks):
        return True
    for phrase in other:
        at = _has(toks, phrase)
        if at < 0:
            continue
        left = at
        while left > 0 and toks[left - 1] not in _CLAUSE_ENDS:
            left -= 1
        if negs & set(toks[left:at]):
            return True  # "don't know much about the other way", "but not of the other options"
    return False


def without_one_side(reading: Reading, line: str, spec) -> Reading:
    """The reading with "each option" taken off when only one side is known (and said so)."""
    value = reading.value
    if spec.name not in STATES or not isinstance(value, list):
        return reading
    if CHOICE not in value:
        return _support_named(reading, spec, line)
    if not one_side_only(tokens(clean(line).lower())):
        return _support_named(reading, spec, line)
    label = next((c.label for c in spec.choices if c.id == CHOICE), "")
    number = next((i for i, c in enumerate(spec.choices, 1) if c.id == CHOICE), 0)
    said = f'You know one side, not each option, so I left "{label}" unticked. If you do know both, type {number}.'
    kept = [v for v in value if v != CHOICE]
    if not kept:
        return replace(reading, value=None, certainty=UNCLEAR, unclear="", message=said)
    reading = _support_named(reading, spec, line)
    return replace(reading, value=kept, reply=f"{reading.reply} {said}".strip())


@cache
def _supporters() -> frozenset[str]:
    from .lexicon import default_lexicon
    from .plainer import _raw

    return frozenset(str(w) for w in (_raw().get("supporters") or [])) | {p[0] for p in default_lexicon().people if len(p) == 1}


_AFTER_SUPPORT = re.compile(r"\b(?:support|supported|backing|help|helpers)\b[^.;!?]*[,:]", re.IGNORECASE)


def _support_named(reading: Reading, spec, line: str = "") -> Reading:
    """"plenty of support, my daughter and the guys from the firehouse": who helps, not a part to ask about."""
    if reading.certainty != UNCLEAR or reading.options or "support" not in (reading.value or []) or not reading.unclear:
        return reading
    toks = tokens(clean(reading.unclear).lower())
    if not set(toks) & _supporters() or set(toks) & _words()[1] or any(t[:1].isdigit() for t in toks) or not _AFTER_SUPPORT.search(line):
        return reading  # "2 and 4, grandpa kind of 1": a pick said of someone, asked about
    return replace(reading, certainty=SURE, unclear="")

__all__ = ["without_one_side", "one_side_only"]
