"""The slots an answer sets besides itself: the reason given with it, a date, who the decision is for, their age, the
doctors named, the compare path, the questions taken off the list (moved out of dialogue.py, review c25, so that it has
room to grow; dialogue.py re-exports both names)."""

from __future__ import annotations

from .lexicon import default_lexicon
from .reading import Reading


def note_only_repeats(note: str, state: str, value) -> bool:
    """The note only says the pick again ("the procedure one"): not kept, not said to be kept (note_repeats.py)."""
    from .note_repeats import only_repeats

    return only_repeats(note, state, value, default_lexicon())


def extra_slots(state: str, reading: Reading, slots: dict) -> dict:
    """Slots to set besides the answer: the reason given (`answer_notes`: state -> text), a date
    (`deadline_date` and `deadline_text` at the deadline question, else `answer_dates`), and who
    the decision is for (`who`), when the line said so."""
    out: dict = {}
    if reading.note and not note_only_repeats(reading.note, state, reading.value):  # "the procedure one": nothing new
        out["answer_notes"] = {**slots.get("answer_notes", {}), state: reading.note}
    if (reading.date or reading.date_text) and state == "decision_when":
        out["deadline_date"], out["deadline_text"] = reading.date, reading.date_text
    elif state == "decision_when" and reading.value == "no_deadline" and (slots.get("deadline_date") or slots.get("deadline_text")):
        out["deadline_date"], out["deadline_text"] = None, None  # "no set date" after a date: the date goes
    elif reading.date:
        out["answer_dates"] = {**slots.get("answer_dates", {}), state: reading.date}
    if reading.who and not slots.get("who"):
        out["who"] = reading.who
    if reading.age and reading.who and not slots.get("age_band"):
        out["age_band"] = reading.age
    if reading.doctors:
        out["doctors_said"] = reading.doctors
    if reading.role and state == "welcome":  # the compare path, and who it is for (both_paths.py)
        out["compare_for"] = reading.role
    if state == "questions_order":  # taken off the list: not added back as questions asked along the way
        out["questions_removed"] = list(reading.removed)
    return out
