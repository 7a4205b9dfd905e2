"""Two answers to the welcome said at once: "we already have 2 opinions and they dont agree, its for
my partner", "I have two opinions already, it's for me". The welcome's choices mix the path (compare
two opinions) with who the decision is for, and such a line says both (only when it says the two are
to be compared, or disagree: "my mom, and I got a 2nd opinion already" is asked about): the compare path is taken,
who it is for is kept (the compare path's own question about it is not asked again), and the number
of opinions said is offered there for a Yes, never asked afresh.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .reading import SURE, Reading
from .text import clean, tokens

COMPARE = "compare"
ROLES = ("patient", "caregiver")


def both_paths(reading: Reading, spec, line: str, lex: Lexicon) -> Reading:
    """The reading of a welcome line that names the compare path and who it is for; else `reading`."""
    if spec.name != "welcome":
        return reading
    from .counting import count_doctors
    from .people import who_in

    toks = tokens(clean(line))
    if not _to_compare(toks):
        return reading  # "my mom, and I got a 2nd opinion already": to compare them, or to plan? asked
    options = set(reading.options)
    if reading.sure and reading.value == COMPARE and not reading.role:
        named, who, _ = who_in(toks, lex, line)  # "we have two opinions already, for my mom"
        role = "caregiver" if named else "patient" if _for_me(toks) else ""
        if not role:
            return reading
    elif COMPARE in options and len(options) == 2 and next(iter(options - {COMPARE})) in ROLES:
        role = next(iter(options - {COMPARE}))
        named, who, _ = who_in(toks, lex, line)
    elif reading.value in ROLES and (count_doctors(toks, lex) or (0,))[0] >= 2:
        # "this is about my son Leo, he's 4. we already saw two heart doctors and they don't agree" (user trial 8, F5.3):
        # read as "helping someone else" only; two doctors who disagree are the compare path, for him
        role = reading.value
        named, who, _ = who_in(toks, lex, line)
        who = who or reading.who
        named = named or bool(reading.who)
    else:
        return reading
    if role == "caregiver" and not named:
        return reading
    counted = count_doctors(toks, lex)
    return Reading(SURE, COMPARE, who=who if role == "caregiver" else "", role=role,
                   doctors=counted[0] if counted else reading.doctors)


_FOR_ME = (("for", "me"), ("its", "me"), ("its", "for", "me"), ("myself",), ("im", "the", "patient"), ("i", "am", "the", "patient"),
           ("my", "own"), ("about", "me"))


def _for_me(toks: list[str]) -> bool:
    return any(tuple(toks[i : i + len(p)]) == p for p in _FOR_ME for i in range(len(toks)))


# Words that say the two opinions are to be compared, not only that they exist.
_COMPARING = frozenset({"compare", "comparing", "comparar", "disagree", "disagreeing", "differ", "differs", "conflict", "conflicting", "contradict",
                        "contradicting", "opposite"})


def _to_compare(toks: list[str]) -> bool:
    if _COMPARING & set(toks):
        return True
    return any(toks[i] in ("dont", "didnt", "not", "doesnt", "arent", "no") and toks[i + 1] in ("agree", "match") for i in range(len(toks) - 1))
