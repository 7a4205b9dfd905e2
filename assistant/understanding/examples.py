"""An example given of a pick belongs to that pick: "the options, including watchful waiting",
"scans such as the MRI", "side effects, e.g. nausea". A choice named right after "including",
"such as", "like", "e.g.", "for example" that comes straight after another pick is that pick's
example, not a pick of its own (the words are in `EXAMPLE_WORDS`, shared by every question).

Two examples with "or" between them after "like" ("8 and 10. like surgery or antibiotics") are what
the doubt is about, not a pick: a choice's words there are dropped (`alternatives_dropped`, from a
fifth user trial)."""

from __future__ import annotations

EXAMPLE_WORDS = (("including",), ("incl",), ("inc",), ("includes",), ("such", "as"), ("like",), ("eg",), ("e", "g"), ("for", "example"),
                 ("for", "instance"), ("especially",), ("esp",), ("in", "particular"), ("particularly",), ("ie",), ("namely",), ("even",))
_ABBREVIATED = {w[-1] for w in EXAMPLE_WORDS} | {"e", "g", "ie"}  # "incl.", "e.g.": a full stop that ends a short form
_SKIP = {",", ".", ":", "-", "(", "a", "an", "the", "of", "say"}


def examples_dropped(toks: list[str], hits: list) -> list:
    from dataclasses import replace

    kept: list = []
    prev = None
    for hit in sorted(hits, key=lambda h: h.start):
        example = prev is not None and prev.choice != hit.choice and not hit.negated and not prev.negated and _example_between(toks, prev.end, hit.start)
        if example:
            hit = replace(hit, choice=prev.choice)  # its words belong to the pick before
        prev = hit
        kept.append(hit)
    return kept


def _example_between(toks: list[str], start: int, end: int) -> bool:
    """Between the two picks: an example word first, then at most two words of the example
    ("options incl. watchful waiting")."""
    gap = [t for t in toks[start:end] if t not in _SKIP]  # "e.g." is "e", "g" here
    span = toks[start:end]
    marks = [k for k, t in enumerate(span) if t in (",", ";", ".") and k > 0 and not (t == "." and span[k - 1] in _ABBREVIATED)]
    if marks:
        return False  # "options, like I said, and the risks": a new pick after the mark
    return any(tuple(gap[: len(w)]) == w and len(gap) <= len(w) + 2 for w in EXAMPLE_WORDS)


_OR = {"or", "vs", "versus"}


def alternatives_dropped(toks: list[str], hits: list) -> list:
    """A choice named as one of two examples joined by "or", right after an example word: no pick
    ("like surgery or antibiotics", "such as chemo or radiation")."""
    return [hit for hit in hits if hit.negated or not _among_alternatives(toks, hit.start, hit.end)]


def _among_alternatives(toks: list[str], start: int, end: int) -> bool:
    def example_before(k: int) -> bool:
        gap = [t for t in toks[max(0, k - 4):k] if t not in _SKIP]
        return any(tuple(gap[len(gap) - len(w):]) == w for w in EXAMPLE_WORDS if len(gap) >= len(w))

    if example_before(start) and toks[end:end + 1] and toks[end] in _OR and end + 1 < len(toks) and toks[end + 1] not in _SKIP:
        return True  # "like surgery or antibiotics"
    k = start - 1
    while k >= 0 and toks[k] in ("a", "an", "the"):
        k -= 1
    if k >= 1 and toks[k] in _OR:
        j = k - 1  # "like antibiotics or surgery": the word before "or", after an example word
        while j > 0 and j > k - 4 and not example_before(j) and toks[j - 1] not in (",", ".", ";"):
            j -= 1
        return example_before(j)
    return False
