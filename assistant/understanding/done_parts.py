"""A part said as done is no answer where the question asks what is still to come.

A user trial (2026-12-04, fourth): "had the cat scan. nothin else" at "Are any tests planned or
pending?" was offered back as *Yes* (the opposite), the scan's words pointing at the tests. At a
question whose lexicon says `still_to_come: true`, a sentence that opens by saying it was done ("had
the CT", "already did the bloods", "we got the MRI last week") tells history: it is kept as the
note, and the rest of the line is the answer ("nothing else": No). When the rest says nothing, an
answer read from the done part alone is not offered back; the question is asked again.
"""

from __future__ import annotations

from dataclasses import replace

from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

_DONE_OPEN = (("had",), ("did",), ("got",), ("already",), ("done",), ("finished",), ("completed",), ("i", "had"), ("we", "had"),
              ("he", "had"), ("she", "had"), ("they", "did"), ("i", "did"), ("we", "did"), ("i", "got"), ("we", "got"), ("ive", "had"),
              ("weve", "had"), ("hes", "had"), ("shes", "had"), ("just", "had"))
_CUT = (".", ";", "!", ",")


def _sentences(toks: list[str]) -> list[list[str]]:
    out, current = [], []
    for t in toks:
        if t in _CUT:
            if current:
                out.append(current)
            current = []
        else:
            current.append(t)
    if current:
        out.append(current)
    return out


# A sentence that goes on to what is now or still to come is not only history ("had a knee replacement and now it is worse").
_NOT_ONLY_DONE = frozenset({"now", "still", "again", "but", "waiting", "pending", "next", "will", "soon", "yet", "getting", "coming", "due"})


def _done(words: list[str]) -> bool:
    return any(tuple(words[: len(p)]) == p for p in _DONE_OPEN) and not _NOT_ONLY_DONE & set(words)


def without_done(reading: Reading, line: str, spec, lex, read_part) -> Reading:
    if not lex.state(spec.name).still_to_come or spec.ask != "choice" or reading.certainty == SURE or reading.asked:
        return reading
    parts = _sentences(tokens(clean(line)))
    done = [p for p in parts if _done(p)]
    if not done:
        return reading
    rest = [p for p in parts if not _done(p)]
    if rest:
        later = read_part(". ".join(" ".join(p) for p in rest))
        if later.certainty == SURE and later.value not in (None, "") and not later.asked:
            note = "; ".join(" ".join(p) for p in done)
            return replace(later, note=(note[:1].upper() + note[1:]) if not later.note else later.note)
    if reading.certainty == LIKELY:
        return Reading(UNCLEAR, unclear=clean(line))  # only history was told: nothing to offer back
    return reading
