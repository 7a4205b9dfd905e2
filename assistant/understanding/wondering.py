"""A question put to the assistant that uses a choice's own words: "why does it matter how sure he
sounded", "is a stimulator a device or a procedure", "Radiation oncologist, is this surgeon or
not?", "how am I supposed to tell if they're sure". The words of the choice are what is asked
about, not the answer; offered back as that choice, the question would be taken for a yes.

A clause (between commas and full stops) is such a question when it
  - starts "why" or "how" with a helping verb and someone after it ("why does it", "how am I",
    "how would we"), or
  - starts with a helping verb and someone ("is a", "is this", "does it", "would he"), and sets
    two things against each other with "or" ("a device or a procedure", "surgeon or not").
A clause with a number in it ("is it 2 or 3 then, 2 I think") is left to the other readers.
"""

from __future__ import annotations

_WHY = frozenset({"why", "how", "whyd", "hows"})
_HELPING = frozenset({"is", "are", "am", "was", "were", "does", "do", "did", "would", "should", "could", "can", "will", "must", "isnt",
                      "arent", "doesnt", "dont", "wouldnt", "shouldnt", "cant"})
_SOMEONE = frozenset({"i", "we", "you", "he", "she", "they", "it", "this", "that", "these", "those", "there", "a", "an", "the", "my",
                      "his", "her", "our", "your", "their", "im"})
_CUTS = frozenset({",", ".", ";", "!", "?", ":"})


def _clauses(toks: list[str]) -> list[list[str]]:
    out, cur = [], []
    for t in toks + ["."]:
        if t in _CUTS:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    return out


def wonders(toks: list[str]) -> bool:
    """Some clause of the line asks why, how, or which of two, in the words of a choice."""
    for clause in _clauses(toks):
        if any(t.isdigit() for t in clause) or len(clause) < 3:
            continue
        if clause[0] in _WHY and clause[1] in _HELPING and clause[2] in _SOMEONE:
            return True  # "why does it matter how sure he sounded", "how am I supposed to tell"
        if clause[0] in ("whyd",) or (clause[0] == "why" and clause[1] in _SOMEONE):
            return True  # "why'd it flag chest pain"
        if clause[0] in _HELPING and clause[1] in _SOMEONE and "or" in clause[3:]:
            return True  # "is a stimulator a device or a procedure", "is this surgeon or not"
    return False
