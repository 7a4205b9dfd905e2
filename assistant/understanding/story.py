"""The rest of a story kept as a note: "tried physical therapy for 4 months and my back is no
better", "when the bone marrow results come back", "throw everything at it. im 19", "whatever
gives her the best chance, she's a fighter".

notes.py keeps the reason said after a bare answer or in a part of its own. A line that says
more than the words that picked the answer (a test awaited, what was tried, an age, a wish) but
was read with no note loses it; here such a line is kept whole as the note, so the plan can show
it. Only for a pick-one answer stored as sure, when at least `_MORE` words beyond the picking
words carry meaning (not fillers, not courtesy), and never for a line read from a number alone.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import Lexicon
from .matching import find_hits
from .reading import SURE, Reading
from .text import capital_first, clean, tokens

_MORE = 2  # words of meaning beyond the picking words
_LONGEST = 160  # characters: a longer story is cut at a word


def with_story(reading: Reading, line: str, spec, lex: Lexicon) -> Reading:
    """The reading with the line kept as its note, when the line says more than the pick."""
    if reading.certainty != SURE or reading.note or spec.multi or not isinstance(reading.value, str) or spec.ask != "choice":
        return reading
    toks = tokens(line)
    hits = [h for h in find_hits(toks, spec, lex) if h.choice == reading.value and not h.negated]
    used = {i for h in hits for i in range(h.start, h.end)}
    if not hits and not reading.date:
        return reading  # read by a position, a count or a rewrite: no story to keep
    more = [t for i, t in enumerate(toks) if i not in used and (t.isalpha() or t.isdigit()) and t not in lex.fillers
            and t not in lex.commentary and (t,) not in lex.negations]
    if len(more) < _MORE:
        return reading
    note = clean(line).strip(" .!?")
    if len(note) > _LONGEST:
        note = note[:_LONGEST].rsplit(" ", 1)[0] + " ..."
    return replace(reading, note=capital_first(note))
