"""The lookups helper p14 put before the scans of a turn find what the full scans found.

`correction_words.spans` now skips a phrase whose first word is not in the line and checks the picks on both
sides only where a pick-only phrase is said; `doubts.admits_not_knowing` skips "I don't know" phrases whose
first word is absent. Each is checked here against the plain scan it replaced, on corrections, look-alikes
that must stay unread and lines with marks between the words.
"""

from __future__ import annotations

import pytest

from assistant.understanding import correction_words
from assistant.understanding.correction_words import MARKS, _GOES_ON, _PICK_STARTS, _a_pick, spans
from assistant.understanding.doubts import admits_not_knowing
from assistant.understanding.lexicon import default_lexicon
from assistant.understanding.text import clean, tokens

LEX = default_lexicon()

LINES = [
    "days, I should think -- no, sorry, weeks",
    "option 2. No, actually, make it option 1",
    "4 3 2 1 5 - wait, no: 3 4 2 1 5",
    "2, i mean the scans",
    "2 - i meant my normal periods",
    "not really, i mean sometimes",
    "the biopsy, no wait, the scan",
    "i mean it when i say no",
    "no sorry",
    "",
    "I don't know any of it yet",
    "Dad can't tell me and I can't tell either",
    "we are not sure",
    "i dont know",
    "im not sure what they said, the scan was fine",
]


def _spans_scanned(toks, lex):  # the scan before p14, kept as the reference
    words = [(i, t) for i, t in enumerate(toks) if t not in MARKS]
    found = []
    for phrase in lex.corrections + tuple(getattr(lex, "pick_corrections", ())):
        n = len(phrase)
        only_after_pick = phrase not in lex.corrections
        for k in range(len(words) - n + 1):
            if only_after_pick and not (_a_pick([t for _, t in words[:k]], lex) and _a_pick([t for _, t in words[k + n :]], lex, _PICK_STARTS)):
                continue
            if tuple(t for _, t in words[k : k + n]) == phrase:
                j = k + n
                while j < len(words) and words[j][1] in _GOES_ON:
                    j += 1
                found.append((words[k][0], words[j - 1][0] + 1))
    return found


def _admits_scanned(toks, lex):
    for p in lex.not_sure:
        if len(p) < 2 or p[0] not in ("i", "im", "we", "were"):
            continue
        for at in range(len(toks) - len(p) + 1):
            if tuple(toks[at : at + len(p)]) == p and toks[at + len(p) : at + len(p) + 1] not in (["any"], ["anything"], ["of"]):
                return True
    return False


@pytest.mark.parametrize("line", LINES)
def test_correction_spans_as_the_full_scan(line):
    toks = tokens(clean(line))
    assert spans(toks, LEX) == _spans_scanned(toks, LEX)


@pytest.mark.parametrize("line", LINES)
def test_admits_not_knowing_as_the_full_scan(line):
    toks = tokens(clean(line))
    assert admits_not_knowing(toks, LEX) == _admits_scanned(toks, LEX)


def test_a_pick_only_correction_is_still_found_and_a_remark_is_not():
    assert spans(tokens(clean("2, i mean the scans")), LEX)
    assert not spans(tokens(clean("not really, i mean sometimes")), LEX)
    assert correction_words.spans(tokens(clean("no sorry")), LEX)
