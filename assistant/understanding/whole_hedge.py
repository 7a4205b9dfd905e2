"""A hedge that covers a whole pick-any answer alike: "maybe 2 and 4", "1 and 5 probably", "I reckon
1 and 2", "perhaps the first and the third". Every pick is hedged the same, so none is in doubt
against another: the hedge says how the person feels about their own list, which is what the
self-check questions ask. The picks are read without the hedge and kept; the hedge is no part to
ask about.

A hedge on one pick among plain ones ("2, 3 and maybe 4", "2 maybe 3") is still asked about (the
contrast is the doubt), and so is a closing hedge after picks each joined on their own ("1 and 3 and 7 probably":
the last part, hedged_part.py); so is a hedge with a question mark, an "or", "idk"/"not sure", a second
hedge, or anything the rest of the line does not read surely. Never at the emergency questions.
A guess said first ("Possibly 3 and 5.") at a question of fact, not of the person's own feelings or
wishes, is offered back for a Yes (helper 11a14, round 28).
Words are data: dialogues/hedges.yaml."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..flow import StateSpec
from .datafile import read_words_file
from .reading import LIKELY, SURE, Reading


def _alternation(words) -> str:
    forms = sorted({str(w).lower() for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in forms)


@cache
def _patterns():
    data = read_words_file("hedges.yaml")
    lead = _alternation(data["whole"]["before"])
    tail = _alternation(data["whole"]["after"])
    doubt = _alternation(data["whole"]["doubts"])
    before = re.compile(rf"^\s*(?:(?:well|so|hmm+|um+|ok|okay|yeah|yes)[,.]?\s+)?(?:{lead})\s*[,:\-]?\s+(?P<rest>.+?)\s*[.!]*\s*$", re.IGNORECASE)
    after = re.compile(rf"^\s*(?P<rest>.+?)\s*[,\-]?\s+(?:{tail})\s*[.!]*\s*$", re.IGNORECASE)
    wavers = re.compile(rf"\?|\bor\b|(?<![\w'])(?:{doubt})(?![\w'])", re.IGNORECASE)
    return before, after, wavers


def hedged_whole(line: str, spec: StateSpec, read_rest) -> Reading | None:
    """The picks of a line hedged as a whole, sure; None when the line is not that shape or its rest
    is not read surely as picks. `read_rest(text)` reads the line without the hedge."""
    if not spec.multi or spec.name.startswith(("red_flags", "urgent")):
        return None
    before, after, wavers = _patterns()
    found = before.match(line) or after.match(line)
    if not found:
        return None
    rest = found.group("rest").strip()
    if found.re is before and (again := after.match(rest)):  # "Maybe 1, 2 and 10. I think so.": hedged at both ends
        rest = again.group("rest").strip()
    if wavers.search(rest) or before.match(rest) or after.match(rest):
        return None
    words = re.findall(r"[a-z]+|\d+", rest.lower())
    if found.re is after and sum(w in _each_joined() for w in words) >= 2:
        return None  # "1 and 3 and 7 probably": each pick joined on its own, the closing hedge is on the last (hedged_part.py)
    if not words or any(not w.isdigit() and w not in _LIST_WORDS for w in words):
        return None  # "probably the written plan", "the second one didnt have the echo i think": read as typed
    reading = read_rest(rest)
    value = reading.value
    if reading.certainty != SURE or not isinstance(value, list) or not value or reading.unclear or reading.asked \
            or spec.none_choice in value or reading.options:
        return None
    if len(value) < 2:
        return None  # "maybe 3" is asked, "5 i guess" a choice made: one pick is read as before (rounds 5 and 14)
    if not all(w.isdigit() or w not in _ORDINALS for w in words):
        return replace(reading, certainty=LIKELY)  # "maybe the first and the third": places in doubt, offered back
    if found.re is before and _guessed_fact(line, spec):
        return replace(reading, certainty=LIKELY)  # "Possibly 3 and 5." at what happened: a guess at facts, offered back
    return reading


@cache
def _each_joined() -> frozenset:
    return frozenset(str(w).lower() for w in read_words_file("hedges.yaml")["whole"].get("each_joined", ()))


def _guessed_fact(line: str, spec: StateSpec) -> bool:
    """A guess word first ("possibly", "maybe") at a question of fact, not of the person's own feelings or wishes."""
    whole = read_words_file("hedges.yaml")["whole"]
    first = re.findall(r"[a-z]+", line.lower())[:1]
    return bool(first) and first[0] in whole.get("guesses", ()) and spec.name not in whole.get("sure_at", ())


_ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
# Words a list of picks is said with ("the first and the last", "number 2 and 5 too")
_LIST_WORDS = _ORDINALS | frozenset("and the number numbers no nr n one ones both too also plus".split())
