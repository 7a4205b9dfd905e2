""""Sure" said with a figure below a hundred at the SURE tests (helper u21a).

"sure? like 70% sure lol. and i understand stuff way better" and "Sure: inching towards it (call it 60%)" were stored
with "I feel sure"; "Roughly 75% confident, which I would not call sure. Items 2, 3, 4." too. A part of the line
(between the marks , . ; ! ? and brackets) that holds a figure below `below` per cent ("70%", "60 percent", "not
100%") beside a word of the sure item, or a part just after "Sure:" holding such a figure, says the person is not yet
sure. When the reading holds the sure item: the other items said plainly are kept and the part is asked about, quoted
("I got 2. What did you mean by ...?"); picks given as numbers without the sure item's number are stored as given.
A figure of `below` or more ("100% sure", "I'm 95 percent sure") is sure. The words are data: dialogues/sure_percent.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from .phrase_files import PhraseFile, spans
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("sure_percent.yaml")
_PART = re.compile(r"[,.;!?()]+|\s+(?:and|but|though|tho)\s+", re.I)


@cache
def _figure() -> re.Pattern:
    """A figure said as a share: the words after it from the yaml's `percent` ("70%", "70 percent", "70 per cent")."""
    after = "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "") for w in sorted(WORDS.words("percent"), key=len, reverse=True))
    return re.compile(rf"(\d{{1,3}})\s*({after})", re.I)


def sure_percent(reading: Reading, line: str, spec, read_part) -> Reading:
    """The reading without a sure item said with a figure below a hundred, the part asked about."""
    sure = WORDS.data()["states"].get(spec.name)
    if sure is None or not isinstance(reading.value, list) or sure not in reading.value or reading.asked:
        return reading
    figure = _figure()
    if not figure.search(line):
        return reading
    below, words = int(WORDS.data()["below"]), WORDS.words("sure_words")
    doubted = []
    pieces = [p for p in _PART.split(line) if p and p.strip()]
    for n, piece in enumerate(pieces):
        figures = [int(m.group(1)) for m in figure.finditer(piece)]
        if not figures:
            continue
        toks = tokens(clean(piece))
        if WORDS.words("about_else") & set(toks):
            continue  # "im confident in the 80% success rate": a share of something else, not of being sure (review rv28)
        low = any(f < below for f in figures) or ("not" in toks and any(f >= 100 for f in figures))
        before = pieces[n - 1].strip().lower() if n else ""
        after_label = any(before.startswith(w + ":") for w in words)  # "Sure: inching towards it (call it 60%)"
        if low and words & set(toks):
            doubted.append(piece.strip())
        elif low and after_label:  # quoted from the label on, as typed: "Sure: inching towards it (call it 60%)"
            at = line.find(pieces[n - 1].strip())
            end = line.find(piece.strip(), at) + len(piece.strip())
            doubted.append(line[at : end + (line[end : end + 1] == ")")].strip())
    if not doubted:
        return reading
    kept = [v for v in reading.value if v != sure]
    numbers = [int(t) for t in tokens(clean(figure.sub(" ", line))) if t.isdigit()]
    sure_number = next((k for k, c in enumerate(spec.choices, 1) if c.id == sure), None)
    if numbers and kept and sure_number not in numbers and reading.certainty == SURE:  # "Items 2, 3, 4": as given
        return Reading(SURE, kept, note=reading.note)
    if not kept:  # "Im 70 percent sure": asked, never stored as sure
        label = next((c.label for c in spec.choices if c.id == sure), sure)
        return Reading(UNCLEAR, None, unclear=line.strip(), message=str(WORDS.data()["message"]).format(sure=label), note=reading.note)
    quoted = "; ".join(dict.fromkeys(doubted))
    return Reading(UNCLEAR, kept, unclear=quoted, note=reading.note)
