"""Plain picks, then one more said to hold only at times, to depend on something, or "not really" (helper u23b).

"2, 4 and 3 on a good day" at the SURE tests stored all three; "the form and the deadline, the list depends on the
plan", "1, 2, and 8 depending on the day", "scans and labs, the biopsy depends which hospital" offered every pick back
for one Yes. When the last part of the line (after a mark or "and") names a choice in a few words and then a qualifier
(dialogues/qualified_part.yaml), and the parts before name choices plainly, those are kept and the qualified part is
asked about, quoted whole ("scans and labs, visit notes not really" stored the notes). A qualifier in the only part, or after a long story, is left to the other readers.
"""

from __future__ import annotations

from .phrase_files import PhraseFile, part_marks, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

_FILE = PhraseFile("qualified_part.yaml")
_JOINS = ("and", "plus", "also")
_NAMING = 4  # at most this many words name the choice before the qualifier ("the biopsy", "3", "the values one")


def qualified_part(reading: Reading, line: str, spec, read_part) -> Reading:
    if spec.ask != "multi" or spec.name.startswith(("red_flags", "urgent")) or reading.certainty not in (SURE, LIKELY) \
            or reading.asked or not isinstance(reading.value, list) or len(reading.value) < 2:
        return reading
    toks = tokens(clean(line))
    marks = part_marks() | set(_JOINS)
    ends = lambda e: all(t in marks or t in ("?", "!") for t in toks[e:])  # noqa: E731 - nothing but marks after it
    timed = _FILE.phrases("at_times") + (() if spec.name in _FILE.words("denials_skip") else _FILE.phrases("denials"))
    found = sorted(spans(toks, _FILE.phrases("depends")) + [(s, e) for s, e in spans(toks, timed) if ends(e)])
    if not found:
        return reading
    at = found[-1][0]
    cut = max((k for k in range(at) if toks[k] in marks), default=None)
    if cut is None or (toks[cut] in _JOINS and not (cut and toks[cut - 1] in marks) and not any(t in marks for t in toks[:cut])):
        return reading  # "2 and 4 some days": the qualifier may cover both; left to the other readers
    naming = [t for t in toks[cut + 1 : at] if t not in marks]
    if not naming or len(naming) > _NAMING or any(t in marks for t in toks[found[-1][1] :] if t not in (".", "!")):
        return reading  # nothing named before the qualifier, a long part, or more parts after it
    head_end = cut
    while head_end > 0 and toks[head_end - 1] in marks:
        head_end -= 1
    if head_end == 0:
        return reading
    named, head = read_part(" ".join(naming)), read_part(" ".join(toks[:head_end]))
    doubted = named.value if named.certainty == SURE and isinstance(named.value, list) else None
    kept = head.value if head.certainty == SURE and not head.asked and isinstance(head.value, list) else None
    if not doubted or not kept or spec.none_choice in kept + doubted or set(doubted) & set(kept):
        return reading
    said = " ".join(toks[cut + 1 :]).strip(" ,.;!")
    return Reading(UNCLEAR, [c.id for c in spec.choices if c.id in kept], unclear=said, note=reading.note)


__all__ = ["qualified_part"]
