"""Where a self-correction is said in a line, with the marks a person types inside it (helper 11b9).

A correction phrase ("no sorry", "no actually", "wait no") is found in the words of a line even when
punctuation stands between its words: "days, I should think -- no, sorry, weeks", "option 2. No,
actually, make it option 1", "4 3 2 1 5 - wait, no: 3 4 2 1 5". Before (round 23), the phrase was
only matched as written without marks, so these lines were asked about from the start ("That fits
more than one answer") or, worse, the later part alone was stored.

`spans(toks, lex)` gives (start, end) of each correction phrase in `toks` (indices of the tokens as
given, marks included); the phrase's own words must be next to each other once marks are left out,
and a mark may not stand between them and a word of another clause. `care.corrected` and
`later_wins` both read the line through it. The words are data (dialogues/lexicon.yaml:
shared.corrections).
"""

from __future__ import annotations

MARKS = frozenset({",", ".", ";", "!", "?", "-", ":", "—", "–", "...", "…"})
# Words that go on saying the correction, not the new answer: "hang on, no: the least", "wait, no, sorry, 2".
_GOES_ON = frozenset({"no", "wait", "sorry", "actually", "nope"})


def spans(toks: list[str], lex) -> list[tuple[int, int]]:
    """Every correction phrase in `toks`, as (start, end) token indices, marks between its words allowed."""
    words = [(i, t) for i, t in enumerate(toks) if t not in MARKS]
    found = []
    for phrase in lex.corrections:
        n = len(phrase)
        for k in range(len(words) - n + 1):
            if tuple(t for _, t in words[k : k + n]) == phrase:
                j = k + n
                while j < len(words) and words[j][1] in _GOES_ON:
                    j += 1
                found.append((words[k][0], words[j - 1][0] + 1))
    return found
