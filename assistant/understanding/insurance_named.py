"""The insurance named, not said to ask for a second opinion (a lead's walk, 2026-12-07: "medicare is her insurance" at
"A few more things can make a second opinion worth it" was stored as *The insurance asks for a second opinion*).

At the question holding an `insurance_requires` choice, each sentence that speaks of the insurance is looked at: one that
names it with a word of asking or requiring ("the insurance wants it", "her medicare plan requires it") keeps the pick;
one that only names it ("medicare is her insurance", "and insurance is Medicare") does not: the pick is left out and the
clause is asked about. One whose asking is denied ("the insurance, Medicare, they dont ask nothing") leaves the pick out
with nothing asked. A clause that is only the pick ("the insurance", "1 and insurance") is the pick, as before. Words:
dialogues/insurance_named.yaml."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .phrase_files import PhraseFile, said
from .reading import SURE, UNCLEAR, Reading

_CHOICE = "insurance_requires"


_FILE = PhraseFile("insurance_named.yaml")


@cache
def _words() -> dict[str, tuple[str, ...]]:
    raw = _FILE.data()
    return {k: tuple(str(w).lower() for w in raw.get(k) or ()) for k in ("insurance", "asking", "denied", "alone")}


def _without(text: str, phrases: tuple[str, ...]) -> str:
    """`text` without the asking phrases that hold a denial of their own ("wont pay without it" asks)."""
    for p in sorted(phrases, key=len, reverse=True):
        text = re.sub(rf"(?<![\w']){re.escape(p)}(?![\w'])", " ", text)
    return text


def _denied(sentence: str, words: dict) -> bool:
    """Every asking word in the sentence has a denial within the three words before it ("they dont ask nothing"), not
    one elsewhere ("insurance wants it and my guy is not a spine guy"); a denial inside the asking phrase ("wont pay
    without it") asks."""
    asks = [m for p in words["asking"] for m in re.finditer(rf"(?<![\w']){re.escape(p)}(?![\w'])", sentence)]
    plain = [m for m in asks if not said(m.group(0), words["denied"])]
    if not plain:
        return False
    denying = tuple(p for p in words["asking"] if said(p, words["denied"]))  # "wont pay without it": the denial asks
    return all(said(" ".join(_without(sentence[: m.start()], denying).split()[-3:]), words["denied"]) for m in plain)


def _sentences(line: str) -> list[str]:
    return [c.strip(" ,-") for c in re.split(r"[.;!?()\n]+", line.lower()) if c.strip(" ,-")]


def insurance_named(reading: Reading, line: str, spec) -> Reading:
    if not spec.multi or not isinstance(reading.value, list) or _CHOICE not in reading.value or reading.asked:
        return reading
    if not any(c.id == _CHOICE for c in spec.choices):
        return reading
    words = _words()
    about = [c for c in _sentences(line) if said(c, words["insurance"])]
    if not about or re.search(r"\b\d+\b", line):
        return reading  # "2 insurance", "3 - the insurance": a number picks it
    asked = [c for c in about if said(c, words["asking"])]
    if any(not _denied(c, words) for c in asked):
        return reading  # "the insurance wants it": asked, and not denied
    rest = [v for v in reading.value if v != _CHOICE]
    if asked:  # "they dont ask nothing": not asked, said plainly
        return replace(reading, value=rest) if rest else Reading(UNCLEAR, unclear=", ".join(about))
    parts = [p for c in about for p in re.split(r",|\band\b|&|\bplus\b", c) if said(p, words["insurance"])]
    if any(all(w in words["alone"] for w in re.findall(r"[\w'&-]+", p)) for p in parts):
        return reading  # "the insurance", "diabetes, and the insurance": the pick itself
    unclear = ", ".join(about)
    if reading.certainty == UNCLEAR and reading.unclear:
        unclear = f"{reading.unclear}, {unclear}"
    return Reading(UNCLEAR, rest, unclear=unclear, note=reading.note) if rest or reading.certainty == SURE else reading
