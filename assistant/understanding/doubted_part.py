"""The part of a line that is in doubt, in the person's own words (lead, twenty-fifth session).

A pick said both ways in one line ("the CT scan, and whether to operate. also she can not travel far")
is asked about, and the picks said plainly are kept. The re-ask quotes only the clauses that hold the
doubted words ("also she can not travel far"), not the whole line with the parts already understood.
The line is cut at its clause marks (, . ; ! ?); when the cut pieces do not line up word for word with
the words the reader matched, the whole line is quoted, as before.
"""

from __future__ import annotations

import re

from .text import clean, tokens

_CLAUSE_END = re.compile(r"(?<=[,.;!?])\s+")


def doubted_part(text: str, toks: list[str], spans: list[tuple[int, int]]) -> str:
    """The clauses of `text` (whose words are `toks`) that hold any of the word `spans`, as typed."""
    line = clean(text)
    pieces = [p for p in _CLAUSE_END.split(line) if p]
    at, chosen = 0, []
    for piece in pieces:
        size = len(tokens(piece))
        if any(start < at + size and end > at for start, end in spans):
            chosen.append(piece)
        at += size
    if at != len(toks) or not chosen or len(chosen) == len(pieces):
        return line
    return " ".join(chosen).rstrip(",;")
