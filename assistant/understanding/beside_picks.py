"""What is said beside the picks, read before a reading is stored (user trial 7, helper t13): a texting
"n" and words said of the person before matching; "that's all" ending an answer to "What did you mean
by ...?"; and, after the reading, a choice named only inside a question, a contrast after a pick or
"none", and a degree after a pick. Kept out of read.py, which calls these three hooks."""

from __future__ import annotations

from .asked_not_picked import asked_not_picked
from .contrast_after import contrast_after
from .degree_pick import degree_pick
from .not_wanted import not_wanted
from .person_not_helping import person_not_helping
from .reading import SURE, UNCLEAR, Reading
from .said_of_the_person import in_plain_words
from .texting_and import n_as_and


def rewritten(line: str, spec) -> str:
    """Before matching: "a cgm trial next wk n a1c" ("and"), "she is strong enough" (no strong treatment)."""
    line = n_as_and(line) or line
    return in_plain_words(line, spec) or line


def finished(line: str, spec, lex, keep: tuple, read_head):
    """ "ITS A BLOOD THINNER. THATS ALL" while a partly understood answer waits: the list is finished."""
    if not keep or not spec.multi:
        return None
    from .finish_tail import finished_after

    return finished_after(line, spec, lex, keep, read_head)


def before_asking(reading, line: str, spec, lex, read_part):
    """ "the labs, also what's a pathology report?": no pathology picked (before the question is answered)."""
    return asked_not_picked(reading, line, spec, lex, read_part)


def after_reading(reading, line: str, spec, lex, read_part):
    """ "none. although the surgeon has not seen her latest echo", "4, and 2 little bit"; then too few
    picks ("no daughter" read as the family one) are asked about, whatever the path (moved from read.py)."""
    reading = degree_pick(contrast_after(reading, line, spec, read_part), line, spec, lex)
    reading = person_not_helping(reading, line, spec, lex)  # "the nurse didn't help": not the treatment
    reading = not_wanted(reading, line, spec, read_part)  # "i dont want them to take it out": offered, not "none"
    if spec.multi and reading.certainty == SURE and isinstance(reading.value, list) and spec.none_choice not in reading.value \
            and len(reading.value) < spec.min_picks:
        # (a question of their own said beside them stays kept: "the risks, is it worth it for her at her stage, ...")
        return Reading(UNCLEAR, reading.value, message=f"Please pick at least {spec.min_picks}.", add_question=reading.add_question, reply=reading.reply)
    return reading


__all__ = ["after_reading", "before_asking", "finished", "rewritten"]
