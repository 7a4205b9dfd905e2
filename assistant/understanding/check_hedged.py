"""A "no" at the emergency check question that does not sound sure is asked once more (dialogues/check_hedged.yaml).

"not rn i think? she said earlier it felt weird", "not really", "probably not" at "Is this happening now?" were stored
as No and the conversation went on (round 40, folded). Safety first: when in doubt, ask one direct question and never
hold back the advice. The question is asked again, with a line saying that when unsure it is safer to treat it as
happening now (the question's own text gives the number to call). A plain "no", "not rn", "no i dont think it was chest
pain, i typed it wrong" stay a No."""

from __future__ import annotations

import re
from functools import cache

from .reading import SURE, UNCLEAR, Reading
from .text import clean


@cache
def _words() -> dict:
    from .datafile import read_words_file

    raw = read_words_file("check_hedged.yaml") or {}
    return {"states": frozenset(raw.get("states") or ()), "unsure_no": tuple(str(w) for w in raw.get("unsure_no") or ()),
            "hedges": tuple(str(w) for w in raw.get("hedges") or ()), "message": str(raw.get("message") or "")}


def _has(text: str, phrases: tuple[str, ...]) -> bool:
    return any(re.search(rf"(?<![\w']){re.escape(p)}(?![\w'])", text) for p in phrases)


def check_hedged(reading: Reading, line: str, spec) -> Reading:
    words = _words()
    if spec.name not in words["states"] or reading.certainty != SURE or reading.value != "no":
        return reading
    low = line.lower().replace("'", "").replace("’", "")
    text = " ".join(re.findall(r"[a-z?]+", low))
    # the answer's own clause: "i dont think so? ...", not a question after it ("no, but how do i know ...?", review rv33)
    first = " ".join(re.findall(r"[a-z]+", re.split(r"[?,;.!]|\bbut\b", low)[0]))
    unsure = _has(first, words["unsure_no"]) and not re.search(r"\b(?:typed|meant|mean|wrong word|misunderstood|picked up)\b", text)
    if not unsure and "?" in text and _has(first, words["hedges"]):
        unsure = True
    if not unsure:
        return reading
    return Reading(UNCLEAR, unclear=clean(line), message=words["message"])
