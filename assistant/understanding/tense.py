"""A visit whose time the verb does not tell: "the doctor see her Monday", "surgeon see him this
week". In English learnt as a second language the bare verb after "he", "she" or a doctor says the
past as often as the future, so at the question whether a doctor has checked since things got
worse, such a line is asked about, never stored as "not yet" (visits.py, third_thoughts_one.py).
A word of the future ("will", "next", "tomorrow", "appointment") settles it; so does a yes said
first ("yes the surgeon see her this week"): the answer given, the rest only tells when."""

from __future__ import annotations

from .lexicon import Lexicon, fold

_BARE = frozenset({"see", "check", "look", "examine"})
_THIRD = frozenset({"he", "she", "doctor", "doc", "dr", "surgeon", "gp", "nurse", "specialist", "physician", "pediatrician",
                    "paediatrician", "oncologist", "cardiologist", "neurologist", "urologist", "consultant"})
_FUTURE = frozenset({"will", "ll", "going", "gonna", "tomorrow", "next", "booked", "scheduled", "appointment", "appointments", "appt",
                     "appts", "coming", "upcoming", "soon", "later", "tonight", "yet", "wait", "waiting", "until", "till", "still"})
YES_FIRST = frozenset({"yes", "yeah", "yep", "yup", "ya", "yea", "y", "ys", "si", "oui", "wi", "oo", "opo", "aye"})


def unmarked(toks: list[str], lex: Lexicon) -> bool:
    """A doctor, "he" or "she" with a bare verb of checking after it, and no word of the future."""
    if _FUTURE & set(toks):
        return False
    return any(t in _BARE and k and (toks[k - 1] in _THIRD or fold(toks[k - 1]) in lex.doctors) for k, t in enumerate(toks))


def yes_first(toks: list[str]) -> bool:
    return bool(toks) and toks[0] in YES_FIRST
