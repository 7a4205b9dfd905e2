"""A part told about someone who is never the patient names no pick (helper u23b).

"3, my neighbour had a rare cancer" at "What should the specialist look at?" stored "A rare or very complex case" and
"An illness with many types" beside surgery; "1 and 9, my friend had a serious diagnosis too" at the signs. When a part
after the first (after a mark or "but") starts with a person who is never the patient (a neighbour, a friend, a
coworker ...; no relative, who may be the patient a caregiver types for; not "somebody"), and the choices it
names are not named in the parts before it, those parts are kept and the story part is asked about, quoted whole.
The words are data: dialogues/others_story.yaml.
"""

from __future__ import annotations

from .phrase_files import PhraseFile, part_marks
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

_OWN = PhraseFile("others_story.yaml")


def _starts_with_other(part: list[str]) -> bool:
    words = list(part)
    while words[:1] and words[0] in ("and", "but", "also", "plus"):
        words = words[1:]
    if words[:1] and words[0] in _OWN.words("before"):
        words = words[1:]
    people = _OWN.phrases("people")
    return any(tuple(words[: len(p)]) == p or (len(p) == 1 and words[:1] == [p[0] + "s"]) for p in people)


def others_story(reading: Reading, line: str, spec, read_part) -> Reading:
    if spec.ask != "multi" or spec.name.startswith(("red_flags", "urgent")) or spec.name in _OWN.words("skip") or reading.certainty not in (SURE, LIKELY) \
            or reading.asked or not isinstance(reading.value, list) or not reading.value:
        return reading
    toks = tokens(clean(line))
    marks = part_marks() | {"but"}
    cuts = [k for k, t in enumerate(toks) if t in marks]
    for k in cuts:
        end = next((j for j in cuts if j > k and toks[j] != "but"), len(toks))
        part = toks[k + 1 : end]
        if not _starts_with_other(part) or any(t in marks for t in toks[end:] if t not in (".", "!")) and end < len(toks) - 1:
            continue
        head_end = k
        while head_end > 0 and toks[head_end - 1] in marks:
            head_end -= 1
        if head_end == 0:
            return reading
        head, told = read_part(" ".join(toks[:head_end])), read_part(" ".join(part))
        kept = head.value if head.certainty == SURE and not head.asked and isinstance(head.value, list) else None
        named = told.value if isinstance(told.value, list) else []
        if not kept or spec.none_choice in kept or not set(named) - set(kept) or not set(kept) <= set(reading.value):
            return reading
        if set(reading.value) <= set(kept):
            return reading  # the story added nothing to the reading
        said = " ".join(toks[k + 1 :]).strip(" ,.;!")
        return Reading(UNCLEAR, [c.id for c in spec.choices if c.id in kept], unclear=said, note=reading.note)
    return reading


__all__ = ["others_story"]
