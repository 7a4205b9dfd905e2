"""A finding told as the story of a surgery offered (helper u20a), at "Which of these best describes the situation?".

"they found a cyst in his brain on an MRI and the neurosurgeon wants to operate" was asked, as both "a serious new
diagnosis" (the finding) and "a surgery was offered" were read; the finding is only how the offer came about. When the
reading is exactly those two choices (dialogues/finding_story.yaml's `states`), the line tells a finding (`found`) and
the surgery as offered or wanted (`offered`), names no disease and says no new diagnosis (`named`), and weighs nothing
(`doubt`, a question mark), the surgery is the answer. Everything else is asked, as before.
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import SURE, Reading
from .text import clean, tokens

WORDS = PhraseFile("finding_story.yaml")


def finding_story(reading: Reading, line: str, spec) -> Reading:
    """`reading`, or the story's choice stored when `line` tells a finding and the surgery it led to."""
    states = WORDS.data()["states"]
    if spec.name not in states or reading.value is not None or "?" in line:
        return reading
    story, finding = (str(x) for x in states[spec.name])
    if not {story, finding} <= set(reading.options) or set(reading.options) - {story, finding, "other"}:
        return reading
    toks = tokens(clean(line))
    if not spans(toks, WORDS.phrases("found")) or not spans(toks, WORDS.phrases("offered")):
        return reading
    if spans(toks, WORDS.phrases("named")) or spans(toks, WORDS.phrases("doubt")):
        return reading
    return replace(reading, certainty=SURE, value=story, options=(), unclear="", message="")
