"""At the SURE test (how a person feels about the choice), two readings that looked sure and were not.

"im sure i want a real answer", "I'm sure we need more tests": sure of something else, said in a
clause after "sure" (`sure_of` in dialogues/cautions.yaml). That is not "I feel sure about the best
choice": the pick is left out and the person is asked whether they feel sure of the choice itself.

"support i guess", "i have support i think": a feeling said softly. At a question about facts a
hedge at the end makes the answer a fact in doubt (asked); here it is a yes said softly, offered
back for a Yes (choices.py asks `soft_feeling`).
"""

from __future__ import annotations

from .caution import _at, words
from .matching import find_hits
from .reading import SURE, UNCLEAR, Reading

SURE_ITEM = "sure"


def soft_feeling(state: str) -> bool:
    """A question about how a person feels (the SURE test): a pick said with "i guess" is offered back."""
    return state in words()["having_states"]


def sure_of_something_else(reading, toks, line, spec, lex):
    """ "im sure i want a real answer": "sure" with a clause of its own is not sure of the choice."""
    if spec.name not in words()["having_states"] or not isinstance(reading.value, list) or SURE_ITEM not in reading.value:
        return None
    if reading.certainty != SURE:
        return None
    hits = [h for h in find_hits(toks, spec, lex) if not h.negated]
    sure_hits = [h for h in hits if h.choice == SURE_ITEM]
    if not sure_hits or any(not _clause_after(toks, h.end) for h in sure_hits):
        return None  # "sure about the surgery", "I feel sure. i want answers": sure of the choice
    kept = [c for c in reading.value if c != SURE_ITEM]
    if kept:  # "im sure i need help deciding": wanting help is not having it either
        from .caution_checks import wanting_parts

        wanted = wanting_parts(Reading(SURE, kept), toks, line, spec, lex)
        kept = list(wanted.value or []) if wanted is not None else kept
    first = sure_hits[0]
    start = max((i + 1 for i in range(first.start) if toks[i] in (",", ".", ";", "and", "but")), default=0)
    end = next((i for i in range(first.end, len(toks)) if toks[i] in (",", ".", ";", "!", "?")), len(toks))
    clause = " ".join(t for t in toks[start:end] if t not in (",", "."))
    number = next((n for n, c in enumerate(spec.choices, 1) if c.id == SURE_ITEM), 1)
    message = (f"You said \"{clause}\". Do you also feel sure which choice is best? If you do, type {number}. "
               "If not, type 'that's all'." if kept else
               f"You said \"{clause}\". Do you feel sure which choice is best? If you do, type {number}.")
    return Reading(UNCLEAR, kept or None, unclear=clause, message=message)


def _clause_after(toks: list[str], end: int) -> bool:
    """Right after "sure", a clause of its own begins ("sure i want...", "sure that we...") that wants
    answers, an opinion or help, not one of the options ("sure i want the stent" is sure of the choice)."""
    nxt = toks[end : end + 1]
    if not nxt or (nxt[0],) not in words()["sure_of"]:
        return False
    stop = next((i for i in range(end, len(toks)) if toks[i] in (",", ".", ";", "!", "?", "and", "but")), len(toks))
    return bool(_at(toks[end:stop], "sure_of_else"))


ORDER = (sure_of_something_else,)
