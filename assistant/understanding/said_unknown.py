"""A choice named only to say it is not known (issue 11: never a silent misread).

At a pick-any question, a part of the line may name a choice only to say that it is not known,
not seen or not clear: "I know the approved list and the form. The deadline is anyone's guess.",
"understand the risks, have support. values unclear", "they gave me the list; the form I have not
seen". Read as one line, the choice's words were a pick. The part is read alone twice, with and
without the words of not knowing: when both give the same picks, those words are not part of a
choice's own words ("The diagnosis is unclear" is a choice of its own at the signs list and reads
differently without "unclear"), so the picks of that part are said as not known and are dropped,
unless another part of the line names them. When nothing is left, the line is asked about.
Words are data: dialogues/unsafe.yaml (`said_unknown`).
"""

from __future__ import annotations

from dataclasses import replace

from .reading import SURE, UNCLEAR, Reading
from .text import parts_between

_CUTS = frozenset({".", ";", "!", "?", ",", "-", ":", "but", "though", "although"})


def _parts(toks: list[str]) -> list[list[str]]:
    return [toks[start:end] for start, end in parts_between(toks, _CUTS)]


def _spans(part: list[str], phrases) -> list[tuple[int, int]]:
    return [(k, k + len(p)) for p in phrases for k in range(len(part) - len(p) + 1) if tuple(part[k : k + len(p)]) == p]


def _picks(got: Reading) -> set[str]:
    if got.certainty != SURE or got.asked or not isinstance(got.value, list):
        return set()
    return set(got.value)


_FUNCTION = frozenset("i im have has not no is are dont do a an the still about of on for who nobody one us yet never got".split())


def _own_words(spec) -> set[str]:
    """Every word of the question's choices (labels and synonyms): "unclear" at a list whose choice
    is "A biopsy or lab report was unclear" names that choice, it does not say a pick is unknown."""
    from .text import clean, tokens

    said = set()
    for c in spec.choices:
        for text in (c.label, *c.synonyms):
            said |= set(tokens(clean(text)))
    return said | {w[2:] for w in said if w.startswith("un") and len(w) > 5}  # "unclear": "not clear" names it too


def said_unknown(reading: Reading, toks: list[str], spec, words: dict, read_part) -> Reading | None:
    """The reading without the picks said only as not known; None when nothing changes."""
    if not spec.multi or not isinstance(reading.value, list) or spec.none_choice in reading.value:
        return None
    own = _own_words(spec)
    phrases = [p for p in words["said_unknown"] if not (set(p) - _FUNCTION) & own]
    parts = _parts(toks)
    if len(parts) < 2:
        return None  # the whole line is one part: "values unclear" alone is asked elsewhere, never emptied here
    unknown: set[str] = set()
    known: set[str] = set()
    last: set[str] = set()  # the picks of the part before
    for part in parts:
        spans = _spans(part, phrases)
        if not spans:
            last = _picks(read_part(" ".join(part)))
            known |= last
            continue
        s, e = spans[0]
        rest = part[:s] + part[e:]
        if not [t for t in rest if t.isalpha() and t not in _FUNCTION]:
            known -= last  # "when they need it by, nobody knows": the part before is what is not known
            unknown |= last
            last = set()
            continue
        without, whole = _picks(read_part(" ".join(rest))), _picks(read_part(" ".join(part)))
        if without and without == whole:
            unknown |= without
        else:
            known |= whole
        last = set()
    drop = (unknown & set(reading.value)) - known
    if not drop:
        return None
    left = [v for v in reading.value if v not in drop]
    if not left:
        return Reading(UNCLEAR, unclear=" ".join(toks), message="You said you do not know that one. Which of these do you know?")
    return replace(reading, value=left)
