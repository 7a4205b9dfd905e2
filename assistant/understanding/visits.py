"""A visit still to come, at a question about whether a doctor has checked since things got worse:
"we see the doctor tomorrow", "seeing her gp on friday", "appt next tuesday", "he goes in on the 9th".

A doctor has not checked yet: the answer is "no", and the day said is kept (shown in the plan).
Only when the line names a visit (see, appointment, doctor ...), a day after today, and nothing
said of the past ("saw", "went", "yesterday", "checked"); anything else is read as before. The
questions are listed in dialogues/cautions.yaml (future_visit_states).
"""

from __future__ import annotations

from datetime import date

from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

_VISIT = frozenset("""see seeing sees appointment appointments appt appts visit visiting booked scheduled consult consultation
go going goes doctor doctors doc dr gp physician specialist clinic""".split())
_PAST = frozenset("""saw seen went gone checked examined looked was were had did been yesterday ago already last earlier
admitted came""".split())


# Verbs whose past is the same word ("put", "set", "cut"): with no word of the future, the day may be gone.
_SAME_FORM = frozenset("put set cut let read hit upped ran gave made kept sent told brought rang".split())


def future_visit(line: str, reading: Reading, spec, lex, today: date) -> Reading | None:
    """ "no", with the day of the visit to come; or None."""
    from .caution import words
    from .timewords import read_times

    if reading.certainty == SURE or reading.asked or spec.name not in words().get("future_visit_states", frozenset()):
        return None
    ids = {c.id for c in spec.choices}
    toks = tokens(clean(line))
    if "no" not in ids or not _VISIT & set(toks) or _PAST & set(toks) or {"not", "no", "maybe", "if", "or"} & set(toks):
        return None
    from .timewords import PAST_CUES

    if (PAST_CUES | _SAME_FORM) & set(toks) - _VISIT - {"got"}:
        return None  # "the GP put her on steroids monday", "urgent care gave him antibiotics": said of the past (or maybe so)
    said_past = [t for t in toks if t not in _VISIT and len(t) > 3 and t.isalpha() and (t.endswith("ed") or t.endswith("kd") or t.endswith("cd"))]
    if said_past or toks[0] in ("yes", "ys", "yse", "yeah", "yep", "y", "ya", "yea", "yup", "si", "oo", "opo"):
        return None  # "ys dr lookd at it tues": said of the past, however spelt
    ahead = [w for w in read_times(toks, lex, today, past=False) if w.date is not None and w.date > today]
    if len(ahead) != 1:
        return None
    from .tense import unmarked  # "the doctor see her Monday": seen, or to be seen? asked

    if unmarked(toks, lex):
        return Reading(UNCLEAR, unclear=clean(line), message=f'Has a doctor already checked, or is "{clean(line)}" a visit still to come?')
    return Reading(SURE, "no", note=clean(line), date=ahead[0].date.isoformat(), date_text=clean(line))
