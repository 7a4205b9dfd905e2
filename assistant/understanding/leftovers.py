"""The parts of a pick-several answer nothing was read from (between commas and "and"), asked about or kept as context
by the readers (choices.py, echoes.py)."""

from __future__ import annotations

from .lexicon import Lexicon
from .text import SEPARATORS


def leftover_parts(toks: list[str], used: set[int], lex: Lexicon) -> list[str]:
    """Parts of the list (between commas and "and") nothing was read from that still carry
    words of their own. Words next to a pick are read as about that pick ("the oncologist
    notes", "the colonoscopy report"), not as a part of their own."""
    parts, current, read_here, added = [], [], False, False
    for i, tok in enumerate(toks + [","]):
        if tok in SEPARATORS or tok in ("-", "?"):
            if current and not read_here:
                parts.append((["+"] if added else []) + current)
            current, read_here = [], False
            added = tok in ("also", "plus")  # "also ...": meant as one more answer, never just context
            continue
        if tok == "too" and toks[i + 1 : i + 2] in ([], [","], ["."], ["!"]) and not read_here:
            added = True  # "... a referral letter too": one more answer, like "also"
            continue
        if i in used:
            read_here = True
            continue
        current.append(tok)
    return [" ".join(p) for p in parts if any(t not in lex.fillers for t in p)]
