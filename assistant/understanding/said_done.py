"""Choices said as history or as done: "she had a fever last week" at the safety list, "surgery's
done" at a treatment question. A choice said so is no pick (find_hits marks it negated); a line
that says something changed ("worse today", "suddenly") takes nothing as history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lexicon import Lexicon
from .text import SEPARATORS

if TYPE_CHECKING:
    from .matching import Hit

_DONE = (("already", "had"), ("already", "done"), ("already", "did"), ("already", "went", "through"), ("had", "it", "done"))


# Said as done right after it: "surgery's done", "the op is behind us", "chemo was finished in May".
_DONE_AFTER = (("done",), ("is", "done"), ("was", "done"), ("is", "over"), ("was", "over"), ("is", "behind"), ("is", "finished"),
               ("was", "finished"), ("finished",), ("completed",), ("was", "completed"), ("already", "done"), ("over", "with"))


def done_before(toks: list[str], hit: Hit) -> bool:
    """ "he already had the operation", "surgery's done": said as done, at most three words before the
    choice, or right after it (ending its clause)."""
    after = toks[hit.end : hit.end + 4]
    if any(tuple(after[: len(c)]) == c and (len(after) == len(c) or after[len(c)] in SEPARATORS | {"now", "already"}) for c in _DONE_AFTER):
        return True
    before = toks[max(0, hit.start - 5) : hit.start]
    for cue in _DONE:
        for i in range(len(before) - len(cue) + 1):
            if tuple(before[i : i + len(cue)]) == cue and len(before) - (i + len(cue)) <= 3 \
                    and not any(t in SEPARATORS for t in before[i + len(cue):]):
                return True
    return False


def changed(toks: list[str], lex: Lexicon) -> bool:
    """The line says something changed ("worse today", "suddenly", "since this morning"), outside the
    history phrases ("not new" holds "new" but says nothing changed)."""
    words = list(toks)
    for p in lex.history:
        size = len(p)
        for i in range(len(words) - size + 1):
            if size and tuple(words[i : i + size]) == p:
                words[i : i + size] = ["|"] * size
    present = set(words)
    return any(p and p[0] in present and any(tuple(words[i : i + len(p)]) == p for i in range(len(words) - len(p) + 1))
               for p in lex.changed)


def in_history(toks: list[str], hit: Hit, lex: Lexicon) -> bool:
    """The sign is said with a past cue in the same clause: "she had a fever last week"."""
    start, end = hit.start, hit.end
    while start > 0 and toks[start - 1] not in (",", ".", ";", "but", "however", "!"):
        start -= 1
    while end < len(toks) and toks[end] not in (",", ".", ";", "but", "however", "!"):
        end += 1
    clause = toks[start:end]

    def cue(words: list[str]) -> bool:
        present = set(words)
        return any(tuple(words[i : i + len(p)]) == p for p in lex.history if not p or p[0] in present
                   for i in range(len(words) - len(p) + 1))

    return cue(clause) or (cue(toks[hit.end : hit.end + 8]) and "now" not in clause)
