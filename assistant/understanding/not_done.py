"""A line that names a choice which needs an act ("Yes, I checked and it is covered") and says the
act was not done ("... but I haven't called yet") means the not-done choice (dialogues/not_done.yaml).
Before, both were offered: "That fits more than one answer" when the answer was clear (user trial 6).
Only when the reading is just those two choices, and the not-done words hold a word of not having
done it; otherwise the line is read as before."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from .matching import find_hits
from .reading import SURE, Reading
from .text import clean, tokens

_NOT_DONE = frozenset({"havent", "haven't", "hasnt", "not", "didnt", "didn't", "yet", "never", "havnt", "no"})


@cache
def _table() -> dict[str, dict[str, tuple[str, ...]]]:
    from .purpose import _state_choice_lists

    return _state_choice_lists("not_done.yaml")


def not_done(reading: Reading, line: str, spec, lex) -> Reading:
    table = _table().get(spec.name)
    if not table or len(reading.options) != 2 or reading.value:
        return reading
    for done, nots in table.items():
        if done not in reading.options:
            continue
        other = next((o for o in reading.options if o != done), None)
        if other not in nots:
            continue
        toks = tokens(clean(line).lower())
        hits = [h for h in find_hits(toks, spec, lex) if h.choice == other and not h.negated]
        if any(_NOT_DONE & set(toks[h.start : h.end]) for h in hits):
            return replace(reading, certainty=SURE, value=other, options=(), unclear="", message="")
    return reading


__all__ = ["not_done"]
