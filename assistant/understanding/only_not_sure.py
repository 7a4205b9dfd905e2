"""At the SURE test ("Which of these are true for you now?"), "not sure" alone is no "None of these".

The test has four items; the first is "I feel sure about the best choice". A line that only says
the person is not sure ("better than before but still not sure", "no sure. no know") says no to
that one item and nothing of the other three (knowing the good and bad points, what matters most,
support). The lexicon reads such a line as "None of these", and earlier rounds mark it so when the
person says it of everything ("not sure about anything", "none, I'm not sure of anything"). Said
of the choice alone, it is offered back for a Yes, never stored.
"""

from __future__ import annotations

from dataclasses import replace

from .reading import LIKELY, SURE, Reading
from .text import parts_between

# Words that say the "no" is of every item: "none", "not sure about anything", "nothing".
_ALL = frozenset("none nothing anything any all neither nada zero everything nope nah".split())
_PARTS = frozenset({".", ",", ";", "!", "?", "-"})


def only_not_sure(reading: Reading, toks: list[str], spec) -> Reading | None:
    ids = {c.id for c in spec.choices}
    if not spec.multi or reading.certainty != SURE or reading.value != [spec.none_choice] or not {"sure", "understand"} <= ids:
        return None
    if _ALL & set(toks):
        return None
    parts = [toks[s:e] for s, e in parts_between(toks, _PARTS)]
    if any(p in (["no"], ["not", "really"], ["no", "no"]) for p in parts):
        return None  # "I not sure. I don't know good bad. No.": a plain no to the list
    if not any(t in ("sure", "certain", "confident") for t in toks):
        return None
    return replace(reading, certainty=LIKELY)
