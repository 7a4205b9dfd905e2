"""A choice's own negative phrase said with one word inside it: "is not a fibroid specialist",
"isn't an endo specialist" for "not a specialist". Only a phrase "not a X" of the choice's own
words, with one plain word between "a" and X; the word inside names the field, never a pick of its
own (matching.py drops a hit read from it alone).

A doctor named in the place of X ("the pulmonologist isn't a surgeon", "she's not an oncologist"): a doctor
by the form of the word (doctor_words.yaml), read as the choice's own "not a specialist" (a caregiver's journey
tried in tmux, 2026-12-05)."""

from __future__ import annotations

from .counting import by_form
from .stems import stem
from .text import SEPARATORS

_NOT = frozenset({"not", "isnt", "arent", "wasnt", "never"})
_A = frozenset({"a", "an"})


def with_a_modifier(toks: list[str], stemmed: list[str], table, taken: set[int]) -> list:
    """Hits for "not a <word> X" where "not a X" is a phrase of a choice; `taken` is updated."""
    from .matching import Hit

    out = []
    entries = table.by_head.get(stem("not"), ())
    if not entries:
        return out
    for i in range(len(toks) - 3):
        if toks[i] not in _NOT or toks[i + 1] not in _A:
            continue
        span = set(range(i, i + 4))
        middle = toks[i + 2]
        if (span - {i + 2}) & taken or not middle.isalpha() or middle in SEPARATORS or middle in _NOT:
            continue  # (the word inside may have been read alone: "not a lupus specialist" is no "lupus")
        want = (stem("not"), stem("a"), stemmed[i + 3])
        for _, phrase, cid, strength in entries:
            if tuple(phrase) == want:
                out.append(Hit(cid, i, i + 4, strength))
                taken |= span
                break
    return out


_VOUCHED = frozenset({"expert", "specialist", "specialists", "top", "best", "fine", "ok", "okay", "great", "right", "obviously", "leading"})


def not_a_doctor(toks: list[str], table, taken: set[int]) -> list:
    """Hits for "not a <doctor>" ("isnt a surgeon", "not an oncologist") where "not a specialist" is a phrase of
    a choice and the doctor is one by the form of the word; `taken` is updated."""
    from .matching import Hit

    out = []
    want = (stem("not"), stem("a"), stem("specialist"))
    entry = next((e for e in table.by_head.get(stem("not"), ()) if tuple(e[1]) == want), None)
    if entry is None:
        return out
    for i in range(len(toks) - 2):
        span = set(range(i, i + 3))
        if toks[i] in _NOT and toks[i + 1] in _A and by_form(toks[i + 2]) and not span & taken:
            if _VOUCHED & set(toks[i + 3 :]) or toks[i - 1 : i] == ["obviously"] or toks[i + 3 : i + 4] == ["obviously"]:
                continue  # "not a surgeon, thats fine, shes the expert": no doubt about the doctor (review rv13)
            out.append(Hit(entry[2], i, i + 3, entry[3]))
            taken |= span
    return out
