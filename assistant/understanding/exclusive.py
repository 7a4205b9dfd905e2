"""One choice said to be all of it: "Surveillance only. CT every 6 months", "just the tablets, with
blood tests now and then". What follows is how it is done, kept as the note, not a second answer.
Only when the word "only" (after) or "only"/"just" (before, opening the line) sits right at that one
choice, its sentence ends there, and nothing in the line wavers or turns ("maybe", "or", "but")."""

from __future__ import annotations

_ENDS = frozenset({".", ",", ";", "!", "-", ":"})
_WAVERS = frozenset({"maybe", "perhaps", "or", "unsure", "either", "probably", "possibly", "might", "idk", "dunno", "wait", "actually",
                     "but", "though", "although", "if", "unless", "then", "first", "later", "after"})


def said_alone(toks: list[str], positive, picked: list[str]) -> str | None:
    """The one choice said with "only", or None."""
    if len(picked) < 2 or _WAVERS & set(toks) or any(toks[k : k + 2] == ["not", "sure"] for k in range(len(toks))):
        return None
    found = set()
    for h in positive:
        after = toks[h.end : h.end + 2]
        if after[:1] in (["only"], ["alone"]) and (len(after) == 1 or after[1] in _ENDS):
            found.add(h.choice)  # "surveillance only."
        lead = toks[: h.start]
        if lead in (["only"], ["just"], ["only", "the"], ["just", "the"]) and (h.end == len(toks) or toks[h.end] in _ENDS):
            found.add(h.choice)  # "just the tablets, ..."
    if len(found) != 1:
        return None
    (choice,) = found
    first = min(h.start for h in positive if h.choice == choice)
    if any(h.start < first for h in positive if h.choice != choice):
        return None  # another choice said before it: two things named; asked
    return choice
