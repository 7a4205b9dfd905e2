"""A degree said as the whole first answer (helper u17): "Partially? They cover the evaluation, not sure about
a second center", "Partly: Medicare covers it, but I have not verified ...", "sort of, they said it depends".

The degree opens the line, alone before a stop, so it qualifies the whole answer, whatever word decides the
choice after it (listener.py's part_degree reads a degree only beside that word: "partly covered"). At a
pick-one question a reading about to be stored is offered back instead (a Yes/No turn). Not when the reading
is itself a doubt ("Not sure"), carries a date or names a month or a weekday ("kinda? after his next report
card, like in january": the time is the answer), nor at the red-flag and urgent questions, which the safety
screen reads. Words are data: dialogues/listener.yaml (opening_degrees, opening_fillers).
"""

from __future__ import annotations

from dataclasses import replace

from .reading import LIKELY, SURE, Reading
from .text import clean, tokens

_HEDGED = ("fairly", "not_sure", "unsure", "not_said", "dont_know")
_STOPS = (",", ".", "?", "!", ":", ";", "-", "...")


def _opening(toks: list[str]) -> bool:
    from .listener import find

    i = 0
    while (f := next((e for s, e in find(toks, "opening_fillers") if s == i), None)) is not None:
        i = f + (1 if f < len(toks) and toks[f] == "," else 0)
    end = next((e for s, e in find(toks, "opening_degrees") if s == i), None)
    return end is not None and end < len(toks) and toks[end] in _STOPS


def whole_degree(reading: Reading, line: str, spec, lex) -> Reading:
    """The reading, or the same reading offered back when a degree opens the line alone."""
    if reading.certainty != SURE or spec.ask != "choice" or reading.asked or reading.value is None or reading.date:
        return reading
    if spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False) or reading.value in _HEDGED:
        return reading
    toks = tokens(clean(line))
    if not _opening(toks) or any(t in lex.months or t in lex.weekdays for t in toks):
        return reading
    return replace(reading, certainty=LIKELY)
