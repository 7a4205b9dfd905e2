"""Phrasal verbs with the object in the middle, and removal said with "out" alone.

English lets the particle of a phrasal verb move after its object: "take the bladder out" is
"take out the bladder", "have her gallbladder out" is having it taken out, "put a stent in" is
"put in a stent". Telegraphic English drops the verb: "half thyroid out", "womb out" (learners,
texting, dictation). The lexicon knows the joined form ("take out", "put in a"); this reads the
other forms as it, at every choice and pick-any question. Only when the particle ends its clause
(or only an adverb in -ly follows: "take the cyst out laparoscopically"), and the words between are few (an object, not a sentence). Words are data (dialogues/phrasal.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from ..regex_store import kept

FILE = "phrasal.yaml"
_BETWEEN = 5  # "the bladder", "her whole gallbladder", "half of the thyroid", "the top of my lung"
_STOP = r"(?=\s*(?:[,.;!?)]|\b[a-z]{3,}ly\b|\band\b|\bor\b|\bbut\b|\bso\b|\bnow\b|\bsoon\b|\bfirst\b|\bthen\b|\blast\b|\bnext\b|\byesterday\b|\balready\b|\btoday\b|\btomorrow\b|\bin\b|$))"


@cache
def _data() -> tuple[dict, dict, tuple[str, ...]]:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file(FILE)
    if not isinstance(raw, dict) or not isinstance(raw.get("out"), dict) or not isinstance(raw.get("in"), dict) \
            or not isinstance(raw.get("removable"), list):
        raise LexiconError(f"dialogues/{FILE}: needs the mappings out, in and the list removable")
    removable = tuple(sorted((str(w).lower() for w in raw["removable"]), key=len, reverse=True))
    return ({str(k).lower(): str(v) for k, v in raw["out"].items()}, {str(k).lower(): str(v) for k, v in raw["in"].items()}, removable)


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _patterns():
    outs, ins, removable = _data()
    verbs = "|".join(sorted(map(re.escape, outs), key=len, reverse=True))
    in_verbs = "|".join(sorted(map(re.escape, ins), key=len, reverse=True))
    between = rf"((?:[\w'-]+\s+){{0,{_BETWEEN - 1}}}[\w'-]+)"
    parts = "|".join(re.escape(p) for p in removable)
    return (re.compile(rf"\b({verbs})\s+(?!out\b|it\b|them\b){between}\s+out\b{_STOP}", re.IGNORECASE),
            re.compile(rf"\b({in_verbs})\s+(?!in\b)((?:a|an|the|his|her|my|their|some)\s+(?:[\w'-]+\s+){{0,2}}[\w'-]+)\s+in\b{_STOP}",
                       re.IGNORECASE),
            re.compile(rf"(^\s*(?:only|just)\s+|^|[,.;:]\s*|\band\s+|\bor\s+)((?:(?:half|part|some|all|most|one|both|the|a|an|her|his|my|their|of|whole|left|right)\s+)*"
                       rf"(?:{parts}))\s+out\b{_STOP}", re.IGNORECASE))


def joined(line: str) -> str | None:
    """The line with its split phrasal verbs joined ("take out the bladder"), or None."""
    outs, ins, _ = _data()
    split_out, split_in, bare_out = _patterns()
    out = split_out.sub(lambda m: f"{outs[m.group(1).lower()]} out {m.group(2)}", line)
    out = split_in.sub(lambda m: f"{ins[m.group(1).lower()]} {m.group(2)}", out)
    out = bare_out.sub(lambda m: f"{m.group(1)}take out {m.group(2)}", out)
    out = _take_alone().sub(lambda m: f"{m.group(1)} out {m.group(2)}", out)  # "take whole breast": its removal (helper 11b10)
    return out if out != line else None


@cache
def _take_alone():
    """ "take whole breast", "taking her thyroid": "take" before a removable part, with no "out", is its removal."""
    _, _, removable = _data()
    parts = "|".join(re.escape(p) for p in removable if p not in ("thing", "whole thing", "all of it", "everything", "hardware"))
    return re.compile(rf"\b(take|takes|taking|took)\s+(?!out\b)((?:(?:the|a|an|her|his|my|their|whole|entire|half|part|of|one|both|left|right)\s+)*(?:{parts})){_STOP}",
                      re.IGNORECASE)
