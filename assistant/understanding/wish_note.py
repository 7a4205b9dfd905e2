"""A wish told at the SURE tests, kept as the question's note (helper u19a, a terminal walk).

"she want to be home for christmas" at "Which of these are true for you now?" was not understood and lost: it says
what matters to the person, which the next doctor should hear. At the questions of dialogues/wish_note.yaml a line
with a wish (its `wishes`) keeps the line as the note: with no pick, the question is asked again and says the note
was kept (the engine keeps a note asked about, extras.py); beside picks, the picks are stored with the wish as
their note. Never a pick made from a wish, and nothing else read differently.
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("wish_note.yaml")
_LONGEST = 160  # characters, as story.py keeps a note


def wish_note(reading: Reading, line: str, spec) -> Reading:
    """The reading with the line kept as its note, when the line tells a wish at a SURE test."""
    if spec.name not in WORDS.words("states") or reading.note or reading.asked or reading.dont_know:
        return reading
    if not spans(tokens(clean(line)), WORDS.phrases("wishes")):
        return reading
    note = line.strip().strip(" .!")
    if len(note) > _LONGEST:
        note = note[:_LONGEST].rsplit(" ", 1)[0] + " ..."
    if reading.certainty in (SURE, LIKELY) and reading.value:
        return replace(reading, note=note)
    if reading.certainty == UNCLEAR and not reading.value and not reading.options:
        return Reading(UNCLEAR, None, note=note, message=f"I kept \"{note}\" as a note for the next doctor. Which of these "
                       "are true for you now?")
    return reading
