"""Someone in the room who only types, watches or reads along, at a question about who the decision
is for: "im the patient lol my dad is just sitting here reading over my shoulder", "its me, my mom
said i could do the typing", "me (my wife is next to me)".

The choice words "my dad", "my mom" say the caregiver, so the line fits both readings. When every
person named is said to be only at the keyboard or in the room (`typing_help` in
dialogues/plain_words.yaml, as helpers.py reads it), the line is read again without them, and
what the person says of themself decides. Their words are kept as a note.
"""

from __future__ import annotations

from dataclasses import replace

from .helpers import only_typing
from .reading import SURE, Reading
from .text import tokens

_OWNERS = ("my", "our", "mi")
_PEOPLE_CHOICES = {"patient", "caregiver"}


def _person(toks: list[str], at: int, lex) -> int:
    from .people import _person_at

    return _person_at(toks, at, lex)


def without_onlookers(line: str, reading: Reading, spec, lex, read_part) -> Reading | None:
    """The reading of the line with the people who only type or watch left out, or None."""
    if not lex.state(spec.name).people or reading.certainty == SURE or reading.asked:
        return None
    if reading.options and set(reading.options) != _PEOPLE_CHOICES:
        return None
    toks = tokens(line)
    keep, cut = [], False
    i = 0
    while i < len(toks):
        size = _person(toks, i + 1, lex) if toks[i] in _OWNERS else 0
        if size and only_typing(toks, i + 1 + size):
            cut = True
            j = i + 1 + size
            while j < len(toks) and toks[j] not in (",", ".", ";", "!", "but", "and"):
                j += 1  # the rest of what is said of the onlooker
            i = j
            continue
        if size:
            return None  # someone else is named, not as an onlooker: as it was
        keep.append(toks[i])
        i += 1
    while keep and keep[-1] in (",", ".", ";", "!", "but", "and", "though", "although"):
        keep.pop()  # "me but my mom is helping": the "but" led to the onlooker
    rest = " ".join(keep).strip(" ,.;!")
    if not cut or not rest:
        return None
    again = read_part(rest)
    if again.certainty != SURE or again.value != "patient":
        return None  # only "it's me" is made plain by leaving the onlooker out
    return replace(again, note=again.note or line.strip())
