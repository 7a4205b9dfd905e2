"""A fast path for the commonest answers of all: the number of a choice ("2"), several ("1, 3"),
and a bare "all" or "none" at a pick-any question.

Such a line has no words of its own, so no rule of reading applies to it but the position reader
(or the word for all, or the none choice's own name): the full reading (read.py, with its second
readings and its second look) comes out as the choices at those places, sure ("all": every real
choice; "none": the none choice). This gives that reading without running the rules that cannot
match. It takes only such lines, at pick-one and pick-any questions, when nothing is kept from an
earlier answer, and steps aside (None: read in full) for anything else and wherever such a line
can mean more:
  - the age question, where "4" may be an age (read.py reads ages there first);
  - a whole answer the lexicon lists as ambiguous or as a whole-only name at that question;
  - a number out of range, a number said twice, "none" or "not sure" beside other picks, fewer
    picks than the question asks for, more than one number at a pick-one question.
(Doctors are counted only beside a doctor word or "more"/"other", counting.py, so a line of
numbers counts none.) tests/understanding/test_fastpath.py proves, for every question of the
flow, every number, every pair of numbers, "all" and "none", that this gives the very reading
the full path gives.
"""

from __future__ import annotations

from ..flow import StateSpec
from .lexicon import Lexicon
from .reading import SURE, Reading

_DIGITS = frozenset("0123456789, ")
AGE_STATE = "welcome_age"  # read.py: an age is read there before choices


def digits_only(line: str) -> bool:
    """A line of digits, commas and spaces only: read.py tries the fast path before its rewrites,
    which all look for words."""
    return bool(line) and len(line) <= 40 and _DIGITS.issuperset(line)


def blank(line: str) -> bool:
    """Enter alone (or only spaces): no words for any rewrite, second reading or second look, so
    read.py reads it once (tests/understanding/test_fastpath.py: the same reading at every question)."""
    return not line or line.isspace()


def numbers_only(line: str, spec: StateSpec, lex: Lexicon) -> Reading | None:
    """The reading of a line of choice numbers only (or a bare "all" or "none" at a pick-any
    question), or None when it must be read in full."""
    if spec.ask not in ("choice", "multi") or not line or len(line) > 40:
        return None
    if not _DIGITS.issuperset(line):
        return _all_or_none(line, spec, lex) if spec.multi and len(line) <= 8 else None
    if spec.name == AGE_STATE:
        return None
    parts = line.split(",")
    numbers = []
    for part in parts:
        part = part.strip()
        if not part.isdigit() or len(part) > 2 or part[0] == "0":
            return None  # "1 3", "1,,3", "01", "": read in full
        numbers.append(int(part))
    count = len(spec.choices)
    if len(set(numbers)) != len(numbers) or not all(1 <= n <= count for n in numbers):
        return None
    words = lex.state(spec.name)
    key = line.replace(",", " ").split()
    key = " ".join(key)
    if key in words.ambiguous or key in words.whole_only:
        return None
    ids = [spec.choices[n - 1].id for n in numbers]
    if not spec.multi:
        return Reading(SURE, ids[0]) if len(ids) == 1 else None
    alone = {spec.none_choice, words.dont_know, "not_sure"}  # answers that do not go beside others
    if len(ids) < spec.min_picks or (len(ids) > 1 and not alone.isdisjoint(ids)):
        return None
    return Reading(SURE, ids)


def _all_or_none(line: str, spec: StateSpec, lex: Lexicon) -> Reading | None:
    """ "all": every real choice (not "none", not "Not sure"), when the lexicon has "all" as a
    word for all; "none": the none choice, when "none" is one of its own names."""
    word = line.strip().lower()
    if word not in ("all", "none"):
        return None
    words = lex.state(spec.name)
    if word in words.ambiguous or word in words.whole_only:
        return None
    if word == "all":
        from .asked_to_ask import asks_for_focus  # helper u16a: a bare "all" where the question asks for a focus is asked

        if ("all",) not in lex.all or asks_for_focus(spec):
            return None
        ids = [c.id for c in spec.choices if c.id not in (spec.none_choice, "not_sure")]
        return Reading(SURE, ids) if len(ids) >= max(spec.min_picks, 1) else None
    choice = next((c for c in spec.choices if c.id == spec.none_choice), None)
    if choice is None or "none" not in (choice.id, choice.label.lower(), *(n.lower() for n in choice.synonyms)):
        return None
    return Reading(SURE, [choice.id]) if spec.min_picks <= 1 else None


def early(line: str, spec: StateSpec, lex: Lexicon, keep, read_whole) -> Reading | None:
    """What a line with no words reads as, before any rewrite (read.py): numbers only, by the fast
    path; Enter alone, by the full path once (`read_whole()`); None for any other line."""
    if keep:
        return None
    if digits_only(line):  # "2", "1, 3": no words, so no rewrite can apply
        fast = numbers_only(line, spec, lex)
        if fast is not None:
            return fast
    if blank(line):
        return read_whole()
    return None
