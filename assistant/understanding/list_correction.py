"""A list just read back, corrected by number: "not 4", "no not 2, only 3", "just 1 and 5".

A user trial (2026-12-04, fifth) found "no not 4, ... only 3", said after "I got 3 and 4. What did
you mean by ...?", kept 4: the line was read as more picks on top of the kept ones. After a list was
read back (a partly understood answer, or "Did you mean X and Y?"), a number after a word of
taking away ("not", "except", "without", "drop", "remove") leaves the list, and "only N" / "just N"
is the whole list. The reply says what changed. At the safety questions nothing is taken away here.
"""

from __future__ import annotations

from .reading import SURE, Reading
from .text import tokens

_AWAY = frozenset("not except without drop remove minus cancel nix untick uncheck".split())
_ONLY = frozenset("only just".split())
_SKIP = frozenset("number no # the choice option".split())
_AND = frozenset("and & , plus or".split())


def _number(tok: str, count: int) -> int | None:
    return int(tok) if tok.isdigit() and len(tok) <= 2 and 1 <= int(tok) <= count else None


def _run(toks: list[str], k: int, count: int) -> list[int]:
    """The numbers from position k on: "3", "3 and 5", "number 2, 4"."""
    out: list[int] = []
    while k < len(toks):
        t = toks[k]
        n = _number(t, count)
        if n is not None:
            out.append(n)
        elif not (t in _SKIP or (out and t in _AND)):
            break
        k += 1
    return out


def corrected(line: str, spec, kept: tuple) -> tuple[list[str], str] | None:
    """(the list as corrected, what to say), or None when the line corrects nothing by number."""
    if not spec.multi or not spec.choices or not kept or getattr(spec, "urgent", False) or spec.name.startswith(("red_flags", "urgent")):
        return None
    count = len(spec.choices)
    ids = [c.id for c in spec.choices]
    toks = [t for t in tokens(line) if t not in (".", "!", "?")]
    away: list[int] = []
    only: list[int] = []
    for k, t in enumerate(toks):
        if t in _AWAY:
            away += _run(toks, k + 1, count)
        elif t in _ONLY and (k == 0 or toks[k - 1] not in ("not",)):
            only += _run(toks, k + 1, count)
    if not away and not only:
        return None
    if only:
        new = [ids[n - 1] for n in dict.fromkeys(only) if n not in away]
    else:
        gone = {ids[n - 1] for n in away}
        if not gone & set(kept):
            return None  # "not 6" of a choice never kept: nothing to change here
        new = [i for i in kept if i not in gone]
    if not new or new == list(kept):
        return None
    names = " and ".join(f"{ids.index(i) + 1} (\"{spec.choices[ids.index(i)].label}\")" for i in new)
    return new, f"I changed that: now only {names}."


def correct_list(line: str, spec, kept: tuple):
    """A Step storing the corrected list, or None."""
    from .dialogue import Step

    found = corrected(line, spec, kept)
    if found is None:
        return None
    new, say = found
    return Step("store", Reading(SURE, new), say=say)
