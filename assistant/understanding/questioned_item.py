"""One item of a pick-several answer questioned and hedged, the others said plainly (helper u23b).

At the SURE tests "I have support. sure? kinda", "i get the pros and cons now. sure? kinda??", "2 and 4. 1? sort of",
"support yes, the values one... maybe?" offered every item back, the questioned one with them ("Did you mean ... and
"I feel sure about the best choice"?"): a Yes stored what the person doubted. When the hedge stands last, after the
item it questions ("sure?" then "kinda"; "the values one..." then "maybe?"), and that item is not the whole answer, the
plain items are kept and the questioned part is asked about, quoted whole (hedge_offer.py names it back when it names
one choice). A hedge after a plain "." ("I understand it and I have support. I think.") still covers every item and is
offered back as before (second_thoughts.hedge_after).
"""

from __future__ import annotations

from .matching import find_hits
from .reading import UNCLEAR, Reading
from .text import parts_between

_CUTS = (".", ",", ";", "!", "?", "/", "-")
_LEADS = ("but", "well", "or", "and", "so")


def _said(toks: list[str]) -> str:
    text = ""
    for t in toks:
        text += t if (t in _CUTS or not text) else " " + t
    return text


def questioned_item(reading, toks: list[str], spec, lex, hedges) -> Reading | None:
    """The plain items kept and the questioned, hedged one asked about, or None."""
    if not spec.multi or not isinstance(reading.value, list) or len(reading.value) < 2:
        return None
    parts = parts_between(toks, _CUTS)
    if len(parts) < 2:
        return None
    (s, e), (hs, he) = parts[-2], parts[-1]
    hedge = tuple(toks[hs:he])
    if not (hedge in hedges or (hedge[1:] in hedges and hedge[0] in _LEADS)):
        return None
    between, after = toks[e:hs], toks[he:]
    if not ("?" in between or "?" in after or between.count(".") >= 2):
        return None  # "... and I have support. I think.": the hedge covers the whole answer
    named = {h.choice for h in find_hits(toks, spec, lex) if s <= h.start < e and not h.negated}
    named |= {spec.choices[int(t) - 1].id for t in toks[s:e] if t.isascii() and t.isdigit() and 1 <= int(t) <= len(spec.choices)}
    rest = [c for c in reading.value if c not in named]
    if not named or not named <= set(reading.value) or not rest:
        return None
    return Reading(UNCLEAR, rest, unclear=_said(toks[s:]), note=reading.note)


__all__ = ["questioned_item"]
