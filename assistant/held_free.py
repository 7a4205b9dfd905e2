"""A worry told inside a free answer is not kept as that answer (user trial 8, helper t14; F5.1).

At "What main reason did they give for this plan?" (the second cardiologist), a mother typed "that the hole is
small and the echo looked ok to him. but sometimes his lips look a bit blue when he cries hard, is that
normal??". The check ("Is this happening now?") was right; after "not now" and "Keep that as your answer?" the
whole line was stored as the doctor's reason, and printed in his column. Now the line is cut where the sign was
told (screened_part.split, the same cut a choice question uses), when the sign comes after the answer: the answer
part is offered as the answer, and the
part with the sign goes to the questions for the doctors when it asks something ("...is that normal?"), else to the
notes for the doctor.
"""

from __future__ import annotations

import re

from . import screened_part
from .understanding.text import capital_first, clean

_ASKS = re.compile(r"\?\s*$|\b(?:is (?:that|this|it) (?:normal|ok|okay|serious|bad|dangerous)|should (?:i|we) (?:worry|be worried))\b",
                   re.IGNORECASE)


def parts(held: str) -> tuple[str, str]:
    """(answer part, sign part) of a held free answer; (held, "") when nothing can be split off or no answer is left."""
    answer, told = screened_part.split(held)
    if not answer or not told or len(answer.split()) < 2:
        return held, ""
    # only a worry added after the answer ("...looked ok to him. but his lips..."); a line that opens with the sign
    # ("october: chest pain walking; november 3: cath" on a timeline) is one answer, kept whole
    if not clean(held).lower().startswith(clean(answer).lower()[: max(1, len(answer) // 2)]):
        return held, ""
    return answer, told


def as_question(told: str) -> str:
    """The sign part as a question for the doctors ("Sometimes his lips look a bit blue when he cries hard, is that
    normal?"), or "" when it asks nothing."""
    text = clean(told).strip()
    if not _ASKS.search(text):
        return ""
    text = re.sub(r"[?!.\s]+$", "", text)
    return capital_first(text) + "?"
