"""A pick-any answer written as the list's own numbers, each with a verdict, or as ticked boxes (helper 11b13,
round 27): "(1) no (2) yes, mostly (3) yes (4) yes -- my partner + my GI are great", "(1) closer, but no (2) yes
(3) yes (4) yes", "(1) yes: anemia + asthma. (2) no. (3) no, my GI is an IBD person. (5) no, it's approved.",
"[x] 2 (resection) [x] 3 (biologics) [ ] everything else". Read as they were, the "no" after one number was
taken with the next ("no 2"), or for "none" beside picks, and the line was asked again (or, as "1) no 2) yes",
stored as "none"). A statement list answers the list item by item: the numbers said to hold are the picks.

Only when every numbered item has a clear verdict (dialogues/verdicts.yaml holds / fails, and "true", "false"):
an item with none ("2 to some extent") leaves the line to the other readers (asked). When no item holds, the
line is "none" only when every choice was listed and denied; otherwise left alone. What follows a verdict is a
remark ("yes, mostly", "no, it's approved"): the verdict said after "but" wins ("closer, but no").
Never at the red-flag and urgent questions. Words are data (dialogues/verdicts.yaml `numbered`).
"""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file

# "(1)", "1)", "1.", "1:", "1 -", or a bare "1" at the start of the line or after a mark or a word ending an item.
_ITEM = re.compile(r"(?:(?<=^)|(?<=[\s.;,!]))\(?(?P<n>\d{1,2})(?:\s*[):.]|\s+[-—–]+|\s*[-—–]+(?=\s))?\s+(?=\S)")
_BOX = re.compile(r"\[\s*(?P<mark>[xX✓✔vV*]?)\s*\]")


@cache
def _words():
    d = read_words_file("verdicts.yaml") or {}
    extra = d.get("numbered") or {}
    holds = {str(w).lower() for w in (d.get("holds") or ())} | {str(w).lower() for w in (extra.get("holds") or ())}
    fails = {str(w).lower() for w in (d.get("fails") or ())} | {str(w).lower() for w in (extra.get("fails") or ())}
    return holds, fails


def _verdict(text: str) -> bool | None:
    """True (holds), False (does not), or None (no clear verdict) for one item's words."""
    holds, fails = _words()
    words = re.findall(r"[a-z']+", text.lower().replace("’", "'"))
    if not words:
        return None
    if "but" in words:  # "closer, but no": the verdict after the last "but"
        words = words[len(words) - words[::-1].index("but"):]
    for i in range(len(words)):  # the first verdict said, longest phrase first ("not at all", "for sure")
        for size in (3, 2, 1):
            said = " ".join(words[i:i + size])
            if len(words[i:i + size]) == size and said in fails:
                return False
            if len(words[i:i + size]) == size and said in holds:
                return True
        if i == 0:  # the verdict comes first in its item ("yes, mostly"); a remark first is no verdict
            return None
    return None


def _boxes(line: str) -> str | None:
    """ "[x] 2 (resection) [x] 3 [ ] everything else": the ticked parts, joined as a list; None if not a box list."""
    found = list(_BOX.finditer(line))
    if len(found) < 2 or line[: found[0].start()].strip() or not any(m.group("mark") for m in found):
        return None
    parts = []
    for k, m in enumerate(found):
        end = found[k + 1].start() if k + 1 < len(found) else len(line)
        part = line[m.end():end].strip(" ,;.\n")
        if m.group("mark") and part:
            parts.append(part)
    return ", ".join(parts) or None


def numbered_verdicts(line: str, spec) -> str | None:
    """The line as the numbers said to hold ("2, 3, 4"), or None when it is not a numbered statement list."""
    if spec.ask != "multi" or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return None
    if "[" in line:
        boxed = _boxes(line)
        if boxed:
            return boxed
    found = list(_ITEM.finditer(line))
    if len(found) < 2 or line[: found[0].start()].strip(" (") or not re.search(r"[a-z]", line, re.IGNORECASE):
        return None
    count = len(spec.choices)
    held, denied = [], []
    for k, m in enumerate(found):
        n = int(m.group("n"))
        end = found[k + 1].start() if k + 1 < len(found) else len(line)
        verdict = _verdict(line[m.end():end])
        if not 1 <= n <= count or verdict is None:
            return None
        (held if verdict else denied).append(n)
    if held:
        return ", ".join(str(n) for n in held)
    ids = [c.id for c in spec.choices]
    plain = {ids.index(c.id) + 1 for c in spec.choices if c.id not in (spec.none_choice, "not_sure")}
    return "none" if spec.none_choice and plain <= set(denied) else None


__all__ = ["numbered_verdicts"]
