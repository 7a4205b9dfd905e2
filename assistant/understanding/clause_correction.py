"""A self-correction inside one part of a pick-several list (helper u19b).

"the scans and the labs, the biopsy no wait yes the biopsy", "2 and 5, 6 no wait 8", "the labs, the
biopsy, no wait, the clinic notes": the correction takes back the part it stands in (the clause from the
last clause mark before it), not the whole list. Before, the part after the correction was read alone
and offered back ("Did you mean Biopsy or pathology reports?"), and the scans and the labs said plainly
were lost. Now the earlier clauses are read alone and kept beside the later answer, all offered back for
a Yes (a correction leaves some doubt: lo10 item 4, as a pick corrected part way is).

Only when both the earlier clauses and the later answer are read plainly (sure, nothing asked, no
"none" and no "not sure"), and the later answer does not say it is the whole answer ("just 3", "only
the notes", "so just the notes": then the later answer replaces the list, as later_wins reads it).
Never at the red-flag and urgent questions (later_wins does not run there).
"""

from __future__ import annotations

from .correction_words import MARKS, spans
from .phrase_files import phrases
from .reading import LIKELY, SURE, Reading

_SENTENCE_ENDS = frozenset({".", "!", "?", "...", "…"})
_CLAUSE_MARKS = frozenset({",", ";", ".", "!", "?", "...", "…", "-", "—", "–", ":"})
FILE = "clause_correction.yaml"  # whole_answer: words after the correction that make the later answer the whole one


def _plain(reading: Reading, spec) -> bool:
    return (reading.certainty == SURE and not reading.asked and not reading.dont_know
            and isinstance(reading.value, list) and bool(reading.value)
            and not ({spec.none_choice, "not_sure", "unsure", "not_said"} & set(reading.value)))


def _join(words: list[str]) -> str:
    return " ".join(t for t in words if t not in MARKS or t == ",").replace(" ,", ",").strip(" ,")


def clause_corrected(toks: list[str], spec, lex, read_part) -> Reading | None:
    """The earlier clauses' picks with the later answer's, when the correction takes back one clause only."""
    if spec.ask != "multi":
        return None
    found = spans(toks, lex)
    if len(found) != 1:
        return None  # two corrections in a line: asked as before
    at, end = found[0]
    after = toks[end:]
    whole = {p[0] for p in phrases(FILE)["whole_answer"]}
    if not after or whole & set(after):
        return None
    # The clause the correction takes back: from the last mark before it with a word between.
    k = at
    while k > 0 and toks[k - 1] in _CLAUSE_MARKS:
        k -= 1
    if _SENTENCE_ENDS & set(toks[k:at]):
        return None  # "1, 2. no wait 3 and 4": said after a sentence end, it takes back the whole list (review)
    start = max((i + 1 for i in range(k) if toks[i] in _CLAUSE_MARKS), default=0)
    if start == 0:
        return None  # nothing said in an earlier clause: later_wins as before
    head = _join(toks[:start])
    later_text = _join(after)
    if not head or not later_text:
        return None
    before, later = read_part(head), read_part(later_text)
    if not (_plain(before, spec) and _plain(later, spec)):
        return None
    return Reading(LIKELY, list(dict.fromkeys(before.value + later.value)))  # a correction: offered back for a Yes (lo10 item 4)


__all__ = ["clause_corrected"]
