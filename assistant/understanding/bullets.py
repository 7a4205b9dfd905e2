"""Marks that do not cut a line where they seem to. A list typed with bullet marks, as people who write notes or email do:

  - 6 (first DMT failed)
  - 8
  * the MRI
  • 2, 3

A dash, star or dot that opens a line marks an item, never a minus sign ("- 3" is choice 3, not
"-3"); the items are read as a list, one after another. Only marks at the start of a line (or of
the whole answer) followed by a space or a number are taken out; a dash inside a line stays.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"(^|\n)[ \t]*[-*•·–—][ \t]+(?=\S)")  # a numbered list ("1. the MRI") is left as typed: its number may be the pick


def unbulleted(line: str) -> str:
    """The line with the bullet marks that open its lines taken out, the items joined by ". "."""
    if not line or not _MARK.search(line):
        return line
    items = [item.strip() for item in _MARK.sub(r"\1", line).split("\n")]
    return ". ".join(item.rstrip(".") for item in items if item)


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_SHORT = re.compile(r"\b(St|Dr|Mt|Mr|Mrs|Ms|Jr|Sr|Prof|Ft|Ste|Mme)\.(?=\s+[A-Z])")


def plain_marks(line: str) -> str:
    """ "1 in 100,000" is "1 in 100000"; "St. Luke's", "Dr. Okafor" lose the full stop after the
    title, which ends no sentence (only before a capitalised name)."""
    return _SHORT.sub(r"\1", _THOUSANDS.sub("", line))
