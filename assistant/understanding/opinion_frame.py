"""A pick framed by "I think" at a question about one's own plan (helper u22b; dialogues/opinion_frame.yaml): "I think
I'll just keep the plan for now", "I think a third one, they totally disagree", "genetic test still pending i think" were
offered back for a Yes as if "I think" were a doubt. Said of what one will do, it is how people say it: the frame is taken
out and the rest read again; the same pick read sure from the rest is stored. One frame, no other doubt, no question mark."""

from __future__ import annotations

import re
from functools import cache

from .phrase_files import PhraseFile, spans
from .reading import LIKELY, SURE, Reading
from .text import clean, tokens

WORDS = PhraseFile("opinion_frame.yaml")
DOUBT = PhraseFile("doubt_words.yaml")


@cache
def _frame_pattern() -> re.Pattern:
    words = sorted((" ".join(p) for p in WORDS.phrases("frames")), key=len, reverse=True)
    said = "|".join(r"\s+".join(re.escape(w) for w in phrase.split()) for phrase in words)
    return re.compile(rf"\b(?:{said})\b\s*,?", re.IGNORECASE)


def opinion_framed(reading: Reading, line: str, spec, reread) -> Reading:
    """`reading`, or the same pick stored when its only doubt was an "I think" framing it (`reread(part)` reads a part)."""
    if spec.name not in WORDS.data()["states"] or reading.certainty != LIKELY or not reading.value or isinstance(reading.value, list):
        return reading
    if reading.asked or reading.reply or reading.dont_know or reading.options or "?" in line:
        return reading
    toks = tokens(clean(line))
    if len(spans(toks, WORDS.phrases("frames"))) == 0 or spans(toks, WORDS.phrases("doubts")) or spans(toks, DOUBT.phrases("doubt")):
        return reading
    rest, found = _frame_pattern().subn(" ", line)
    rest = re.sub(r"\s+([,.!;])", r"\1", re.sub(r"\s{2,}", " ", rest)).strip(" ,;-")
    if found != 1 or len(rest.split()) < 1:
        return reading
    rest_toks = tokens(clean(rest).lower())
    if spans(rest_toks, WORDS.phrases("judged")) or any(tuple(rest_toks[: len(p)]) == p for p in WORDS.phrases("others")):
        return reading  # "I think a second opinion would be overkill", "I think my husband wants one": offered, as before (rv29)
    again = reread(rest)
    if again.certainty != SURE or again.value != reading.value or again.asked or again.unclear or again.options or again.dont_know:
        return reading
    return replace_note(again, reading)


def replace_note(again: Reading, before: Reading) -> Reading:
    """The rest's reading, with the date said in the whole line kept."""
    from dataclasses import replace

    return replace(again, date=again.date or before.date, date_text=again.date_text or before.date_text)
