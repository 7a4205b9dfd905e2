"""A doctor or a place of care that did something in the last days answers "Has a doctor checked
since things got worse?": Yes. "ER gave me muscle relaxers friday", "er did a ct yesterday", "my
oncologist changed the plan on tuesday".

People tell what the doctor did rather than say "checked" or "saw": gave, did, changed, sent,
upped, prescribed... A list of such lines never ends, so the rule is by form, at the questions in
cautions.yaml `future_visit_states`:

- the line opens (after "the", "my", "his"...) with a doctor, by the lexicon's words or the form of
  the word (counting.by_form: "neuro", "hepatologist"), or with a place of care where doctors see
  people at once (`care_places` below: the ER, urgent care, A&E);
- a verb of the past follows within three words: a word ending in "-ed" or a past form of
  timewords.PAST_CUES ("gave", "did", "sent", "took");
- a day in the last ten days is said ("friday", "yesterday", "on the 28th", "this morning");
- nothing else turns it: no denial, doubt, question, "but", "since", "before", "worse", and no
  nurse, physio or other non-doctor (said as the one who acted).

Then Yes, with the line as the note and the day kept. Only a line not understood otherwise.
"""

from __future__ import annotations

from datetime import date, timedelta

from .lexicon import Lexicon, fold
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

_OPENERS = frozenset({"the", "my", "his", "her", "their", "our", "a", "an", "at", "in", "yes", "yeah", "yep", "so", "well", "ok", "oh"})
_PLACES = (("er",), ("ed",), ("a&e",), ("ae",), ("urgent", "care"), ("emergency", "room"), ("emergency",), ("walk", "in"),
           ("walk-in",), ("casualty",), ("urgentcare",))
_NOT_DOCTOR = frozenset({"nurse", "nurses", "np", "pa", "physio", "physiotherapist", "therapist", "triage", "tech", "technician",
                         "receptionist", "pharmacist", "midwife", "aide", "paramedic", "paramedics", "ambulance", "counselor"})
_TURNS = frozenset({"not", "no", "never", "didnt", "havent", "hasnt", "wasnt", "nobody", "maybe", "might", "probably", "think", "guess",
                    "kinda", "sorta", "kind", "sort", "but", "since", "before", "worse", "until", "though", "or", "if", "unless",
                    "will", "going", "gonna", "next", "tomorrow", "booked", "scheduled", "appointment", "appt", "call", "calling"})
_NOT_PAST = frozenset({"need", "needed", "feed", "bed", "red", "speed", "seed", "bleed", "shed", "wed", "med", "meds", "ted"})
_RECENT_WORDS = frozenset({"yesterday", "today", "tonight", "ago"})


def _subject(toks: list[str], lex: Lexicon) -> int | None:
    """The index after the doctor or place of care that opens the line, or None."""
    from .counting import by_form

    k = 0
    while k < len(toks) and toks[k] in _OPENERS | {","}:
        k += 1
    for place in _PLACES:
        if tuple(toks[k : k + len(place)]) == place:
            return k + len(place)
    j = k
    while j < len(toks) and j < k + 3 and (fold(toks[j]) in lex.doctors or by_form(toks[j])):
        j += 1
    return j if j > k else None


def _past_verb(tok: str) -> bool:
    from .timewords import PAST_CUES

    if tok in PAST_CUES - {"last", "ago", "was", "were", "had", "got", "mentioned", "talked", "spoke", "asked", "called", "phoned",
                            "rang", "emailed", "messaged", "denied", "approved", "signed"}:
        return True
    return len(tok) > 4 and tok.isalpha() and tok.endswith("ed") and tok not in _NOT_PAST


def care_done(reading: Reading, line: str, spec, lex: Lexicon, today: date) -> Reading:
    from .caution import words

    if reading.certainty != UNCLEAR or reading.value or reading.options or reading.asked or reading.dont_know or "?" in line \
            or spec.name not in words().get("future_visit_states", frozenset()) or "yes" not in {c.id for c in spec.choices}:
        return reading
    toks = [t for t in tokens(clean(line)) if t not in (".", "!")]
    if _TURNS & set(toks) or _NOT_DOCTOR & set(toks):
        return reading
    at = _subject(toks, lex)
    if at is None or not any(_past_verb(t) for t in toks[at : at + 3]):
        return reading
    from .timewords import read_times

    days = [w.date for w in read_times(toks, lex, today, past=True) if w.date is not None]
    # a weekday after a verb of the past is the last such day ("changed the plan on tuesday"), however it was read
    weekdays = [lex.weekdays[t] for t in toks if t in lex.weekdays]
    if weekdays:
        back = [today - timedelta(days=(today.weekday() - d) % 7) for d in weekdays]
        days = [d for d in days if d <= today] + back
    recent = [d for d in days if today - timedelta(days=10) <= d <= today]
    if days and not recent or not (recent or _RECENT_WORDS & set(toks) or ("this", "morning") in zip(toks, toks[1:])):
        return reading
    day = recent[0] if recent else None
    return Reading(SURE, "yes", note=line.strip(), date=day.isoformat() if day else None, date_text=line.strip() if day else "")
