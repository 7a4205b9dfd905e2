"""A treatment said not to work, with how long it was tried or what shows it failing (helper u22b;
dialogues/failure_evidence.yaml): "the chemo stopped working after 4 months, the tumor grew", "her meds stopped working.
new spots on mri after 2 yrs on copaxone" were asked as two situations, though the months and the new spots only tell
the failure. When every other situation read has its evidence in the line, the treatment failure is stored."""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import SURE, Reading
from .text import clean, tokens

WORDS = PhraseFile("failure_evidence.yaml")
_EVIDENCE = {"chronic": "tried_for", "new_diagnosis": "shows_failing", "other": "other_said"}


def failure_evidence(reading: Reading, line: str, spec) -> Reading:
    """`reading`, or the treatment failure stored when the line's other situations are only its evidence."""
    states = WORDS.data()["states"]
    if spec.name not in states or reading.value is not None or "?" in line or reading.asked or reading.reply:
        return reading
    failure, *others = (str(x) for x in states[spec.name])
    options = set(reading.options)
    if failure not in options or len(options) < 2 or options - {failure, *others}:
        return reading
    toks = tokens(clean(line))
    if not spans(toks, WORDS.phrases("failing")) or spans(toks, WORDS.phrases("doubt")):
        return reading
    if any(not spans(toks, WORDS.phrases(_EVIDENCE[other])) for other in options - {failure}):
        return reading
    return replace(reading, certainty=SURE, value=failure, options=(), unclear="", message="", note=reading.note or clean(line))
