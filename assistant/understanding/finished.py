""" "that's all" is "I am finished", never "all of them" (user trial 8, helper t14).

At the danger-sign list "that's all" (the very words the assistant asks for after a partial answer) was
read as every danger sign, and gave the urgent turn with five conditions; at the SURE test it was "yes to
all 4". A word "all" or "everything" that stands inside a phrase of `dialogues/finished_words.yaml`
(`finished`: "thats all", "all done", "thats all for now") picks nothing. "all of them, thats all" still
picks every choice: its first "all" stands outside any such phrase.
"""

from __future__ import annotations

from functools import cache

from .text import tokens

_ALL = frozenset({"all", "everything", "everythings", "every", "each"})
NOTHING_PICKED = "Nothing is picked yet."


@cache
def _phrases() -> tuple[tuple[str, ...], ...]:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file("finished_words.yaml")
    items = raw.get("finished") if isinstance(raw, dict) else None
    if not isinstance(items, list) or not items:
        raise LexiconError("dialogues/finished_words.yaml: needs the list finished")
    found = {tuple(tokens(str(i).lower())) for i in items}
    return tuple(sorted((p for p in found if p), key=len, reverse=True))


def _covered(toks: list[str]) -> set[int]:
    """The places in `toks` that lie inside a finished phrase."""
    out: set[int] = set()
    for p in _phrases():
        n = len(p)
        for i in range(len(toks) - n + 1):
            if tuple(toks[i:i + n]) == p:
                out.update(range(i, i + n))
    return out


def only_finished(toks: list[str]) -> bool:
    """Every "all" (or "everything") in the line stands inside "thats all", "all done" and the like: the
    line says the person is finished, not that every choice fits. False when no "all" word is there."""
    places = [i for i, t in enumerate(toks) if t in _ALL]
    if not places:
        return False
    covered = _covered(toks)
    return all(i in covered for i in places)


def said_all(toks: list[str]) -> bool:
    """A word "all" or "everything" is in the line ("thats it" has none)."""
    return any(t in _ALL for t in toks)
