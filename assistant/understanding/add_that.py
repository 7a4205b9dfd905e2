"""A yes to my own open follow-up: "yes add that one" after "I got 9 and 10. What did you mean by ...?".

A user trial (2026-12-04, fourth): "we dont feel heard and peace of mind. also maybe many options"
kept 9 and 10 and asked about "also maybe many options"; "yes add that one" was not understood. A
line of only yes-and-add words ("yes", "yes add that one", "that one too", "include it please")
answers the follow-up: the choices the asked-about words name are added to those kept. When those
words name no choice, nothing is added and the line is read as before.
"""

from __future__ import annotations

from .reading import SURE, Reading
from .text import tokens

_YES = frozenset({"yes", "yeah", "yep", "yup", "ya", "y", "add", "include", "sure", "ok", "okay", "correct", "right"})
_WITH = frozenset({"that", "it", "one", "ones", "too", "also", "as", "well", "please", "pls", "the", "this", "those", "them", "both",
                   "in", "to", "list", "i", "meant", "mean", "that's", "thats", "is", "yes", ",", ".", "!", "-"})


def add_that(line: str, kept: list, unclear: str, read_part, lex=None, spec=None) -> Reading | None:
    """`read_part(text)` reads words at this question; the "yes" settles the doubt the asked-about words had."""
    toks = tokens(line)
    pointed = any(t in ("too", "also") for t in toks) and any(t in ("that", "it", "one", "those") for t in toks)  # "that one too"
    if not toks or not (pointed or any(t in _YES for t in toks)) or not all(t in _YES or t in _WITH for t in toks) or not unclear:
        return None
    # Only words name the choice here: a number inside the asked-about words ("like 3 different pumps") counts things.
    doubts = {p[0] for p in (lex.hedges + lex.softeners if lex else ()) if len(p) == 1} | {"maybe", "also", "perhaps", "probably", "like"}
    words = " ".join(t for t in tokens(unclear) if not any(ch.isdigit() for ch in t) and t not in doubts)
    more = read_part(words)
    value = more.value if isinstance(more.value, list) else [more.value] if more.value else []
    if not value and spec is not None:  # "maybe 3", offered back by name (hedge_offer.py): its number is the choice
        from .hedge_offer import offered_choice

        offered = offered_choice(unclear, spec, kept, read_part)
        value, more = ([offered], more) if offered else (value, more)
    if not value or more.asked:
        return None
    return Reading(SURE, list(dict.fromkeys([*kept, *value])))
