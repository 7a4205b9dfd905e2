"""A line opened by a bare "ok", "yes" or "no" and then an answer in words (helper ut15, whole journeys):
"ok I will keep going with what my GP says", "yes I will try another way first".

At a pick-one question where the opening word is itself a choice's word (at the fit question "ok" and
"yes" plan a second opinion, "no" tries another way), the opener was heard as that choice and the
line was asked between two. When the words after the opener read as one other choice on their own,
the opener was only a way to start talking: the rest is the answer.
"""

from __future__ import annotations

from dataclasses import replace

from .matching import find_hits
from .reading import LIKELY, SURE

_OPENERS = frozenset({"ok", "okay", "alright", "yes", "yeah", "yep", "no", "nah", "well"})
_HEDGES = frozenset({"maybe", "idk", "perhaps", "probably", "guess", "unsure", "dunno", "possibly", "might"})


def opener_then_answer(reading, toks, line, spec, lex):
    if spec.multi or len(toks) < 4 or toks[0] not in _OPENERS or reading.dont_know or reading.asked:
        return None  # "no idea how many doctors he has seen": not knowing, read as such
    if toks[1] in ("idea", "clue", "way", "one", "more", "longer", "matter", "doubt", "problem", "worries", "need"):
        return None  # "no idea", "no way", "no one", "no more tests": the opener is part of the words after it
    if any(c.id in ("yes", "no") or c.label.split()[0].strip(",.:").lower() in ("yes", "no") for c in spec.choices):
        return None  # a yes-or-no question: "no more tests, they said the plan is final" answers with its opener
    if "?" in toks or _HEDGES & set(toks) or "not sure" in " ".join(toks):
        return None  # "ok try another way maybe", "yes another way? idk": a doubt stays asked (the review, rv15)
    rest_at = 2 if toks[1] in (",", ".", "!", "-") else 1
    opener = {h.choice for h in find_hits(toks[:1], spec, lex) if h.strength == 3}
    if not opener:
        return None  # the opener names no choice here: not what this check mends
    if reading.certainty == SURE and not reading.options:
        if reading.value not in opener or any(h.choice == reading.value and h.start > 0 for h in find_hits(toks, spec, lex)):
            return None  # sure of a choice the rest also names: it stands
    from .read import read

    rest = read(" ".join(toks[rest_at:]), spec, lexicon=lex)
    if rest.asked or rest.dont_know or rest.options or rest.value is None or not isinstance(rest.value, str):
        return None
    if rest.value in opener or rest.certainty not in (SURE, LIKELY):
        return None  # "ok, plan it": the rest says the opener's own choice; the first reading stands
    return replace(rest, note=rest.note)
