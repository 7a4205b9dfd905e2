"""A reason first, and the answer drawn from it last: "there is no plan, so 1", "they offered me a
trial drug so 5 i guess", "he has sugar and the heart thing, therefore 2 and 4". The part after
the last "so" (or "therefore", "thus", "which means", "meaning", "hence") is read alone; when it
is a short answer understood for sure (or offered for a Yes), that is the reading and the reason
before it is kept as a note. Only when the reason holds no number or place in the list of its own
(then the line is read as before), and never at the emergency questions. A pick-any line already
read takes the answer after the marker only when it holds every pick read and more ("complicated,
which means 1 and 7" read as 7 alone, the number after "means" not taken for a pick).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

_MARKERS = (("so",), ("therefore",), ("thus",), ("hence",), ("which", "means"), ("meaning",), ("so", "i", "guess"), ("so", "i", "think"))
_NEGATIONS = frozenset("not no never cant cannot dont doesnt didnt wont isnt arent aint nothing none neither nor".split())
_TAIL_WORDS = 6  # "5 i guess", "number 2 then", "1 and 3": an answer, not a sentence


def drawn_answer(line: str, reading: Reading, spec, lex, read_part) -> Reading | None:
    """The answer after the closing "so", with the reason as a note; or None."""
    if reading.asked or reading.dont_know or (reading.certainty == SURE and not isinstance(reading.value, list)):
        return None
    if spec.name.startswith(("urgent", "red_flags")) or getattr(spec, "urgent", False):
        return None
    toks = tokens(clean(line))
    cut = None
    for k in range(len(toks) - 1, 0, -1):
        for m in _MARKERS:
            if tuple(toks[k : k + len(m)]) == m:
                cut = (k, k + len(m))
                break
        if cut:
            break
    if cut is None:
        return None
    head = [t for t in toks[: cut[0]] if t not in (",", ".", ";", "!", "-")]
    tail = [t for t in toks[cut[1] :] if t not in (",", ".", ";", "!")]
    if len(head) < 2 or not tail or len(tail) > _TAIL_WORDS or "?" in toks:
        return None
    if any(t.isdigit() or t in lex.numbers or t in lex.ordinals for t in head):
        return None  # "2 is close, so 3": two numbers; read as before
    if not any(t.isdigit() for t in tail):
        return None  # "..., so the gentler one": a named choice is read by the rest of the reader
    answer = read_part(" ".join(tail))
    if answer.certainty not in (SURE, LIKELY) or answer.value is None or answer.asked or answer.options:
        return None
    if not _NEGATIONS & set(head):  # a reason that says no ("can't keep the plan, there is no plan, so 1") names nothing
        before = read_part(" ".join(head))
        agrees = before.value is None or before.value == answer.value or (
            isinstance(before.value, list) and isinstance(answer.value, list) and set(before.value) <= set(answer.value))
        if before.options or not agrees:
            return None  # "Frank would say the strongest, ... so 3": the reason names another answer; read as before
    if reading.certainty == SURE and not (isinstance(answer.value, list) and set(reading.value) < set(answer.value)):
        return None  # read whole already; only "which means 1 and 7" read as "7" alone is put right
    return replace(answer, note=answer.note or _reason(line, toks[cut[0]]))


def _reason(line: str, marker: str) -> str:
    """The words before the last marker, as typed."""
    found = list(re.finditer(rf"\b{re.escape(marker)}\b", line, re.IGNORECASE))
    head = line[: found[-1].start()] if found else line
    return clean(head).strip(" ,.;:-")
