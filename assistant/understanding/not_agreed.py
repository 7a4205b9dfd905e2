"""At "Which would you like?" after two opinions (compare now, a third opinion, or "they agree: go on"): a line that
says the two do NOT agree ("they dont agree really, cardiologist says stents, surgeon says bypass") is no answer
of "they agree", and no mystery either: what is understood is said back, and only the choice left open is asked
(compare the two now, or plan a third). Found in a terminal walk (twenty-third session), where it was re-asked
whole as "not understood"; a fuzzy match had even stored "they disagree" as "they agree" (fuzzy.py)."""

from __future__ import annotations

from .reading import UNCLEAR, Reading
from .text import clean, tokens

STATES = frozenset({"fit_two_opinions"})
_NOT_AGREED = (("disagree",), ("disagrees",), ("disagreed",), ("dont", "agree"), ("do", "not", "agree"), ("didnt", "agree"),
               ("did", "not", "agree"), ("not", "agree"), ("arent", "agreeing"), ("cant", "agree"), ("differ",), ("different",),
               ("not", "the", "same"), ("conflicting",), ("contradict",), ("opposite",))
_MESSAGE = "I understood that the two do not agree."
# Two clauses that each tell what a doctor advises ("the cousin say chemo first ..., surgeon say operate now", a wife's
# learner's English in a lead's walk, 2026-12-07: refused whole) tell two plans: not "they agree" either.
_SAYS = frozenset("say says said saying want wants wanted recommend recommends recommended suggest suggests suggested advise advises advised".split())
_CUTS = frozenset({",", ";", ".", "but", "while", "whereas", "-"})
_SAME = (("same",), ("both",), ("agree",), ("agrees",), ("agreed",))


def not_agreed(reading: Reading, line: str, spec) -> Reading | None:
    if spec.name not in STATES or reading.value is not None or reading.options or reading.asked or reading.dont_know:
        return None
    toks = tokens(clean(line))
    if not any(t.startswith("disagr") for t in toks) and not any(tuple(toks[i : i + len(p)]) == p for p in _NOT_AGREED for i in range(len(toks))) \
            and not _two_advised(toks):
        return None
    options = tuple(c for c in ("compare", "third") if any(ch.id == c for ch in spec.choices))
    return Reading(UNCLEAR, options=options, unclear=clean(line), message=_MESSAGE) if len(options) == 2 else None


def _two_advised(toks: list[str]) -> bool:
    """Two clauses, each with a word of advising, and no word of agreeing ("both", "same")."""
    if any(tuple(toks[i : i + len(p)]) == p for p in _SAME for i in range(len(toks))):
        return False
    clauses, seen = 0, False
    for t in [*toks, ","]:
        if t in _CUTS:
            clauses, seen = clauses + seen, False
        elif t in _SAYS:
            seen = True
    return clauses >= 2
