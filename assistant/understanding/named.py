"""A fast path for the next commonest answers after numbers: a line that is exactly one choice's
label or one of its listed names ("understand", "no", "will ask", "I will ask my doctor").

Such a line is what the choice reader (choices.py) finds whole, and nothing else in it is left
for a second reading, a second look or a doubt to work on: the full reading (read.py) comes out as
that choice, sure. This gives that reading without running the rules that cannot change it. It
takes only such lines, at pick-one and pick-any questions, when nothing is kept from an earlier
answer, and steps aside (None: read in full) for anything else and wherever such a line can mean
more:
  - any mark, digit or letter outside a-z ("no.", "no?", "no!", "nö"): read in full;
  - the age question (read.py reads ages there first);
  - a name the lexicon lists as ambiguous or whole-only at that question, a name of more than one
    choice, or one the lexicon gives a meaning of its own (yes / no / "not sure" words, a
    "don't know" choice, a negated or softened name);
  - a pick-any question that needs more than one pick.
tests/understanding/test_named.py proves, for every question of the flow, every label and listed
name (in several casings) and every answer of the rounds in tests/data, that this gives the very
reading the full path gives.
"""

from __future__ import annotations

from ..flow import StateSpec
from .lexicon import Lexicon
from .reading import SURE, Reading

_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz '")
AGE_STATE = "welcome_age"  # read.py: an age is read there before choices


def exact_name(line: str, spec: StateSpec, lex: Lexicon) -> Reading | None:
    """The reading of a line that is exactly one choice's label or listed name, or None when it
    must be read in full."""
    if spec.ask not in ("choice", "multi") or not line or len(line) > 60:
        return None
    key = " ".join(line.lower().split())
    if not key or not _LETTERS.issuperset(key):
        return None
    hit = _TAKEN.get((id(spec), id(lex)))  # (a StateSpec hashes all its choices: slower than the reading)
    if hit is None or hit[0] is not spec or hit[1] is not lex:
        if len(_TAKEN) >= 256:
            _TAKEN.clear()
        hit = _TAKEN[id(spec), id(lex)] = (spec, lex, _names(spec, lex))
    choice = hit[2].get(key)
    if choice is None:
        return None
    return Reading(SURE, [choice] if spec.multi else choice)


_TAKEN: dict[tuple[int, int], tuple[StateSpec, Lexicon, dict[str, str]]] = {}  # kept with the spec and lexicon: ids stay theirs


def _names(spec: StateSpec, lex: Lexicon) -> dict[str, str]:
    """Name -> choice id, for the names that take the fast path at this question (see the
    module's docstring for those left out)."""
    words = lex.state(spec.name)
    if spec.name == AGE_STATE or spec.urgent or (spec.multi and spec.min_picks > 1) or words.people or words.count:
        return {}
    special = {words.dont_know, *words.softened}  # a choice said softly is offered, not taken
    meant = {" ".join(p) for p in (*words.either, *(p for ps in words.suggests.values() for p in ps))}
    found: dict[str, set[str]] = {}
    for choice in spec.choices:
        for name in (choice.label, *choice.synonyms):
            found.setdefault(" ".join(name.lower().split()), set()).add(choice.id)
    taken = {}
    for name, ids in found.items():
        if len(ids) != 1 or name in words.ambiguous or name in words.whole_only or not _LETTERS.issuperset(name) \
                or name in meant or tuple(name.split()) in lex.not_sure:
            continue
        (choice,) = ids
        if choice not in special:
            taken[name] = choice
    return taken
