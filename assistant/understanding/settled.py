"""Two small readings of a line's hits (used by matching.find_hits):

- a word that fits two choices ("urologist": a surgeon, or a doctor who does not operate?) is
  settled by one of them named plainly elsewhere ("the urologist, he's the surgeon");
- "not certain about what matters most": the doubt reaches what it is about, so that is no pick.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .text import SEPARATORS

if TYPE_CHECKING:
    from .matching import Hit


def settled(hit: Hit, hits: list[Hit], alts, toks: list[str]) -> bool:
    """A word that fits two choices, with one of them named plainly elsewhere in the line as what the
    person is ("he is the surgeon", "she's a surgeon", not after a "not"): that word says which, so
    this one is left to it. (What the person does, "he's the one who operates", settles nothing.)"""
    said = {o.choice for o in hits if (o.end <= hit.start or o.start >= hit.end) and not _NOT & set(toks[max(0, o.start - 3) : o.start])
            and _said_to_be(toks, o.start + (o.end - o.start == 2 and toks[o.start] in ("the", "a", "an")), o.end)}
    return bool(alts) and len(said & ({hit.choice} | set(alts))) == 1 and not _NOT & set(toks)


def _said_to_be(toks: list[str], at: int, end: int) -> bool:
    """ "he is the surgeon", "shes a surgeon", "who is the surgeon": a one-word name right after "is"."""
    if end - at != 1:
        return False
    before = toks[max(0, at - 2) : at]
    if before[-1:] in (["the"], ["a"], ["an"]):
        before = toks[max(0, at - 3) : at - 1]
    return before[-1:] in (["is"], ["hes"], ["shes"], ["was"], ["its"]) and not (before[-1:] == ["is"] and "which" in toks[max(0, at - 6) : at])


_NOT = frozenset({"not", "non", "no", "never", "nor", "isnt", "arent", "wasnt", "neither", "dont", "doesnt", "didnt", "without"})


def doubt_about(toks: list[str], head: Hit, nxt: Hit) -> bool:
    """ "not certain about what matters most", "not sure what matters more": the doubted choice's words
    right after the doubt ("what matters" starts with its own "what") or within three words."""
    return head.negated and toks[head.end - 1] in _DOUBTED and toks[head.end : head.end + 1] != [] and toks[head.end] in _ABOUT \
        and 0 <= nxt.start - head.end <= 3 and not any(t in SEPARATORS for t in toks[head.end : nxt.start])


_DOUBTED = frozenset({"sure", "certain", "clear", "confident", "decided"})
_ABOUT = frozenset({"about", "of", "on", "as", "regarding", "re", "over", "what", "which", "whether", "how"})
