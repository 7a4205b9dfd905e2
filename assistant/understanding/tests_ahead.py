"""A test named with a time still ahead answers "Are any tests planned, or results still pending?": Yes.

People answer that question with the test and when it is, and no "yes": "one more echo in january",
"colonoscopy in like 3 wks", "X-ray again in January, I think". Six rounds of answers written by
people who never saw the code show it every time, and a list of "ct next week", "another mri" ...
never catches the next one. The rule, at a question whose lexicon says `still_to_come: true`:

- a word names a test (dialogues/tests_ahead.yaml: a test's own word, or a word's ending, "-scopy",
  "-gram", "-graphy", so a test's name the list lacks still counts), and
- a time still ahead is said (a date, a month, a weekday, "in 3 wks", "next week", read by
  timewords.py with nothing putting the line in the past) or the test is said again ("one more",
  "again", "a repeat"), and
- nothing puts the test's coming in doubt, says it is routine, denies it, or tells it as done
  ("maybe", "might", "if", "every", "not", "already", "had", ...): such lines are left as read (asked,
  or offered back), never turned into a guess.

Then the answer is Yes, with the line kept as the note (and the day when one is named); a hedge
about one's own knowledge ("I think") offers the Yes back for a confirmation instead of storing it.
Only a line not understood otherwise, or already offered back as Yes, is read so.
"""

from __future__ import annotations

from functools import cache

from dataclasses import replace
from datetime import date

from .datafile import read_words_file
from .lexicon import Lexicon, fold
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

_MARKS = frozenset({",", ".", ";", "!", ":", "-", "+", "&", "/"})


@cache
def _words() -> dict:
    raw = read_words_file("tests_ahead.yaml")
    phrases = lambda key: tuple(tuple(tokens(clean(str(p)))) for p in raw.get(key) or ())  # noqa: E731
    return {
        "tests": frozenset(fold(str(w).lower()) for w in raw.get("tests") or ()),
        "endings": tuple(str(w).lower() for w in raw.get("endings") or ()),
        "again": phrases("again"),
        "tentative": phrases("tentative"),
        "doubts": phrases("doubts"),
        "told_of": frozenset(str(w) for w in raw.get("told_of") or ()),
        "planned": frozenset(str(w).lower() for w in raw.get("planned") or ()),
    }


def _has(words: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return bool(n) and any(tuple(words[i : i + n]) == phrase for i in range(len(words) - n + 1))


def names_test(words: list[str]) -> bool:
    """A word of the line names a test: by its own word, or by its ending ("myelogram")."""
    data = _words()
    return any(fold(w) in data["tests"] or w in data["tests"] or (len(w) > 6 and w.endswith(data["endings"])) for w in words)


def test_ahead(reading: Reading, line: str, spec, lex: Lexicon, today: date) -> Reading:
    """Yes, when the line names a test and a time still ahead and nothing puts either in doubt."""
    state = lex.state(spec.name)
    yes = (state.yes_no.get("yes") or ("yes",))
    yes = yes[0] if isinstance(yes, tuple) else yes
    unread = reading.certainty == UNCLEAR and not reading.value and not reading.options
    offered = reading.certainty == LIKELY and reading.value == yes  # "an MRI in february": offered back, though nothing doubts it
    if not state.still_to_come or spec.ask != "choice" or not (unread or offered) or reading.asked or reading.dont_know or "?" in line:
        return reading
    words = [t for t in tokens(clean(line)) if t not in _MARKS]
    data = _words()
    from .timewords import past_said, read_times

    times = [w for w in read_times(words, lex, today) if w.days > 0 and not w.no_rush]
    if any(w.date is not None for w in times):  # "mentioned an ultrasound in December, the 18th": a day named, the test is set
        words = [w for w in words if w not in data["told_of"]]
    if not names_test(words) or any(_has(words, p) for p in data["doubts"]):
        return reading
    if past_said(words) or not (times or any(_has(words, p) for p in data["again"])):
        return reading
    if any(len(w) > 4 and w.isalpha() and w.endswith("ed") and w not in data["planned"] for w in words):
        return reading  # "the echo in january showed nothing": a verb of the past, unless it plans ("scheduled", "ordered")
    if yes not in {c.id for c in spec.choices}:
        return reading
    hedged = any(_has(words, p) for p in data["tentative"])
    day = next((w.date for w in times if w.date is not None), None)
    return replace(Reading(LIKELY if hedged else SURE, yes, note=reading.note or line.strip()),
                   date=day.isoformat() if day else None, date_text=line.strip() if day else "")
