"""A word two choices share, said beside a word only one of them has: "try the other way first,
cheaper and faster". "Cheaper" alone fits both another way and keeping the plan (the lexicon's
`either`), and is asked about; beside "the other way", which names one of them alone, it is a
reason for that one, and the line is that choice.

Only when every word of the other choices is one they share with it, that word is a quality
(a reason, "cheaper"), not a thing ("a stent", "her ENT": still asked), nothing is negated, and
the line names no third choice.
"""

from __future__ import annotations

from .matching import find_hits
from .reading import SURE, Reading
from .text import clean, tokens


# Qualities two choices share (a reason, not a thing): "cheaper", "quicker", "less money".
_QUALITIES = frozenset({"cheaper", "cheapest", "faster", "fastest", "quicker", "quickest", "easier", "easiest", "simpler", "simplest",
                        "less", "money", "time", "the", "way", "cheap", "fast", "quick", "easy", "simple"})


def named_beside(line: str, reading: Reading, spec, lex) -> Reading | None:
    """The one choice named on its own, when the rest of the line only shares its words; or None."""
    if spec.multi or len(reading.options) < 2:
        return None
    from .either_settled import settled_by_statement  # "Another urologist, also surgeon": the statement beside it decides

    settled = settled_by_statement(line, reading, spec, lex)
    if settled is not None:
        return settled
    toks = tokens(clean(line))
    hits = find_hits(toks, spec, lex)
    if not hits or any(h.negated for h in hits):
        return None
    spans: dict[str, set[tuple[int, int]]] = {}
    for h in hits:
        spans.setdefault(h.choice, set()).add((h.start, h.end))
    own = [c for c, where in spans.items() if any(all(s not in spans[o] for o in spans if o != c) for s in where)]
    if len(own) != 1 or own[0] not in reading.options or not set(reading.options) <= set(spans):
        return None
    chosen = own[0]
    if not all(where <= spans[chosen] for c, where in spans.items() if c != chosen):
        return None
    shared = {s for c, where in spans.items() if c != chosen for s in where}
    if not all(set(toks[a:b]) <= _QUALITIES for a, b in shared):
        return None  # "her ENT, he operates", "surgery to put in a stent": a thing both choices name is asked about
    return Reading(SURE, chosen)
