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
shared.corrections; dialogues/said_instead.yaml).
"""

from __future__ import annotations

from .phrase_files import PhraseFile, part_marks

MARKS = part_marks("hedged")  # the marks that end a part (dialogues/part_marks.yaml), the same list hedged_part reads
_INSTEAD = PhraseFile("said_instead.yaml")  # "1 and 2... no only 2": more corrections said only after picks
# Words that go on saying the correction, not the new answer: "hang on, no: the least", "wait, no, sorry, 2".
_GOES_ON = frozenset({"no", "wait", "sorry", "actually", "nope"})


_JOINS = frozenset({"and", "&", "plus", "number", "no", "nr", "#", "option", "options"})
_NOUN_STARTS = frozenset({"the", "my", "a", "an", "his", "her", "their", "our"})


_PICK_STARTS = frozenset({"the", "a", "an"})  # after the correction: "2, i mean the scans"; not "2 - i meant my normal
# periods", which says what the first answer was about (choice 2 is "No ... (I meant something else)")


def _a_pick(words: list[str], lex, starts: frozenset = _NOUN_STARTS) -> bool:
    """The words beside a pick-only correction are a pick: numbers ("2", "1 and 3", "option two", "the 2nd") or a
    short "the ..." ("the biopsy"), never a remark ("not really, i mean sometimes")."""
    if not words:
        return False
    if all(w.isdigit() or w in lex.ordinals or w in lex.numbers or w in _JOINS for w in words):
        return any(w.isdigit() or w in lex.ordinals or w in lex.numbers for w in words)
    return len(words) <= 4 and words[0] in starts and not any((w,) in lex.negations for w in words)


def spans(toks: list[str], lex) -> list[tuple[int, int]]:
    """Every correction phrase in `toks`, as (start, end) token indices, marks between its words allowed."""
    words = [(i, t) for i, t in enumerate(toks) if t not in MARKS]
    said = [t for _, t in words]
    present = set(said)
    found = []
    for phrase in lex.corrections + tuple(getattr(lex, "pick_corrections", ())) + _INSTEAD.phrases("pick_corrections"):
        if phrase and phrase[0] not in present:
            continue  # its first word is not in the line: it cannot be said (the usual case, helper p14)
        n = len(phrase)
        only_after_pick = phrase not in lex.corrections
        for k in range(len(words) - n + 1):
            if tuple(said[k : k + n]) != phrase:
                continue
            if only_after_pick and not (_a_pick(said[:k], lex) and _a_pick(said[k + n :], lex, _PICK_STARTS)):
                continue  # a pick on both sides: "2, i mean the scans"; not "2 - i meant something else"
            j = k + n
            while j < len(words) and words[j][1] in _GOES_ON:
                j += 1
            found.append((words[k][0], words[j - 1][0] + 1))
    return found
