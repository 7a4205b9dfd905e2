"""A list of numbers and a move in one line at the order question: "3 1 2 but the family one first",
"4 2 1, and 5 to the top", "3 1 2 with 5 last" (helper lo10).

Read alone, the numbers gave the order and the moved question fell in where it was said ("3 1 2 5 4"), a
made-up order stored silently. Here the list is the order, the questions not named follow in their shown
order, and each question moved goes to its place. Two ways to read the line, so the result is offered back
for a Yes (LIKELY), never stored at once.
"""

from __future__ import annotations

from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean

_TO_TOP = frozenset({"first", "top", "front", "start", "beginning", "1st"})
_TO_END = frozenset({"last", "end", "bottom"})
_BETWEEN = frozenset({"to", "the", "at", "on", "go", "goes", "should", "be", "in", "as", "very", "right", "of", "list"})


def _number_places(toks: list[str], numbered: list[tuple[int, int]], count: int, taken: set[int]) -> list[tuple[int, int, int]]:
    """(token index, question number, place) for a number said with a place after it ("5 first", "5 to the top")."""
    out = []
    for at, number in numbered:
        if at in taken:
            continue
        for k in range(at + 1, min(at + 5, len(toks))):
            if toks[k] in _TO_TOP:
                out.append((at, number, 1))
                break
            if toks[k] in _TO_END:
                out.append((at, number, count))
                break
            if toks[k] not in _BETWEEN:
                break
    return out


def _named_last(toks: list[str], refs: list[tuple[int, int]], named: list[tuple[int, int]], count: int) -> list[tuple[int, int]]:
    """(question number, last place) for a question named by its words with "last" after it ("the risks one last")."""
    placed = {n for n, _ in named}
    out = []
    for at, number in refs:
        for tok in toks[at + 1 : at + 8]:
            if tok in (",", ";", "and", "but", "then"):
                break
            if number not in placed and tok in _TO_END:
                out.append((number, count))
                break
    return out


def _list_said_first(toks: list[str], numbered: list[tuple[int, int]], by_number: list[tuple[int, int, int]]) -> bool:
    """ "3, 1 and 2 first": numbers joined only by commas and "and", the last with "first" after it. The place
    is said of the whole list (a careful reader puts 3, 1, 2 at the top in that order), not of the 2 alone."""
    if len(by_number) != 1 or by_number[0][2] != 1 or len(numbered) < 3:
        return False
    spots = [at for at, _ in sorted(numbered)]
    last = spots[-1]
    if by_number[0][0] != last or toks[last - 1] not in ("and", "&") or toks[last - 2] == "," \
            or last + 1 >= len(toks) or toks[last + 1] not in _TO_TOP:  # "4 2 1, and 5 to the top": a move
        return False
    # joined as a written list: "3, 1 and 2" (each earlier number by a comma); "4 2 1 and 5 first" stays a move offered back
    return spots[0] == 0 and all(toks[a + 1 : b] == [","] for a, b in zip(spots, spots[1:-1]))


def list_with_moves(text: str, toks: list[str], items: list, refs: list[tuple[int, int]], named: list[tuple[int, int]],
                    place_tokens: set[int], numbered: list[tuple[int, int]], count: int) -> Reading | None:
    """`refs`: (token index, question number) for questions named by their words; `named`: (question number, place)
    for those said with a place ("the family one first"); `place_tokens`: where those place words are; `numbered`:
    (token index, number) for every number said. None when the line is not a list with a move (the usual readings
    go on); SURE when the move gives the order the numbers gave as said ("1 first, then 3, then 2")."""
    # "5 to the top" comes as "5 2 the top" (a "to" heard as "two"): a 2 between a number and "the" is "to"
    toks = ["to" if t == "2" and 0 < k < len(toks) - 1 and toks[k - 1].isdigit() and toks[k + 1] == "the" else t
            for k, t in enumerate(toks)]
    numbered = [(at, n) for at, n in numbered if toks[at] != "to"]
    by_number = _number_places(toks, numbered, count, place_tokens)
    if not named and _list_said_first(toks, numbered, by_number):  # "3, 1 and 2 first": the list as said, first
        by_number = []
    moves = list(named) + _named_last(toks, refs, named, count) + [(number, place) for _, number, place in by_number]
    moved_at = {at for at, _, _ in by_number}
    listed = [n for at, n in numbered if at not in place_tokens and at not in moved_at]
    if not moves or len(listed) < 2:
        return None
    moved = [n for n, _ in moves]
    if any(not 1 <= n <= count for n in listed + moved) or len(set(listed)) != len(listed) or len(set(moved)) != len(moved) \
            or len({p for _, p in moves}) != len(moves) or any(not 1 <= p <= count for _, p in moves):
        return Reading(UNCLEAR, unclear=clean(text), message="Please type the whole new order, like '3 1 2'.")
    order = [n for n in listed if n not in moved]
    order += [n for n in range(1, count + 1) if n not in order and n not in moved]
    for number, place in sorted(moves, key=lambda m: m[1]):
        if place == count:
            order.append(number)
        else:
            order.insert(place - 1, number)
    said = [n for _, n in sorted(numbered)]
    as_said = said + [n for n in range(1, count + 1) if n not in said]
    return Reading(SURE if order == as_said else LIKELY, [items[n - 1] for n in order])
