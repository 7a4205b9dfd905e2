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


_LED = "\u0000led"  # stands for a lead of doubted_last.yaml once taken out


def _without_lead(toks: list[str]) -> list[str]:
    from .phrase_files import phrases

    words = phrases("doubted_last.yaml")
    for lead in sorted(words["leads"], key=len, reverse=True):
        if tuple(toks[: len(lead)]) == lead:
            rest = [t for t in toks[len(lead):] if (t,) not in words["before"] or t in ("#",)]
            while rest and any(tuple(rest[-len(a):]) == a for a in words["after"] if len(rest) > len(a)):
                a = next(a for a in sorted(words["after"], key=len, reverse=True) if len(rest) > len(a) and tuple(rest[-len(a):]) == a)
                rest = rest[: -len(a)]
            return [_LED] + rest
    return toks


def offered_choice(unclear: str, spec, kept, read_part) -> str | None:
    """The one choice the doubted part names, not among the picks kept, or None."""
    toks = tokens(unclear)
    toks = _without_lead(toks)  # "not sure about 2": the lead of doubted_last.yaml said, then the choice (helper u22a)
    doubts = doubt_words() | {"think", "guess", "suppose", _LED}
    partly = doubt_words("partly")
    if not spec.multi or not toks or not (doubts | partly) & set(toks):
        return None
    drop = doubts | partly | ({"a", "of"} if partly & set(toks) else set())  # "kind of 9", "9 a little" (lead)
    if "and" in toks and any(t not in _ALONG and t not in drop for t in toks[len(toks) - toks[::-1].index("and"):]):
        return None  # "maybe the labs and the letters": more than the one choice asked about (u22a)
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
