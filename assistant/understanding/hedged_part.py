"""One part of a pick-several answer said with a doubt, the rest plainly (helper u19b).

"1 and 3 and 7 probably", "Items 1, 2, 7 and 10. Also item 4 perhaps, since I feel well", "the meds
failed, surgery is big, and crohns is complex??", "1, 3, 7 and whichever one covers a cloud of vague
dread": before, every pick was stored, the doubted one too. Now the line is cut into its parts (at the
marks , . ; ! ? and at the joins "and", "also", "plus"), and a part with a hedge word in it, or ending
in "?" while saying something is so ("its rare-ish?"), is read alone: the picks only it names are
asked about (the part quoted whole) and the picks of the other parts are kept.

Only when the rest of the line, read without the doubted parts, still gives plain picks; a hedge word in
the first part covers the whole line ("probably 1 and 3", "rare type possibly, and ..."): left to the
readers of a whole-line doubt; an aside in brackets is no part ("2, 7 (its a vsd?) and 10"); never at the red-flag,
urgent and own-questions questions (a question added there is the person's own: kept as asked).
The words are data: dialogues/hedged_part.yaml.
"""

from __future__ import annotations

import re

from .doubt_words import doubt_words
from .phrase_files import part_marks, phrases, spans
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "hedged_part.yaml"
_MARKS = part_marks("hedged")  # dialogues/part_marks.yaml
_SKIP = ("red_flags", "urgent", "questions")
_ASIDE = re.compile(r"\([^()]*\)")


def _parts(toks: list[str], joins) -> list[tuple[int, int, bool]]:
    """(start, end, ends with "?") of each part of the line; the marks and joins between parts left out."""
    cut = set()
    for s, e in spans(toks, joins):
        cut |= set(range(s, e))
    out, start = [], 0
    for k, t in enumerate(toks + ["."]):
        if t in _MARKS or k in cut:
            if k > start:
                out.append([start, k, False])
            start = k + 1
            if t == "?" and out and all(x in _MARKS for x in toks[out[-1][1] : k]):
                out[-1][2] = True  # the "?" right after the part, marks only between
    return [tuple(p) for p in out]


def hedged_part(reading: Reading, line: str, spec, read_part) -> Reading:
    if spec.ask != "multi" or spec.name.startswith(_SKIP) or reading.certainty != SURE or reading.asked \
            or not isinstance(reading.value, list) or len(reading.value) < 2 or spec.none_choice in reading.value:
        return reading
    toks = tokens(clean(_ASIDE.sub(" , ", line)))  # an aside in brackets explains a pick: "2, 7 (its a vsd?) and 10"
    words = phrases(FILE)
    hedges = spans(toks, words["hedges"] + tuple((w,) for w in sorted(doubt_words())))  # "maybe", "probably": doubt_words.yaml
    if not hedges and "?" not in toks:
        return reading
    questioned = {p[0] for p in words["questioned"]}
    doubted_parts = []
    parts = _parts(toks, words["joins"])
    for n, (start, end, asked) in enumerate(parts):
        hedged = [(s, e) for s, e in hedges if start <= s and e <= end] if n else []  # a hedge in the first part covers the line
        if not hedged and not (asked and questioned & set(toks[start:end])):
            continue
        doubted_parts.append((start, end, hedged))
    if not doubted_parts:
        return reading
    doubted, quoted = set(), []
    for start, end, hedged in doubted_parts:
        soft = hedged + [(s, e) for s, e in spans(toks, words["softeners"]) if start <= s and e <= end]
        said = [t for k, t in enumerate(toks[start:end], start) if not any(s <= k < e for s, e in soft)]
        part = read_part(" ".join(said)) if said else None
        if part is None or not isinstance(part.value, list) or not part.value:
            continue
        doubted |= set(part.value)
        quoted.append(" ".join(toks[start:end]))
    if not doubted:
        return reading
    bounds = [(start, end) for start, end, _ in parts]
    held = set()  # each doubted part with the marks and join before it
    for start, end, _ in doubted_parts:
        before = max((e for s, e in bounds if e <= start), default=0)
        held |= set(range(before, end))
    rest = read_part(" ".join(t for k, t in enumerate(toks) if k not in held).strip(" ,.;?!:-"))
    if rest.certainty != SURE or not isinstance(rest.value, list) or not rest.value:
        return reading
    kept = [c for c in reading.value if c in rest.value]
    if not kept or not (set(reading.value) - set(kept)):
        return reading
    return Reading(UNCLEAR, kept, unclear=", ".join(quoted), note=reading.note)


__all__ = ["hedged_part"]
