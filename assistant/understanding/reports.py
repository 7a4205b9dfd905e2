"""A report had, its images not: "only the MRI report, not the images", "an ultrasound report (no
images yet)". Both name the scans choice, once said and once denied; the person has the report,
which is a record of that kind, so the choice stands and nothing is in doubt. Said of the same
kind of thing both ways ("the scans, no scans") it is still asked (choices.py)."""

from __future__ import annotations

# What is had: a paper about it. What is not: the thing itself (the pictures, the disc, the slides).
_PAPER = frozenset({"report", "reports", "result", "results", "summary", "summaries", "letter", "printout", "findings", "read", "reading"})
_THING = frozenset({"images", "image", "pictures", "picture", "films", "film", "disc", "disk", "cd", "cds", "dvd", "slides", "slide",
                    "blocks", "scans", "the", "actual", "themselves", "itself", "copies", "of", "them", "any"})


def report_not_thing(toks: list[str], hits: list) -> set[str]:
    """Choices said as a paper ("the MRI report") and denied only as the thing itself ("not the images")."""
    out = set()
    for choice in {h.choice for h in hits if h.negated}:
        said = [h for h in hits if h.choice == choice and not h.negated]
        denied = [h for h in hits if h.choice == choice and h.negated]
        paper = any(_PAPER & set(toks[h.start : h.end + 1]) for h in said)
        things = all(set(toks[h.start : h.end]) <= _THING for h in denied)
        if said and paper and things:
            out.add(choice)
    return out
