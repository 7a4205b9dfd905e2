"""Which of two choices named in one line is the answer, when the line says so by its shape.

  "a hearing aid instead of surgery", "pills rather than an operation": the one put in place of
      the other is the answer;
  "I want to see the differences first, then I decide about a third": the one done first is the
      answer now, the other kept as a note;
  "I don't know if he wants to upset her, ..., so no, not yet": the answer the line comes to
      after "so" at the end, when the rest was a doubt.

Used by the second look (caution.py) at pick-one questions only.
"""

from __future__ import annotations

from .matching import find_hits
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean

_IN_PLACE = (("instead", "of"), ("rather", "than"), ("in", "place", "of"), ("as", "opposed", "to"), ("not",), ("over",),
             ("more", "than"), ("better", "than"))  # "a visit to explain would help us more than a new doctor" (ut15)
_ARTICLES = {"a", "an", "the", "any", "some", "his", "her", "my", "more"}


def _named(toks, spec, lex):
    """Choice -> its hits, for choices named in words (not numbers)."""
    found: dict[str, list] = {}
    for h in find_hits(toks, spec, lex):
        if h.strength == 3:
            found.setdefault(h.choice, []).append(h)
    return found


def _after(toks, start, phrases) -> bool:
    k = start
    while k > 0 and toks[k - 1] in _ARTICLES:
        k -= 1
    return any(tuple(toks[max(0, k - len(p)) : k]) == p for p in phrases)


def instead_of(reading, toks, line, spec, lex):
    """ "a hearing aid instead of surgery": of two choices, the one put in place of the other."""
    if spec.multi:
        return None
    named = _named(toks, spec, lex)
    if len(named) == 1:
        return _only_put_aside(reading, toks, line, spec, named)
    if len(named) != 2:
        return None
    put_aside = [c for c, hs in named.items() if all(_after(toks, h.start, _IN_PLACE) for h in hs)]
    if len(put_aside) != 1:
        return None
    kept = next(c for c in named if c != put_aside[0])
    if any(h.negated or {"not", "longer", "isnt", "never"} & set(toks[max(0, h.start - 3) : h.start]) for h in named[kept]):
        return None  # "no longer a kid, not an adult either": both said not to be it; asked
    if max(h.start for h in named[kept]) > min(h.start for h in named[put_aside[0]]):
        return None  # "instead of surgery they suggest pills": only the plain order is taken; the other way is asked
    return Reading(SURE, kept, note=clean(line))


# Only the comparisons: "pins instead of a new hip" is still a surgery (round 26), "a cord on the spine instead of
# fusion" still a procedure (round 27): what is put in place of a choice can be of its kind.
_COMPARED = (("more", "than"), ("better", "than"))


def _only_put_aside(reading, toks, line, spec, named):
    """ "a visit to explain would help us more than a new doctor": the one choice named is the one put
    aside, so it is not the answer; asked between the others when two are left (ut15)."""
    (choice, hits), = named.items()
    if reading.value != choice or not all(_after(toks, h.start, _COMPARED) for h in hits):
        return None
    left = [c.id for c in spec.choices if c.id != choice]
    if len(left) == 2:
        return Reading(UNCLEAR, options=tuple(left), unclear=clean(line))
    return Reading(UNCLEAR, unclear=clean(line))


_LATER = ("then", "later", "after", "afterwards", "eventually", "next", "down the road", "if")  # "if": "if that fails", "if needed", "if they fail"

# What the doctor offered as a plan: the later step is set aside only when it is put as a maybe ("consider surgery only later").
_MAYBE = {"consider", "maybe", "perhaps", "possibly", "might", "if", "only", "could", "eventually"}


def first_then(reading, toks, line, spec, lex):
    """ "see the differences first, then decide about a third", "try a second medicine first, and
    consider surgery only later", "2 first, then maybe 1 later": the one done first."""
    from .caution import words

    if spec.name not in words()["first_then_states"] or "first" not in toks:
        return None
    first_at = toks.index("first")
    marks = _LATER
    later = [(k, k + len(p.split())) for k in range(first_at + 1, len(toks)) for p in marks if toks[k : k + len(p.split())] == p.split()]
    if not later:
        return None
    then_at = later[0][0]
    said = {k for s, e in later for k in range(s, e)}
    named = {c: kept for c, hs in _named(toks, spec, lex).items() if (kept := [h for h in hs if not set(range(h.start, h.end)) <= said])}
    for k, tok in enumerate(toks):  # "2 first, then 1": choices by their numbers
        if tok.isascii() and tok.isdigit() and 1 <= int(tok) <= len(spec.choices) and (k + 1 == len(toks) or toks[k + 1] not in ("days", "weeks", "months", "years")):
            named.setdefault(spec.choices[int(tok) - 1].id, []).append(type("At", (), {"start": k, "end": k + 1})())
    if len(named) != 2:
        return None
    before = [c for c, hs in named.items() if all(h.end <= first_at for h in hs)]
    after = [c for c, hs in named.items() if all(h.start > then_at - 3 and h.start > first_at for h in hs)]
    if spec.name.startswith("compare_") and not _MAYBE & set(toks[first_at + 1 :]):
        return None  # "chemo first, then surgery later": a plan of two steps, asked
    if len(before) == 1 and len(after) == 1 and before != after:
        return Reading(SURE, before[0], note=clean(line))
    return None


def conclusion(reading, toks, line, spec, lex):
    """ "I don't know if ..., so no, not yet": read the end after "so" when the rest was a doubt."""
    if spec.multi or not (reading.dont_know or reading.certainty in (UNCLEAR, LIKELY)):
        return None
    marks = [i for i in range(1, len(toks) - 1) if toks[i] == "so" and toks[i - 1] in (",", ".", ";")]
    if not marks or len(toks) - marks[-1] > 8:
        return None
    from .read import read

    tail = " ".join(toks[marks[-1] + 1 :])
    end = read(tail, spec, lexicon=lex)
    before = {h.choice for h in find_hits(toks[: marks[-1]], spec, lex) if h.strength == 3}
    if before - {end.value}:
        return None  # "Frank would say the strongest, ..., so put down the gentler one": two answers; asked
    agreed = end.certainty == LIKELY and before == {end.value}  # "Sure enough to book me, so: sure": both parts say it
    if (end.certainty == SURE or agreed) and end.value is not None and not end.asked:
        return Reading(SURE, end.value, note=clean(line))
    return None
