"""A deadline said alone at "what makes you unsure" (helper u19a, a terminal walk).

"the surgeon want answer in 2 wks" was kept as the reason and shown as "Unsure because": it says when the choice
is due, not what makes the person unsure. A line that is a coming time and, beside it, only the talk of who wants
an answer by then (dialogues/deadline_alone.yaml `talk`) is kept as the question's note, not as the reason; the
deadline question then offers the time back for a Yes (carry.py reads the note). A line with any other word
("... and I dont know which is right") is a reason and is kept as typed, as before.
"""

from __future__ import annotations

from datetime import date

from .phrase_files import PhraseFile
from .reading import SURE, Reading
from .text import clean, tokens

WORDS = PhraseFile("deadline_alone.yaml")


def deadline_alone(line: str, spec, lex, today: date | None) -> Reading | None:
    """The note-only reading when `line` is a deadline and nothing else, at the questions that ask a reason."""
    if spec.name not in WORDS.words("states"):
        return None
    from .timewords import read_times

    toks = tokens(clean(line))
    today = today or date.today()
    said = read_times(toks, lex, today, past=False)  # read once: the coming ones are picked from these (carry.coming_in)
    times = [w for w in said if not w.no_rush]
    if not times:
        return None
    from .carry import coming_in

    if not coming_in(toks, said, lex, today):
        return None  # "2 weeks ago", "for 6 weeks": no coming time
    inside = {k for w in times for k in range(w.start, w.end)}
    rest = [t for k, t in enumerate(toks) if k not in inside]
    if not rest or not set(rest) <= WORDS.words("talk"):
        return None
    return Reading(SURE, None, note=line.strip())
