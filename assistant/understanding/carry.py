"""A deadline said before its question: "his urologist wants to take out his prostate next month"
typed as the decision, then "By when does the choice need to be made?".

What was said is offered for a Yes ("You said 'next month'. Did you mean *Within a few weeks*?"),
never stored unasked: the time of a surgery is not always the time of the choice. Only a time
that reads as a coming deadline is offered: not a time gone by ("2 weeks ago", "last month"), not
how long something lasts ("radiation for 6 weeks"), not an option ("wait a year"), not "now".
Two times in different bands are not offered: the question is asked as it is.

The same for the person: "my mom saw two doctors" at the first question of a comparison, then
"Who is this decision for?": "It is for someone I care for" is offered for a Yes, with "my mom" kept.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from .lexicon import Lexicon
from .reading import LIKELY, Reading
from .text import clean, tokens
from .intervals import is_interval
from .timewords import read_times

SAID_IN = ("decision", "unsure_because")  # the slots of the free answers before the deadline question
NOT_A_DEADLINE_BEFORE = frozenset({"for", "last", "past", "every", "wait", "waiting", "over", "since", "lasting", "lasts", "took", "after"})
NOT_A_DEADLINE_AFTER = frozenset({"ago", "before", "earlier", "back", "long", "old"})
LEADS = frozenset({"in", "by", "on", "within", "before", "until", "till"})  # quoted with the time: "in 3 weeks"
TOO_VAGUE = frozenset({("now",), ("right", "now"), ("today",), ("soon",), ("later",), ("days",), ("weeks",), ("months",),
                       ("fast",), ("quick",), ("quickly",), ("very", "fast")})  # "the doctor talked very fast"
DAY_LEADS = frozenset({"the", "on", "by", "before", "until", "till"})  # "by the 2nd": a day; "a 2nd opinion": no time
# A time told in a clause about what happened ("my neighbor had the TAVR and was home in 2 days", "the curve
# went from 35 to 48 in a year") is no deadline, unless the clause also tells what someone said or planned
# ("the doctor said surgery in 3 weeks", "I was told within 2 weeks").
PAST = frozenset({"was", "were", "had", "went", "did", "got", "came", "took", "became", "grew", "happened", "started", "began",
                  "spent", "lasted", "stayed", "gone", "been", "felt", "found", "saw", "left", "ran", "fell"})
PLANNED = frozenset({"said", "says", "told", "tells", "want", "wants", "wanted", "recommended", "recommends", "suggested",
                     "suggests", "advised", "offered", "scheduled", "booked", "planned", "plan", "plans", "set", "need", "needs",
                     "needed", "should", "must", "will", "gonna", "going", "has", "have", "expects", "expected", "supposed",
                     "due", "asked", "asks", "decide", "deadline", "appointment", "appt", "surgery", "operation", "procedure"})
STOPS = frozenset({".", ",", ";", "!", "?", ":", "but", "and", "so", "because"})
# A bare number and unit with no word that makes it a coming time ("on dialysis 2 years") is how long.
COMING_LEADS = LEADS | {"next", "this", "within", "end", "in"}
COMING_AFTER = frozenset({"from", "out", "away", "time", "later"})  # "3 weeks from now", "2 weeks out", "in 2 weeks time"


def _told_as_past(toks: list[str], start: int, end: int) -> bool:
    """The clause around toks[start:end] tells of something that happened, and of nothing planned."""
    left = start
    while left > 0 and toks[left - 1] not in STOPS:
        left -= 1
    right = end
    while right < len(toks) and toks[right] not in STOPS:
        right += 1
    clause = set(toks[left:start]) | set(toks[end:right])
    past = bool(clause & PAST) or any(w.endswith("ed") and len(w) > 4 and w not in PLANNED for w in clause)
    return past and not clause & PLANNED


def _coming(text: str, lex: Lexicon, today: date) -> list[str]:
    """The phrases of `text` that read as a time to come, in the person's words."""
    toks = tokens(clean(text))
    return coming_in(toks, read_times(toks, lex, today, past=False), lex, today)


def coming_in(toks: list[str], times, lex: Lexicon, today: date) -> list[str]:
    """Of the times read in the words `toks` (`read_times(toks, ..., past=False)`, read once by the caller), the phrases
    that are a time to come, in the person's words (deadline_alone.py reads the times for its own use too)."""
    found = []
    for when in times:
        phrase = tuple(toks[when.start:when.end])
        before = toks[when.start - 1] if when.start > 0 else ""
        after = toks[when.end] if when.end < len(toks) else ""
        if before == "for" and when.date is not None:
            before = ""  # "booked for January 10": a day, not how long something lasts
        if when.no_rush or phrase in TOO_VAGUE or before in NOT_A_DEADLINE_BEFORE or after in NOT_A_DEADLINE_AFTER:
            continue
        if len(phrase) == 1 and (phrase[0][:1].isdigit() or phrase[0] in lex.ordinals) and before not in DAY_LEADS:
            continue  # a lone number or ordinal is a day only after "the", "on", "by": "a 2nd opinion", "3 doctors"
        if when.date is not None and when.date < today:
            continue
        if _told_as_past(toks, when.start, when.end):
            continue  # "was home in 2 days", "went from 35 to 48 in a year"
        if is_interval(toks, when):
            continue  # "watch w/ f/u CT in 3 mo": how often, not by when (intervals.py)
        if (when.date is None and phrase[0][:1].isdigit() and before not in COMING_LEADS and after not in COMING_AFTER):
            continue  # "i am on dialysis 2 years": how long, not when
        found.append(" ".join(((before,) if before in LEADS else ()) + phrase))
    return found


def deadline_offer(spec, slots: dict, lex: Lexicon, today: date | None, read_phrase):
    """(phrase, reading) to offer at the deadline question, or None. `read_phrase(phrase)`: the
    Reading of the phrase alone as an answer to `spec` (the normal reading, so bands and dates agree)."""
    words = lex.state(spec.name)
    if not words.time or today is None or spec.slot in slots:
        return None
    # the first message too ("... the procedure which is scheduled for January 12", user trial 8, F2.4): offered back
    notes = slots.get("answer_notes") or {}  # a time typed at "Is that the decision?" rides on its note (time_at_check.py)
    said = [slots.get(key) for key in SAID_IN] + [notes.get("welcome"), notes.get("decision_what"), notes.get("decision_why")]
    phrases = [p for text in said if isinstance(text, str) for p in _coming(text, lex, today)]
    if not phrases:
        return None
    readings = [(p, read_phrase(p)) for p in phrases]
    bands = {r.value for _, r in readings}
    if len(bands) != 1:
        return None
    phrase, reading = readings[0]
    if reading.value not in ("days", "weeks", "months") or reading.unclear:
        return None
    return phrase, replace(reading, certainty=LIKELY)


__all__ = ["deadline_offer"]


def who_offer(spec, slots: dict, lex: Lexicon, said: str = ""):
    """(who, reading) when the line just answered (`said`) or an earlier answer's note named the
    person cared for, and this question asks whose decision it is (a caregiver choice, not yet
    answered). None otherwise."""
    if spec.slot in slots or slots.get("role") in ("patient", "caregiver") or not any(c.id == "caregiver" for c in spec.choices):
        return None  # (before the import: a function-level import costs about 10 K instructions a call)
    from .people import who_in

    for text in (said, *(slots.get("answer_notes") or {}).values()):
        if not isinstance(text, str) or not text.strip():
            continue
        named, who, _ = who_in(tokens(clean(text)), lex, clean(text))
        if named and who:
            return who, Reading(LIKELY, "caregiver", who=who)
    return None
