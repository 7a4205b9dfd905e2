"""One more pick said with a doubt beside plain picks, offered back by name (lead, walk of 2026-12-07).

"4, and maybe 3 too, the surgeon wanted to go faster" at "Where do the two opinions differ?" kept 4 and asked
'What did you mean by "maybe 3"?': the person meant choice 3, only not for sure, and the question read as if "3" were
not understood; "yes" then finished the list without it. When the part asked about is only a doubt word and one
choice (its number, or words that read as that one choice alone), the re-ask names it ('Add "How soon to act" too?
Type yes to add it, or "that's all".') and a yes adds it (add_that.py reads the number as well as the words).
"""

from __future__ import annotations

from .doubt_words import doubt_words
from .reading import SURE
from .text import tokens

_ALONG = frozenset({"too", "also", "and", "the", "one", "as", "well", "i", "number", "no", "#", ",", ".", "?", "!"})  # the doubt words are doubt_words(), below


def offered_choice(unclear: str, spec, kept, read_part) -> str | None:
    """The one choice the doubted part names, not among the picks kept, or None."""
    toks = tokens(unclear)
    doubts = doubt_words() | {"think", "guess", "suppose"}
    partly = doubt_words("partly")
    if not spec.multi or not toks or not (doubts | partly) & set(toks):
        return None
    drop = doubts | partly | ({"a", "of"} if partly & set(toks) else set())  # "kind of 9", "9 a little"
    rest = [t for t in toks if t not in _ALONG and t not in drop]
    if len(rest) == 1 and rest[0].isascii() and rest[0].isdigit():
        k = int(rest[0])
        if not 1 <= k <= len(spec.choices):
            return None
        choice = spec.choices[k - 1].id
    else:
        if not rest:
            return None
        got = read_part(" ".join(rest))
        value = got.value if isinstance(got.value, list) else [got.value] if got.value else []
        if got.certainty != SURE or got.asked or len(value) != 1:
            return None
        choice = value[0]
    if choice in (kept or ()) or choice == spec.none_choice:
        return None
    return choice


__all__ = ["offered_choice"]
