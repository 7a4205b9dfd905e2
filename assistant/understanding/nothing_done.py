""""What happens if we do nothing?" at the list of questions to ask (issue 11: never a silent misread).

The list has "What are the options, including doing nothing for now?" and "What happens if we wait
two weeks? Two months?". A question about what doing nothing would lead to ("what if i do nothing",
"what happens if we don't do anything", "what if we leave it") asks for neither exactly: not the
options, and not a wait of weeks. Three writers in rounds 11, 17 and 19 mark it a part to ask about,
while "the options including doing nothing", "the doing nothing one" and "whether doing nothing is
an option" name the options question. So: the other picks are kept, that part is asked about.
Words are data: dialogues/unsafe.yaml (`nothing_done`).
"""

from __future__ import annotations

import re
from functools import cache

from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean

_SUBJECT = r"(?:we|i|you|he|she|they|mom|dad|my \w+)"


@cache
def _frame() -> re.Pattern:
    from .unsafe import words

    done = "|".join(sorted((re.escape(" ".join(p)) for p in words()["nothing_done"]), key=len, reverse=True))
    return re.compile(rf"\bwhat (?:happens |would happen |will happen |happen )?if {_SUBJECT} (?:{done})\b(?: at all)?")


def nothing_done(reading: Reading, line: str, spec) -> Reading | None:
    if spec.name != "questions" or reading.certainty not in (SURE, LIKELY) or not isinstance(reading.value, list):
        return None
    text = " ".join(clean(line).lower().replace("'", "").split())
    found = _frame().search(text)
    if not found or re.search(r"\boptions?\b|\bincl", text):
        return None  # "the options including doing nothing, and what if we do nothing": the options question is named
    kept = [v for v in reading.value if v != "q3"]
    return Reading(UNCLEAR, kept, unclear=found.group(0),
                   message='Did you mean "What are the options, including doing nothing for now?" or "What happens if we wait?"')
