"""Very long lines, screened in full at a bounded cost per character.

A line longer than PIECE characters is screened as overlapping pieces of at most PIECE
characters, cut at a sentence end or a space where there is one: every character is screened
(nothing is skipped), the work per piece is bounded, so the work for a line grows linearly
with its length, and memory stays that of one piece. The pieces overlap by OVERLAP characters,
more than any sign spans, so a sign cut by one piece's edge is whole in the next. What is lost
is only context further away than a piece ("it started 10 minutes ago" 4,000 characters later).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

PIECE = 4000
OVERLAP = 400
_ENDS = (". ", "! ", "? ", "\n")


def pieces(text: str, size: int = PIECE, overlap: int = OVERLAP) -> Iterator[tuple[int, int]]:
    """(start, end) of each piece: at most `size` characters, each overlapping the one before
    by about `overlap` characters (whole words where there are spaces)."""
    start, length = 0, len(text)
    while True:
        end = min(length, start + size)
        if end < length:
            floor = start + size // 2  # a piece is never less than half full
            cut = max(text.rfind(mark, floor, end) for mark in _ENDS)
            if cut < floor:
                cut = text.rfind(" ", floor, end)
            if cut >= floor:
                end = cut + 1
        yield start, end
        if end >= length:
            return
        following = end - overlap
        space = text.find(" ", following, end)  # start the next piece on a word
        start = space + 1 if space != -1 else following


def screen_long(text: str, screen_piece: Callable, merge: Callable):
    """Screen each piece; `merge` folds the pieces' results into one. Neighbouring pieces
    share their overlap; each counts the signs starting on its side of the overlap's middle
    (`own`: from, to, in the piece's characters), so every sign counts once, with at least
    half the overlap of words on either side of it (its "no" before, its "last year" after)."""
    spans = list(pieces(text))
    middles = [(end + following) // 2 for (_, end), (following, _) in zip(spans, spans[1:])]
    results = []
    for i, (start, end) in enumerate(spans):
        low = middles[i - 1] - start if i else 0
        high = middles[i] - start if i < len(middles) else end - start
        results.append(screen_piece(text[start:end], (low, high)))
    return merge(results)
