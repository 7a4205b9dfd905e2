"""A choice's number said with "not" beside numbers that are picked: "2 3 4, not 1 yet", "1 and 5.
Not 3 - that one is fine.": the "not" says which one is left out, plainly; it is no doubt to ask
about. "not 1, the rest yes" is every choice but that one.

Only where the line also picks by number (or says "the rest"), the left-out number is none of the
picked ones, and nothing in the line wavers ("maybe", "or", "?"): otherwise the line is read as
typed and asked about as before."""

from __future__ import annotations

import re

from ..flow import StateSpec

# "not 1", "not number 4", "no 3", "not 5 either", "not 1 yet", "not #2 really"
_NOT_N = re.compile(
    r"(?:(?<=^)|(?<=[\s,;.:(\-]))(?:not|but\s+not|and\s+not|except|apart\s+from)\s+(?:number\s+|no\.?\s+|#\s*|option\s+)?"
    r"(?P<n>\d{1,2})(?P<also>(?:\s*(?:,|and|or|nor|&)\s*(?:not\s+)?\d{1,2})*)"
    r"(?P<soft>\s+(?:either|yet|really|for\s+now|though|tho|at\s+all|obviously|lol|haha))*"
    r"(?P<why>\s*(?:-+|:|,?\s+(?:because|since|as|cause|cuz|bc)\b)[^.;!\n]*)?",
    re.IGNORECASE,
)
# "1 doesn't apply, I was diagnosed at birth.", "4 is not me": the number said first, then denied (its reason with it).
_N_NOT = re.compile(
    r"(?:(?<=^)|(?<=[\s,;.:(\-]))(?:number\s+|#\s*)?(?P<n>\d{1,2})(?P<also>(?:\s*(?:and|&)\s*\d{1,2})*)\s+"
    r"(?:doesn'?t|does\s+not|don'?t|do\s+not|does\s*n't)\s+(?:apply|fit|count)(?:\s+(?:to\s+(?:me|us|him|her|them)|here|at\s+all))?"
    r"(?P<why>\s*(?:,|-+|:|\s+(?:because|since|as|cause|cuz|bc)\b)(?![^.;!\n]*\b(?:rest|others|else)\b)[^.;!\n\d]*(?=[.;!\n]|$))?",
    re.IGNORECASE,
)
# "Still not 100% on 1.", "not quite there on 1", "not fully sure about 1 yet": not wholly there on that one: left out
# (helper 11b13; "not sure about 1" alone stays a doubt, asked)
_NOT_WHOLLY = re.compile(
    r"(?:(?<=^)|(?<=[\s,;.:(\-]))(?:still\s+|just\s+)?not\s+(?:yet\s+)?(?:quite|fully|totally|completely|entirely|wholly|100\s*%|a\s+hundred\s+percent|one\s+hundred\s+percent)"
    r"(?:\s+(?:sure|certain|there|convinced))?(?:\s+yet)?\s+(?:on|about|with|re|for)\s+(?:number\s+|#\s*)?(?P<n>\d{1,2})\b(?:\s+yet)?",
    re.IGNORECASE,
)
_REST = re.compile(r"\b(?:the\s+rest|all\s+the\s+rest|the\s+others|all\s+the\s+others|everything\s+else|all\s+else)\b", re.IGNORECASE)
_WAVERS = re.compile(r"\?|\b(?:maybe|perhaps|or\s+\d|possibly|unsure|not\s+sure|wait|actually|might|idk|either\s+\d)\b", re.IGNORECASE)


def _numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"(?<![\d.%])\d{1,2}(?![\d%])", text)]


def without_excluded(line: str, spec: StateSpec) -> str | None:
    """The line with its plainly left-out numbers taken away (or said as "all except N" when the
    rest is picked); None when there are none, or when the line wavers."""
    if spec.multi and _NOT_WHOLLY.search(line):
        line = _NOT_WHOLLY.sub(lambda m: "not " + m.group("n"), line)
    low = line.lower()
    if not spec.multi or "not" not in low and "except" not in low and "apart" not in low and not _N_NOT.search(line):
        return None
    if _N_NOT.search(line):
        line = _N_NOT.sub(lambda m: " not " + m.group("n") + (m.group("also") or "") + ". ", line)  # "1 doesn't apply": "not 1"
    found = list(_NOT_N.finditer(line))
    if not found or _WAVERS.search(_NOT_N.sub(" ", line)):
        return None
    count = len(spec.choices)
    left_out: list[int] = []
    for m in found:
        left_out += _numbers(m.group("n") + (m.group("also") or ""))
    rest = _NOT_N.sub(" ", line)
    picked = _numbers(rest)
    if not left_out or any(n < 1 or n > count for n in left_out + picked) or set(left_out) & set(picked):
        return None
    if not picked:
        if not _REST.search(rest):
            return None  # "not 1" alone: read as typed
        said = ", ".join(str(n) for n in left_out)
        return "all except " + said
    if _REST.search(rest):
        return None  # "2 and 3, not 1, the rest no": more than the numbers say; as typed
    new = re.sub(r"\s{2,}", " ", rest).strip(" ,;.-")
    new = re.sub(r"(?:\s*[,;.]\s*){2,}", ". ", new)
    return new or None


_BEFORE_N = frozenset({"except", "but", "and", ",", "or", "number", "no", "apart", "from", "besides", "excluding", "minus", "&"})


def numbers_after(toks: list[str], cut: int, lex, ordinary: list[str]) -> set[str]:
    """The choices whose numbers are said after "all ... except" (at `cut`): "all of them, except 8",
    "everything except number two". A number word counts only where it stands as a number
    ("except 2 and three"), never inside a description ("the family one")."""
    out = set()
    for k in range(cut + 1, len(toks)):
        t = toks[k]
        n = int(t) if t.isdecimal() else lex.numbers.get(t, 0) if toks[k - 1] in _BEFORE_N else 0  # not isdigit: "²" is no number
        if 0 < n <= len(ordinary):
            out.add(ordinary[n - 1])
    return out
