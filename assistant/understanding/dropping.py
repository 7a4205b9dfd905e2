"""Taking questions off the list at the order question: "drop the one about the family", "remove 3",
"put 5 first and take out the last one", "i wont ask him the cost one".

Before this, the words of the question to drop were read as the question to put first (the user
trial of 2026-12-04: "drop the one about jake coming" moved it to the top). The part that drops is
read on its own; the rest of the line is read as the new order, as before. At least MIN_KEPT
questions stay, and a drop with no question named is asked about, never guessed.
"""

from __future__ import annotations

import re

from .matching import find_hits
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

MIN_KEPT = 3
_DROP = re.compile(
    r"\b(drop|drops|remove|delete|erase|scrap|ditch|take\s+out|take\s+off|cross\s+out|cross\s+off|leave\s+out|"
    r"get\s+rid\s+of|rid\s+of|skip\s+(?:the|number|no|#|\d)|no\s+need\s+for|dont\s+need|do\s+not\s+need|don't\s+need|"
    r"wont\s+ask|won't\s+ask|will\s+not\s+ask|not\s+(?:going\s+to|gonna)\s+ask|wont\s+need)\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*(?:[,;.]|\band\s+then\b|\bthen\b|\band\b|\bbut\b|\balso\b)\s*", re.IGNORECASE)
# An order said straight after a drop, with no comma ("drop 6 put 5 first"), is a part of its own.
_ORDER_VERB = re.compile(r"\s+(?=(?:put|move|make|place|bring|swap|switch|keep|leave\s+in|but\s+keep)\b)", re.IGNORECASE)
# "keep 10": the question named stays where it is; it is no new order.
_KEEP = re.compile(r"^\s*(?:but\s+|and\s+)?(?:keep|leave\s+in|leave)\b", re.IGNORECASE)
_FIRST = {"first", "1st", "top"}
_LAST = {"last", "bottom", "final"}


_NUMBER_FILLERS = frozenset({"the", "one", "ones", "number", "no", "#", "question", "questions", "too", "also", "as", "well"})


def _only_numbers(part: str, lex) -> bool:
    toks = [t for t in tokens(part) if t.isalnum() or t == "#"]
    return bool(toks) and all(t.isdigit() or t in lex.ordinals or t in lex.numbers or t in _NUMBER_FILLERS for t in toks) \
        and any(t.isdigit() or t in lex.ordinals or (t in lex.numbers and t != "one") for t in toks)


_ORDER_WORDS = frozenset({"first", "1st", "top", "last", "bottom", "before", "after", "swap", "switch", "put", "move", "order", "then", "next"})


def _names_a_place(part: str, lex) -> bool:
    """A part that can say a new order: a number, a position, or an order word ("put 5 first", "the cost one
    up top"). A part with none ("those were for you", "omg") is a remark beside the drop."""
    toks = tokens(part)
    return any(t.isdigit() or t in lex.ordinals or (t in lex.numbers and t != "one") or t in _ORDER_WORDS for t in toks)


def says_drop(text: str) -> bool:
    return bool(_DROP.search(clean(text)))


def _targets(part: str, items, item_ids, questions, lex) -> list[int]:
    """The 1-based numbers of the questions `part` names."""
    toks = tokens(part)
    found: list[int] = []
    if questions is not None:
        for hit in find_hits(toks, questions, lex):
            if hit.choice in item_ids:
                found.append(item_ids.index(hit.choice) + 1)
    count = len(items)
    for i, tok in enumerate(toks):
        value = int(tok) if tok.isascii() and tok.isdigit() and len(tok) <= 2 else None
        if value is None and tok in lex.ordinals and tok not in _FIRST:
            value = int(lex.ordinals[tok])
        if value is None and tok in lex.numbers and tok != "one":
            value = lex.numbers[tok]
        if value is not None:
            found.append(value)
        elif tok in _LAST:
            found.append(count)
        elif tok in _FIRST:
            found.append(1)
    if not found:  # the person's own question named by a word in it ("the jake one"), as order.py reads it
        from .order import _own_named

        found = [number for _, number in _own_named(toks, items, item_ids, set())]
    return list(dict.fromkeys(found))


def read_drop(text: str, items: list[str], item_ids: list, questions, lex, read_rest) -> Reading:
    """`read_rest(text)`: the order reading of the line's other parts (the normal one)."""
    parts = [p for p in _SPLIT.split(_ORDER_VERB.sub(", ", clean(text))) if p and p.strip()]
    dropping, rest, kept = [], [], []
    last_dropped = False
    for part in parts:
        # "drop 1, 2 and 3": numbers right after a drop are dropped too.
        last_dropped = bool(_DROP.search(part)) or (last_dropped and _only_numbers(part, lex))
        if not last_dropped and _KEEP.search(part):
            kept.append(part)  # "keep 10": stays, no new order
        elif last_dropped or _names_a_place(part, lex):
            (dropping if last_dropped else rest).append(part)
        # else a remark beside the drop ("those were for you"): nothing to move
    count = len(items)
    gone: list[int] = []
    for part in dropping:
        named = _targets(part, items, item_ids, questions, lex)
        if not named:
            return Reading(UNCLEAR, unclear=clean(text), message="Which question should I take off? Type its number, like 'drop 4'.")
        gone += named
    gone = list(dict.fromkeys(gone))
    if any(n in gone for part in kept for n in _targets(part, items, item_ids, questions, lex)):
        return Reading(UNCLEAR, unclear=clean(text), message="That keeps and takes off the same question. Which did you mean?")
    if any(not 1 <= n <= count for n in gone):
        return Reading(UNCLEAR, unclear=clean(text), message=f"There are {count} questions, so use the numbers 1 to {count}.")
    if count - len(gone) < MIN_KEPT:
        return Reading(UNCLEAR, unclear=clean(text),
                       message=f"A plan keeps at least {MIN_KEPT} questions. Which ones should stay? Type their numbers, like '1 3 4'.")
    order = list(items)
    removed = tuple(items[n - 1] for n in gone)
    if rest:
        ordered = read_rest(", ".join(rest))
        if ordered.certainty != SURE:
            return Reading(UNCLEAR, unclear=clean(text))
        order = list(ordered.value)
        moved = [q for k, q in enumerate(order) if q != items[k]]
        if set(moved[:1]) & set(removed):  # "put 5 first and take out the last one", when the last is 5
            return Reading(UNCLEAR, unclear=clean(text), message="That moves and takes off the same question. Which did you mean?")
    return Reading(SURE, [q for q in order if q not in removed], removed=removed)
