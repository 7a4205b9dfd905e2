"""The answer left to me: "whatever you think", "your call", "you tell me".

A user trial (2026-12-04, fifth) found "whatever you think" at two compare questions answered "Sorry,
I did not understand". It is read as "I don't know" (the phrases are also in shared.not_sure), and
the reply adds a word that I do not choose for the person: only they know the case. Words are data
(dialogues/lexicon.yaml, shared.defer_to_me).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .text import clean, tokens

NOT_MINE = "I cannot choose for you: only you know your case."
_FILLERS = frozenset(", . ! ? ok okay um umm hmm i guess honestly just really idk lol haha".split())


@lru_cache(maxsize=8)  # a lexicon is hashed by identity: one entry per load
def _phrases(lex) -> tuple[tuple, frozenset | None]:
    """The phrases, longest first (sorted once per lexicon, not on every answer), and the words one of
    them starts with (None if a phrase is empty: then any line may hold one)."""
    phrases = tuple(sorted(lex.defer_to_me, key=len, reverse=True))
    return phrases, None if any(len(p) == 0 for p in phrases) else frozenset(p[0] for p in phrases)


def defers(line: str, lex) -> bool:
    """The line leaves the answer to me, and says nothing else."""
    toks = [t for t in tokens(clean(line)) if t not in _FILLERS]
    if not toks:
        return False
    phrases, firsts = _phrases(lex)
    if firsts is not None and firsts.isdisjoint(toks):
        return False  # no phrase can start anywhere in the line
    for phrase in phrases:
        n = len(phrase)
        for k in range(len(toks) - n + 1):
            if tuple(toks[k : k + n]) == phrase:
                rest = toks[:k] + toks[k + n :]
                return len(rest) <= 2
    return False


def with_word(step, spec, line: str, lex, names):
    """The step for a line that leaves it to me, with the word that I do not choose."""
    if not defers(line, lex) or NOT_MINE in step.say or (step.reading is not None and step.reading.asked):
        return step
    if getattr(spec, "urgent", False) or spec.name.startswith(("red_flags", "urgent")):
        return step  # at the safety questions what to do comes first, alone
    if step.say:
        return replace(step, say=f"{NOT_MINE} {step.say}")
    if step.action == "store" and step.reading is not None and step.reading.value:
        return replace(step, say=f"{NOT_MINE} I took that as \"{names(spec, step.reading.value)}\" for now. If that is not right, type back.")
    return replace(step, say=NOT_MINE)
