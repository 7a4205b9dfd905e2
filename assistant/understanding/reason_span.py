"""A reason said after a pick at a pick-several question: "2 and 10, also 8 cuz the ped and ENT disagree" (a lead's walk,
2026-12-07) was asked "What did you mean by "ENT disagree"?": the list was cut at "and" inside the reason, and its second
half read as an answer of its own. The words from a reason word after a pick to the end of the sentence (or to the next
"also", "plus", "but" or number) are one reason: not parts of the list to ask about. Picks named inside it are still
read; only the words nothing read are left out of the leftovers. The words are data: dialogues/reason_span.yaml."""

from __future__ import annotations

from .phrase_files import PhraseFile

WORDS = PhraseFile("reason_span.yaml")


def reason_words(toks: list[str], used: set[int]) -> set[int]:
    """Indices of the words in reasons said after a pick ("8 cuz the ped and ENT disagree": "cuz" to "disagree")."""
    reasons, ends = WORDS.words("reasons"), WORDS.words("ends")
    out: set[int] = set()
    i = 0
    while i < len(toks):
        if toks[i] in reasons and any(k in used for k in range(i)):
            j = i
            while j < len(toks) and toks[j] not in ends and not (j > i and toks[j].isdigit()):
                j += 1
            out.update(range(i, j))
            i = j
        i += 1
    return out
