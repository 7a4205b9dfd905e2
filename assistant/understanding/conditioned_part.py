"""Plain picks, then one more named only on a condition (helper u23b): "1 and 2, and 6 if you count the pills that
didnt work", "the plan, and the stage if you count the size". loose_ends.py asked the whole line again ('"..." depends
on whether it counts. Which did you mean?') and the plain picks were lost. When the condition stands in the last part
of the line (after a mark or "and"), and the parts before it name choices plainly (no "none", no doubt of their own),
those are kept and only the conditioned part is asked about, quoted whole. "none really, unless you count her asthma"
and a condition in the only part are asked as before.
"""

from __future__ import annotations

from .matching import find_hits
from .phrase_files import part_marks
from .reading import UNCLEAR, Reading

_JOINS = ("and", "plus", "also")


def conditioned_part(toks: list[str], at: int, spec, lex, value) -> Reading | None:
    """The plain picks before the part holding the condition at `at` kept, that part asked about; or None."""
    if not spec.multi or not isinstance(value, list):
        return None
    marks = part_marks() | set(_JOINS)
    limit = at - 1 if at and toks[at - 1] == "," else at  # "1, her diabetes, if you count that": the thing before the comma
    cut = max((k for k in range(limit) if toks[k] in marks), default=None)
    if cut is None:
        return None
    start = cut + 1
    while cut > 0 and toks[cut - 1] in marks:
        cut -= 1
    head = toks[:cut]
    if not any(t.isalnum() for t in head) or start >= limit:
        return None
    hits = find_hits(toks, spec, lex)
    if any(h.negated and h.start < cut for h in hits):
        return None
    kept = {h.choice for h in hits if h.end <= cut}
    kept |= {spec.choices[int(t) - 1].id for t in head if t.isascii() and t.isdigit() and 1 <= int(t) <= len(spec.choices)}
    words = [t for t in head if t.isalnum()]
    if not kept or spec.none_choice in kept or not kept <= set(value) or len(words) > 8:
        return None  # a long head may hold a doubt or a story of its own: left to the question as a whole
    said = " ".join(toks[start:]).strip(" ,.;!")
    return Reading(UNCLEAR, [c for c in value if c in kept], unclear=said)


__all__ = ["conditioned_part"]
