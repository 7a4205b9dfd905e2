"""Counting doctors in words: "2 docs", "two more doctors", "my GP, a surgeon and another surgeon"."""

from __future__ import annotations

import re

from .lexicon import Lexicon, fold

_BESIDES = {"more", "other", "others", "else", "besides", "extra", "additional"}
_ONE_PERSON = (("another", "one"), ("the", "other", "one"), ("the", "one"), ("other", "one"), ("a", "second", "one"))


def _number(tok: str, lex: Lexicon) -> int | None:
    if re.fullmatch(r"[0-9]{1,2}", tok):
        return int(tok)
    return lex.numbers.get(tok)


def count_doctors(toks: list[str], lex: Lexicon) -> tuple[int, tuple[int, int]] | None:
    """(how many doctors in all, the token span the count was read from), or None."""
    nouns = lex.doctors
    folded = [fold(t) for t in toks]
    # "2 docs", "two more doctors", "3 hospital": a number before a doctor word.
    for i, tok in enumerate(toks):
        value = _number(tok, lex)
        if value is None or not 0 < value < 20:
            continue
        j = i + 1
        besides = False
        while j < len(toks) and j <= i + 3 and toks[j] in _BESIDES | {"different", "separate", "other"}:
            besides = besides or toks[j] in _BESIDES
            j += 1
        if j < len(toks) and folded[j] in nouns:
            return value + (1 if besides else 0), (i, j + 1)
    # Each doctor named once: "my GP, a surgeon and then another surgeon".
    mentions = []
    i = 0
    while i < len(toks):
        if folded[i] in nouns:
            if not mentions or i - mentions[-1] > 1:  # "orthopaedic surgeon" is one person
                mentions.append(i)
            else:
                mentions[-1] = i
        else:
            for phrase in _ONE_PERSON:
                if tuple(toks[i : i + len(phrase)]) == phrase and (i + len(phrase) >= len(toks) or toks[i + len(phrase)] not in ("of",)):
                    if mentions:  # "the first doc and the one at mayo": a second person only after a first
                        mentions.append(i)
                        i += len(phrase) - 1
                    break
        i += 1
    if len(mentions) >= 2:
        return len(mentions), (mentions[0], mentions[-1] + 1)
    if len(mentions) == 1 and any(t in ("only", "just", "solely") for t in toks[: mentions[0] + 1]):
        return 1, (mentions[0], mentions[0] + 1)
    return None
