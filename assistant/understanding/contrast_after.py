"""A contrast after a pick or "none" carries the meaning (user trial 7, findings 12 and 13).

"none. although the surgeon has not seen her latest echo": "none" is said, and then the part after
"although" names choice 5 ("One doctor did not see all the records"). The contrast is the answer
that matters: the pick it names is offered back for a Yes, never "None" stored.

"2 and 3 I suppose. My partner's really supportive but I don't feel I've had proper advice": the
part after "but" names the advice choice and says no to it. At the self-check questions (each
choice a yes-or-no statement about the person: hedges.yaml self_check), the choice it denies is taken
off the picks (the rest is kept) and the answer is said back; when nothing would be left, the line is
asked about. Elsewhere a denial often covers a part of a choice ("the MRI report, but not the
images"), and the reading stays as it was.

The part after the contrast is read alone at the same question (and, for the denial, once more
without its negation words, to find the choice it names). Only at choice and pick-any questions,
never at the red-flag and emergency questions. Words are data: dialogues/contrast_after.yaml.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .datafile import read_words_file
from .reading import LIKELY, SURE, UNCLEAR, Reading


def _alternation(words) -> str:
    forms = sorted({str(w).lower().replace("'", "") for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in forms)


@cache
def _words():
    data = read_words_file("contrast_after.yaml")
    contrast = re.compile(rf"(?:^|[\s,.;:!\-]+)(?:{_alternation(data['contrast'])})(?=[\s,]|$)\s*,?\s*", re.IGNORECASE)
    negation = re.compile(rf"(?<![\w'])(?:{_alternation(data['negations'])})(?![\w'])", re.IGNORECASE)
    return contrast, negation, frozenset(data["not_picks"])


@cache
def _self_check() -> frozenset:
    """The questions where each choice is a yes-or-no statement about the person (hedges.yaml)."""
    return frozenset(read_words_file("hedges.yaml")["self_check"])


def _plain(text: str) -> str:
    return text.replace("'", "").replace("\u2019", "")


def _picks(value, spec) -> list[str]:
    values = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    return [v for v in values if isinstance(v, str)]


def contrast_after(reading: Reading, line: str, spec, read_part) -> Reading:
    """`reading` of the whole line; `read_part(text)` reads a part at this question."""
    if reading.certainty != SURE or reading.asked or reading.options or spec.ask not in ("choice", "multi") \
            or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return reading
    contrast, negation, not_picks = _words()
    found = contrast.search(_plain(line))
    if found is None or found.start() == 0:
        return reading
    tail = _plain(line)[found.end():].strip(" .,;!")
    if len(tail.split()) < 2:
        return reading
    picked = _picks(reading.value, spec)
    none = {spec.none_choice, "no", "none"} - {None}
    ids = {choice.id for choice in spec.choices}
    if picked and set(picked) <= none:
        # "none. although the surgeon has not seen her latest echo": the pick the contrast names, offered back
        after = read_part(tail)
        named = [v for v in _picks(after.value, spec) if v in ids and v not in none and v not in not_picks]
        if after.certainty in (SURE, LIKELY) and named and not after.asked:
            value = named if spec.multi else named[0]
            return replace(reading, certainty=LIKELY, value=value, note=reading.note or "")
        return reading
    if not negation.search(tail) or spec.name not in _self_check():
        return reading  # (elsewhere "the MRI report, but not the images" denies a part of a choice, not the choice)
    # "...really supportive but I don't feel I've had proper advice": the choice the contrast denies,
    # in the sentence the contrast opens ("..., but i am not sure. my husband support me": only "sure")
    denial = re.split(r"[.;!?]", tail, maxsplit=1)[0]
    if not negation.search(denial):
        return reading
    named_by = read_part(negation.sub(" ", denial))
    denied = [v for v in _picks(named_by.value, spec) if v in picked and v not in none and v not in not_picks]
    if named_by.certainty != SURE or not denied:
        return reading
    if not spec.multi:
        return Reading(UNCLEAR, unclear=line.strip())  # "yes, covered, but I have not checked it": asked, never stored
    kept = [v for v in picked if v not in denied]
    if not kept:
        return Reading(UNCLEAR, unclear=line.strip())
    return replace(reading, value=kept)


__all__ = ["contrast_after"]
