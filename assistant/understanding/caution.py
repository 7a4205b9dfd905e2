"""A second look at a reading before it is stored: never a silent misread.

The first reading can be right about the words and still wrong about the answer: two people in
one line ("both really, me and my wife"), a time only hoped for ("hopefully soon"), a part said
not to be known ("Form: unknown"), a wish beside "no deadline", what someone said and was then
doubted ("he says after Christmas, but he said that last year"), a place in the list said with
"not" ("not the first one"), two places named at a pick-one question. Each check here makes the
reading less sure (offered back for a Yes, or the unclear part asked about), or takes out a
pick the line says is not known or not had. None adds a pick.

The words are data: dialogues/cautions.yaml.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from ..flow import StateSpec
from ..paths import dialogues_dir
from .asking import has_phrase
from .lexicon import Lexicon
from .phrase_files import spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, parts_between, tokens

FILE = "cautions.yaml"
_STOPS = (".", ";", "!", "?")


@cache
def words() -> dict:
    """dialogues/cautions.yaml, every phrase split into words as the reader splits a line."""
    from .. import yaml_cache

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    out: dict = {}
    for key, value in data.items():
        if isinstance(value, list) and key.endswith("_states"):
            out[key] = frozenset(value)
        elif isinstance(value, list):
            out[key] = tuple(tuple(tokens(clean(str(v)))) or (str(v),) for v in value)
        else:
            out[key] = value
    return out


def _has(toks: list[str], key: str) -> bool:
    return any(has_phrase(toks, p) for p in words()[key])


def _at(toks: list[str], key: str) -> list[tuple[int, int]]:
    """Where the phrases of `key` are in the line: (start, end) spans."""
    return spans(toks, words()[key])


def clauses(toks: list[str], more: tuple = ()) -> list[tuple[int, int]]:
    """The line cut at full stops (and `more`): (start, end) of each part."""
    return parts_between(toks, _STOPS + tuple(more))


_UNITS = ("year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours")


def counted(toks: list[str], i: int) -> bool:
    """A number inside the line before what it counts ("for 2 yeers", "and two injections"): an
    amount, never a choice number. The first word of the line is left to the position reader."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if i == 0 or len(nxt) < 4 or not nxt.isalpha() or (nxt,) in words()["not_plurals"]:
        return False
    if nxt.endswith("s") and not nxt.endswith(("ss", "us", "is")):
        return True
    return any(len(u) == len(nxt) and u[0] == nxt[0] and sum(a != b for a, b in zip(u, nxt)) == 1 for u in _UNITS)


def second_look(reading: Reading, line: str, spec: StateSpec, lex: Lexicon) -> Reading:
    """The reading, or a less sure one where the line gives a reason to doubt it."""
    if spec.ask not in ("choice", "multi"):
        return reading
    toks = tokens(clean(line))
    if not toks or reading.asked and "?" in toks:
        return reading
    from . import caution_checks as checks

    # Read as a question only by its first word ("cant really tell from this"): only not knowing is looked for.
    for check in (checks.doubted_last, checks.dont_know_remark) if reading.asked else checks.ORDER:  # "1, not sure about 2" (u22a)
        found = check(reading, toks, line, spec, lex)
        if found is not None:
            return found
    return reading


def ask(line: str, message: str = "", options: tuple = (), keep=None) -> Reading:
    return Reading(UNCLEAR, keep, unclear=clean(line), options=options, message=message)


def offer(reading: Reading) -> Reading:
    return replace(reading, certainty=LIKELY) if reading.certainty == SURE else reading


__all__ = ["SURE", "LIKELY", "UNCLEAR", "second_look", "clauses", "words", "ask", "offer"]
