"""The rules of one question, tried on a line the general reading left unclear (read.py), each in its
own module: at the red-flag questions every sign denied and all well is None (all_clear.py); at "any
tests pending?" a test with a time ahead is Yes (tests_ahead.py); at "has a doctor checked?" a doctor
who did something lately is Yes (care_done.py); at a pick-any question, numbers first and a remark
after are the numbers (numbers_first.py). Each leaves any other line as it was read."""

from __future__ import annotations

from datetime import date

from .all_clear import all_clear
from .care_done import care_done
from .numbers_first import numbers_then_remark
from .reading import Reading
from .tests_ahead import test_ahead


def by_question(reading: Reading, line: str, spec, lex, today: date) -> Reading:
    reading = all_clear(reading, line, spec, lex)
    reading = test_ahead(reading, line, spec, lex, today)
    reading = care_done(reading, line, spec, lex, today)
    return numbers_then_remark(reading, line, spec, lex)
