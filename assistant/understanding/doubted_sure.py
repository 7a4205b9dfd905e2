"""An item named only as what the person is in doubt about, at the SURE tests (lead, walk of 2026-12-07).

"i know the pros and cons but not sure what matters more, his independence or living longer" was stored as knowing
the pros and cons *and* being clear what matters most; "unclear what matters most", "confused about what matters
most", "torn on what matters most" each as "I am clear which good and bad points matter most to me": the item's words
were read, the doubt before them was not. At the questions of dialogues/doubted_choice.yaml, an item every one of whose
words stands just after a doubt ("unclear", "torn", "no idea", ... then "about", "what", "on", ... within three words,
no mark between) is no pick: the other items said plainly are kept ("I know the pros and cons, unclear what matters
most": 2 only), and a line with no other item is asked, never stored. A line of numbers is the person's own pick.
"""

from __future__ import annotations

from dataclasses import replace

from .matching import find_hits
from .phrase_files import PhraseFile, led_by, spans
from .reading import UNCLEAR, Reading
from .text import SEPARATORS, clean, tokens

WORDS = PhraseFile("doubted_choice.yaml")
_REACH = 3
_UNDONE = frozenset({"not", "no", "longer", "never", "nt", "isnt", "aint", "arent", "wasnt", "hardly"})


def doubted_sure(reading: Reading, line: str, spec, lex) -> Reading:
    """The reading without the items only doubted, or an asked one when nothing else was said."""
    if spec.name not in WORDS.words("states") or not isinstance(reading.value, list):
        return reading
    picked = [v for v in reading.value if v != spec.none_choice]
    toks = tokens(clean(line))
    if not picked or any(t.isdigit() for t in toks):
        return reading
    hits = [h for h in find_hits(toks, spec, lex) if not h.negated]
    taken = {i for h in hits for i in range(h.start, h.end)}
    leads = [(s, e) for s, e in spans(toks, WORDS.phrases("doubts")) if s not in taken
             and not (s and toks[s - 1] in _UNDONE)]  # "no longer unclear", "not torn on it anymore": no doubt (the review rv27)
    if not leads:
        return reading
    about = WORDS.phrases("about")

    def reached(start: int) -> bool:
        return led_by(toks, start, leads, _REACH, SEPARATORS, then=about) is not None

    doubted = [c for c in picked if (mine := [h for h in hits if h.choice == c]) and all(reached(h.start) for h in mine)]
    if not doubted:
        return reading
    kept = [v for v in reading.value if v not in doubted]
    if kept:  # (kept beside a part still asked about too: "I got 2. What did you mean by ...?")
        return replace(reading, value=kept)
    return Reading(UNCLEAR, None, unclear=line.strip(), message=str(WORDS.data()["message"]), note=reading.note)
