"""A fast path for the commonest answer of all: the number of a choice ("2"), or several ("1, 3").

Such a line has no words, so no rule of reading can apply to it but the position reader: the
full reading (read.py, with its second readings and its second look) comes out as the choice at
that place, sure. This gives that reading without running the rules that cannot match. It takes
only lines of ASCII digits and commas, at pick-one and pick-any questions, when nothing is kept
from an earlier answer; it steps aside (None: read in full) for anything else, and where a
number can mean more than a place in the list. (Doctors are counted only beside a doctor word or
"more"/"other", counting.py, so a line of numbers counts none.)
  - the age question, where "4" may be an age (read.py reads ages there first);
  - a whole answer the lexicon lists as ambiguous or as a whole-only name at that question;
  - a number out of range, a number said twice, "none" or "not sure" beside other picks, fewer picks than
    the question asks for, more than one number at a pick-one question.
tests/understanding/test_fastpath.py proves, for every state of every flow, every number and
every pair of numbers, that this gives the very reading the full path gives.
"""

from __future__ import annotations

from ..flow import StateSpec
from .lexicon import Lexicon
from .reading import SURE, Reading

_DIGITS = frozenset("0123456789, ")
AGE_STATE = "welcome_age"  # read.py: an age is read there before choices


def numbers_only(line: str, spec: StateSpec, lex: Lexicon) -> Reading | None:
    """The reading of a line of choice numbers only, or None when it must be read in full."""
    if spec.ask not in ("choice", "multi") or not line or len(line) > 40 or not _DIGITS.issuperset(line):
        return None
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
