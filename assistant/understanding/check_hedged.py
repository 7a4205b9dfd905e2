"""A "no" at the emergency check question that does not sound sure is asked once more (dialogues/check_hedged.yaml).

"not rn i think? she said earlier it felt weird", "not really", "probably not" at "Is this happening now?" were stored
as No and the conversation went on (round 40, folded). Safety first: when in doubt, ask one direct question and never
hold back the advice. The question is asked again, with a line saying that when unsure it is safer to treat it as
happening now (the question's own text gives the number to call). A plain "no", "not rn", "no i dont think it was chest
pain, i typed it wrong" stay a No."""

from __future__ import annotations

import re
from functools import cache

from .phrase_files import PhraseFile, has
from .reading import SURE, UNCLEAR, Reading
from .text import clean


_FILE = PhraseFile("check_hedged.yaml")


@cache
def _words() -> dict:
    raw = _FILE.data()
    return {"states": _FILE.words("states"), "unsure_no": _FILE.phrases("unsure_no"), "hedges": _FILE.phrases("hedges"),
            "message": str(raw.get("message") or "")}


def check_hedged(reading: Reading, line: str, spec) -> Reading:
    words = _words()
    if spec.name not in words["states"] or reading.certainty != SURE or reading.value != "no":
        return reading
    low = line.lower().replace("'", "").replace("’", "")
    text = " ".join(re.findall(r"[a-z?]+", low))
    # the answer's own clause: "i dont think so? ...", not a question after it ("no, but how do i know ...?", review rv33)
    first = " ".join(re.findall(r"[a-z]+", re.split(r"[?,;.!]|\bbut\b", low)[0]))
    said = first.split()  # letters only: its words, as the phrases are read
    unsure = has(said, words["unsure_no"]) and not re.search(r"\b(?:typed|meant|mean|wrong word|misunderstood|picked up)\b", text)
    if not unsure and "?" in text and has(said, words["hedges"]):
        unsure = True
    if not unsure:
        return reading
    return Reading(UNCLEAR, unclear=clean(line), message=words["message"])
