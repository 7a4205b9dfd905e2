"""'skip' at a question with choices: the "Not sure" choice where there is one, else how to go on.

Questions in own words take 'skip' (they are optional). At a question with choices, 'skip' is never
a silent "none": where the question has a "Not sure" choice ("Which records exist?"), skipping is
not knowing yet, said back ("I took that as Not sure"); elsewhere the reply says why it is asked
and how to go on, and the question stays.
"""

from __future__ import annotations

from .reading import SURE, UNCLEAR, Reading
from .text import normalize

SKIPS = frozenset({"skip", "skip it", "skip this", "skip this one", "skip that", "skip for now", "skip this for now",
                   "skip please", "please skip", "pass", "i pass", "next", "next question", "move on", "lets move on", "can we skip",
                   "can we skip this", "can i skip", "can i skip this", "id rather skip", "rather skip", "skip that one"})
NOT_SURE = "not_sure"


def skipped(line: str, spec) -> Reading | None:
    """The reading of a bare 'skip' at a question with choices, or None."""
    if spec.ask not in ("choice", "multi") or getattr(spec, "urgent", False) or spec.name.startswith("urgent") \
            or normalize(line).strip(" ?!.") not in SKIPS:  # (the urgent turns keep their own replies)
        return None
    ids = [c.id for c in spec.choices]
    if NOT_SURE in ids:
        return Reading(SURE, [NOT_SURE] if spec.multi else NOT_SURE)
    if spec.name.startswith("red_flags"):
        how = "This safety check cannot be skipped. If none of these is happening now, type 'none'."
    elif spec.multi and spec.none_choice:
        how = "I need this one for your plan. If none of these fits, type 'none'."
    elif spec.multi:
        how = f"I need this one for your plan. Pick the {spec.min_picks if spec.min_picks > 1 else ''} that fit best for now; you can change them later with 'back'.".replace("the  ", "the ")
    else:
        how = "I need this one for your plan. Pick the one that fits best for now; you can change it later with 'back'."
    return Reading(UNCLEAR, asked=True, reply=how)
