"""Something named only vaguely: "something about 30 days", "the thing from the pain clinic",
"some stuff about his diet", "that thing with the echo". The person points at something they
cannot name; a choice's word inside ("clinic", "30 days", "echo") says what it was near, not that
it is that choice. Such a part is asked about, quoting it whole, and never stored or offered as a
choice (choices.py leaves the words inside it unread; overlap.py never places it)."""

from __future__ import annotations

_HEADS = (("something", "about"), ("somethin", "about"), ("sumthing", "about"), ("something", "with"), ("something", "from"),
          ("something", "re"), ("something", "regarding"), ("some", "stuff", "about"), ("stuff", "about"), ("some", "thing", "about"),
          ("the", "thing", "from"), ("the", "thing", "with"), ("the", "thing", "about"), ("the", "thing", "for"), ("that", "thing", "from"),
          ("that", "thing", "with"), ("that", "thing", "about"), ("this", "thing", "from"), ("the", "thingy"), ("that", "thingy"),
          ("the", "stuff", "from"), ("the", "whatsit"))
_FIRSTS = frozenset(h[0] for h in _HEADS)  # a place whose word begins no head is passed over (p15)
_ENDS = frozenset({",", ";", ".", "?", "!", "but", "also", "plus", "then"})


def vague_thing(words: list[str]) -> bool:
    """The part begins (after "and", "also", "there was") by pointing at a thing it cannot name."""
    words = [w for w in words if w not in ("+", "and", "also", "plus", "n")]
    for lead in (("there", "was"), ("there", "is"), ("they", "said"), ("they", "mentioned"), ("he", "said"), ("she", "said"),
                 ("she", "mentioned"), ("he", "mentioned"), ("they", "talked")):
        if tuple(words[: len(lead)]) == lead:
            words = words[len(lead) :]
            break
    return any(tuple(words[: len(h)]) == h for h in _HEADS)


def vague_spans(toks: list[str]) -> set[int]:
    """The places of the words inside vague parts: from the vague words to the end of the clause."""
    out: set[int] = set()
    for k in range(len(toks)):
        if toks[k] in _FIRSTS and any(tuple(toks[k : k + len(h)]) == h for h in _HEADS):
            j = k
            while j < len(toks) and toks[j] not in _ENDS:
                out.add(j)
                j += 1
    return out
