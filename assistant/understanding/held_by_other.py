"""Someone else has it in hand (issue 11: never a silent misread).

"NONE YET. THE DAUGHTER HAS THEM" at "Which records do you have?", "my mom handles that stuff" at
"Have you checked your insurance?": the answer is with another person. The line read alone gave
"None of these yet" or "Not yet, I will check", yet the records exist and the check may be done;
what is true is for the person to say. Asked, never stored. Only when a person (he, she, my mom,
the daughter...) is the one who has or handles it; words are data: dialogues/unsafe.yaml
(`held_by_other`; `held_but_said`: the person's own answer said beside it, which stands).
"""

from __future__ import annotations

from .reading import UNCLEAR, Reading

_THIRD = frozenset("he she dad mom mum father mother husband wife son daughter partner hubby sister brother".split())
_MESSAGE = "So someone else has that in hand. Which answer is true for now?"


def held_by_other(reading: Reading, toks: list[str], spec, lex, words: dict) -> Reading | None:
    if any(tuple(toks[k : k + len(p)]) == p for p in words["held_but_said"] for k in range(len(toks))):
        return None  # "my husband handles that, I'll ask him", "..., I don't know": the person's own answer is said
    for phrase in words["held_by_other"]:
        n = len(phrase)
        for k in range(1, len(toks) - n + 1):
            if tuple(toks[k : k + n]) != phrase:
                continue
            before = toks[max(0, k - 3) : k]
            if before[-1:] and (before[-1] in _THIRD or (before[-1],) in lex.people):
                return Reading(UNCLEAR, unclear=" ".join(toks), message=_MESSAGE)
    return None
