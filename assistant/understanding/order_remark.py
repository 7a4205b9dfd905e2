"""An order said in numbers, then a remark that agrees with it (helper 11b9, round 23):
"3 1 2 lol risks first", "3 1 2 4 5 - risks first for her", "5 2 1 3 4, the family one matters most".

Before, the remark made the whole line unclear and the person was asked for the order again. Now the
numbers at the start are read alone; the remark after them is read alone as an order too, and:
- when it names the same question first as the numbers do ("risks first" after "3 1 2", where 3 is
  the risks question), the numbers are the order (sure: both parts say the same);
- when it puts anything in another place, or names a number, the line is asked about, as before;
- when it holds no word of order at all (no number, no place word, no question named), the numbers
  are offered back for a Yes (the remark may still have meant something).
Never when the remark is a question or a correction (order_answer.py reads those first).
"""

from __future__ import annotations

from .reading import LIKELY, SURE, Reading

_MARKS = frozenset({",", ".", ";", "!", "?", "-", ":", "—", "–", "(", ")", "...", "…"})
_PLACE = frozenset({"first", "last", "top", "bottom", "end", "start", "before", "after", "then", "next", "second", "third",
                    "swap", "switch", "move", "put", "drop", "skip", "remove"})


def numbers_then_remark(toks: list[str], lex, read_part) -> Reading | None:
    """`read_part(text)` reads a part at the order question; None when this shape does not hold."""
    head = 0
    while head < len(toks) and (toks[head].isascii() and toks[head].isdigit() and len(toks[head]) <= 2 or toks[head] in (",",)):
        head += 1
    digits = [t for t in toks[:head] if t.isdigit()]
    rest = [t for t in toks[head:] if t not in _MARKS]
    if len(digits) < 2 or not rest or "?" in toks[head:]:
        return None
    first = read_part(" ".join(digits))
    if first.certainty != SURE or not first.value:
        return None
    if any(t.isascii() and t.isdigit() or t in lex.numbers and t != "one" for t in rest):  # "then 5": another order ("the family one" is a name)
        return None
    remark = read_part(" ".join(rest))
    if remark.certainty == SURE and remark.value:
        return Reading(SURE, first.value) if remark.value[0] == first.value[0] else None
    if set(rest) & _PLACE or remark.value:
        return None
    return Reading(LIKELY, first.value)
