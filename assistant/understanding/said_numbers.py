"""The numbers are the answer: at a pick-any question, a line that gives its answer as a closed list
of choice numbers ("3 and 9", "1 and 3:", "so 5 and 9", "2, 3 and 4.") and explains in words
beside it (issue 11: never a silent misread).

The words beside such a list say why ("1 and 3: the CT findings and the type of surgery", "3 and 9.
transplant can kill you and nobody listens to me"), and a word in them may sound like another
choice ("type", "transplant", "sure", "4 min"). The person chose by number; the extra choices read
from the explanation are dropped, and the numbers are stored. When the words add on plainly
("also", "too", "plus", "as well"), nothing is dropped here (other checks read that).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .reading import SURE, Reading

_JOINS = frozenset({",", "and", "&"})
_BEFORE = frozenset({".", ":", ";", "so", "-", "!"})
_AFTER = frozenset({".", ":", ";", "-", "!", ","})
_UNITS = frozenset("min mins minute minutes hr hrs hour hours day days week weeks wk wks month months year years yr yrs times x percent".split())
_ADDING = ("also", "too", "plus", "additionally", "as well")


def closed_list(toks: list[str], count: int) -> list[int] | None:
    """The numbers of the one closed list in the line ("3 and 9", "2, 3 and 4"), or None: the list
    ends with "and" before its last number, opens the line or follows a stop or "so", and ends the
    line or is followed by a stop (or a comma)."""
    found = _closed_lists(toks, count)
    return found[0][0] if len(found) == 1 else None


def _closed_lists(toks: list[str], count: int) -> list[tuple[list[int], int]]:
    """Each closed list with the index just after it."""
    found = []
    i = 0
    while i < len(toks):
        if not toks[i].isdigit():
            i += 1
            continue
        j, nums, joined_by_and = i, [], False
        while j < len(toks) and toks[j].isdigit():
            nums.append(int(toks[j]))
            k = j + 1
            while k < len(toks) and toks[k] in _JOINS:
                joined_by_and |= toks[k] in ("and", "&")
                k += 1
            if k < len(toks) and toks[k].isdigit() and k > j + 1:
                j = k
                continue
            j += 1
            break
        start_ok = i == 0 or toks[i - 1] in _BEFORE
        end_ok = j >= len(toks) or toks[j] in _AFTER
        if len(nums) >= 2 and joined_by_and and start_ok and end_ok and all(1 <= n <= count for n in nums):
            found.append((nums, j))
        i = j
    return found


def marks(line: str) -> list[str]:
    """Words, numbers and the marks that cut a line (":" kept, which the reader's clean() drops)."""
    return re.findall(r"\d+|[a-z']+|[.,:;!&?-]", line.lower().replace("'", ""))


def numbers_rule(reading: Reading, line: str, spec, read_part=None) -> Reading | None:
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    toks = marks(line)
    nums = closed_list(toks, len(spec.choices))
    if nums is None:
        return None
    ids = [spec.choices[n - 1].id for n in nums]
    if not set(ids) < set(reading.value):
        return None
    text = " " + " ".join(toks) + " "
    if any(f" {w} " in text for w in _ADDING):
        return None
    if _comma_adds(toks, len(spec.choices), set(reading.value) - set(ids), read_part):
        return None  # "1 and 2, my husband and sister give me lots of support": the rest is one more pick
    listed = sum(1 for t in toks if t.isdigit())
    if listed > len(nums) and any(t.isdigit() and 1 <= int(t) <= len(spec.choices) and toks[k + 1 : k + 2] and toks[k + 1] not in _UNITS
                                  or t.isdigit() and k == len(toks) - 1 for k, t in enumerate(toks)
                                  if not _in_list(toks, k, nums)):
        return None  # "1 and 2. 4 is the main one": another choice's number said beside the list; a pick
    return replace(reading, value=[v for v in reading.value if v in ids])


def _comma_adds(toks: list[str], count: int, extra: set, read_part) -> bool:
    """ "1 and 2, my husband and sister give me lots of support" (whole journeys, helper ut14): the list closed by a
    comma, and the rest, read alone, names just the choices the words added, surely. Said as "1, 2, i have lots of
    support" it is read so already; a stop or a colon after the list ("3 and 9. transplant can kill you", "1 and 3:
    the CT findings") still explains the numbers."""
    if read_part is None or not extra:
        return False
    (_, end), = _closed_lists(toks, count)
    if end >= len(toks) or toks[end] != ",":
        return False
    rest = " ".join(t for t in toks[end + 1:] if t not in (",", "&"))
    if any(t in _BEFORE for t in toks[end + 1:]):
        return False  # "1 and 2, sure. support is another matter": a second sentence
    alone = read_part(rest)
    return alone is not None and alone.certainty == SURE and isinstance(alone.value, list) and set(alone.value) == extra


def _in_list(toks: list[str], k: int, nums: list[int]) -> bool:
    """Whether the number at k is one of the closed list's (by position: within the list's run)."""
    run = k
    while run > 0 and (toks[run - 1] in _JOINS or toks[run - 1].isdigit()):
        run -= 1
    end = k
    while end + 1 < len(toks) and (toks[end + 1] in _JOINS or toks[end + 1].isdigit()):
        end += 1
    inside = [int(t) for t in toks[run : end + 1] if t.isdecimal()]
    return inside == nums
    return replace(reading, value=[v for v in reading.value if v in ids])
