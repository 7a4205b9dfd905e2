"""Get red-flag screening ready while the user reads the first turn, not at their first answer.

Loading the red-flag tables and the understanding of answers (the lexicon) takes tens of
milliseconds, paid by whichever line is read first. A face (plain mode, the window) calls `start()` once its
first turn is shown, while it waits for the first line: a background thread screens one
harmless line, which loads and compiles what every later screening uses.

This is only a head start, never a condition: the engine screens every line in full itself,
whether or not the warm-up has run, finished, failed or hung. At worst the first answer pays
the cost as it did before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

# Screened once, to load the tables and compile the anchor scan; holds no red flag.
LINE = "I am not sure what to do yet."


def get_screening_ready() -> None:
    from .safety import screen
    from .safety.text import ready

    screen(LINE)
    ready()  # the triggers and the cue scan, read from the stored tables at the first sign otherwise
    # then what reads the first answer (the engine imports it at first use: the first turn,
    # and `quit`, need none of it)
    from .kit import timeline  # noqa: F401
    from .understanding import default_lexicon, dialogue, offers  # noqa: F401 - offers: split from dialogue, imported at first use

    default_lexicon()
    get_reading_ready()


def get_reading_ready() -> None:
    """Read a harmless line and a choice's number as answers to the first question, as the engine
    reads an answer (understanding, then what else an answer says: extras.py): the modules a
    reading imports at its first use and the regexes they compile are then ready. Pure calls:
    nothing of any conversation is read or changed."""
    from .flow import default_flow
    from .understanding import default_lexicon, dialogue
    from .understanding.ages import own_band
    from .understanding.deadline_band import dropped_date
    from .understanding.said_diagnosis import said_at_field, same_as_said
    from .understanding.wished import add_asked, add_rejected
    from .wording import age_band_from
    from .compare_person import person_for_compare

    flow = default_flow()
    spec = flow.state(flow.start)
    lex = default_lexicon()
    for line in (LINE, "1"):
        step = dialogue.step(line, spec, None, known={})
        said_at_field(spec.name, line)
        add_asked({}, line, spec.name)
        add_rejected({}, line)
        same_as_said(line)
        own_band(line, lex)
        if step.reading is not None:
            dialogue.extra_slots(spec.name, step.reading, {})
            person_for_compare(spec.name, [line], {})  # the person named with "compare" at the welcome (ut16)
            dropped_date(lex.state(spec.name), step.reading.value, {}, None, step.reading.date)
            dialogue.told_note(spec.name, [line], step.reading.value, str, note=step.reading.note or "")
    age_band_from("my mother")  # the flow's conditions at a caregiver's answer (wording.py compiles these at first use)
    from .records_not_yet import heard
    from .repeat_request import repeat_request

    heard(LINE)  # "no scans yet" is listened for in every answer: its patterns took ~55 ms at the first answer (row 7a)
    repeat_request(LINE)  # "sorry, say that again?": looked for at every question
    # what the engine imports at its first use (later.py) and the first turn does not need (row 6b)
    from . import comparison, condition_signs, danger_list, procedure_kind, rules, settled_again  # noqa: F401
    from . import after_not_now, opioid_advice, screened_part, settled_signs  # noqa: F401
    from .understanding import urgent_answers, worry  # noqa: F401


def _quietly(task: Callable[[], None]) -> None:
    try:
        task()
    except Exception:  # a warm-up that fails costs only time: the real screening will run anyway
        pass


def start(task: Callable[[], None] = get_screening_ready) -> threading.Thread:
    """Run `task` in a daemon thread (it never keeps the process alive); returns the thread."""
    thread = threading.Thread(target=_quietly, args=(task,), name="second-opinion warm-up", daemon=True)
    thread.start()
    return thread
