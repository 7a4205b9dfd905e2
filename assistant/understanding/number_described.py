"""A number said with the choice's gist after it: "option 2, the 'we're not totally sure what kind' one"
(round 26, helper 11b12) was asked about, because the doubt words quote choice 2's own label ("the exact
type is not clear"). "N, the <words> one" names choice N and says which one it is: the number is the
answer. When the words, read alone, name another choice ("2, the surgery one" where surgery is 1), the two are
offered; never one of them guessed."""

from __future__ import annotations

import re

from .reading import SURE, UNCLEAR, Reading
from .text import clean

_DESCRIBED = re.compile(r"^\s*(?:(?:option|number|choice|answer|no\.?|nr|#)\s*)?(?P<n>\d{1,2})\s*[,:\-\u2013\u2014]\s*"
                        r"the\s+(?P<gist>[^.;!?]+?)\s+one\s*[.!]*\s*$", re.IGNORECASE)


def number_described(line: str, spec, read_part) -> Reading | None:
    """SURE for choice N when the line is "N, the ... one" and the words name no other choice; else None."""
    found = _DESCRIBED.match(line)
    if found is None or spec.ask not in ("choice", "multi"):
        return None
    shown = [c for c in spec.choices]
    n = int(found.group("n"))
    if not 1 <= n <= len(shown):
        return None
    choice = shown[n - 1].id
    gist = read_part(found.group("gist").replace("'", " ").replace('"', " ").replace("\u2018", " ").replace("\u2019", " "))
    named = set(gist.value if isinstance(gist.value, list) else [gist.value] if gist.value else []) | set(gist.options)
    others = named - {choice}
    if others:  # "2, the surgery one" where surgery is 1: the number and its gist disagree; both offered, never one guessed
        if len(others) == 1 and not spec.multi:
            return Reading(UNCLEAR, options=(choice, *others), unclear=clean(line), message="That fits more than one answer.")
        return None
    return Reading(SURE, [choice] if spec.multi else choice)


__all__ = ["number_described"]
