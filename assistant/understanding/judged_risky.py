"""At "What did the doctor advise?" a treatment named only to say it is a risk ("the operation is a risk", "surgery
would be too much for her") is not what was advised (a daughter's compare journey, helper ut14: stored as surgery for
the doctor who advised waiting). Such a line is asked about; a line without a judgement is read as before.
Words are data: dialogues/judged_risky.yaml."""

from __future__ import annotations

from .phrase_files import PhraseFile, spans
from .reading import UNCLEAR, Reading
from .text import clean, tokens

_FILE = PhraseFile("judged_risky.yaml")


def judged_risky(reading: Reading, line: str, spec) -> Reading | None:
    if spec.name not in _FILE.words("states") or reading.certainty == UNCLEAR or reading.asked or reading.value is None:
        return None
    toks = tokens(clean(line))
    if not spans(toks, _FILE.phrases("judgements")):
        return None
    return Reading(UNCLEAR, unclear=clean(line), message="That says what is risky. What did this doctor advise?")
