"""Someone else knows the answer, said as the whole line: "ask my wife", "wife would know. i dont",
"you'd have to ask my son", "my daughter knows all that stuff". The person does not know; it is read
as "I don't know" (the not-sure choice, or the question's way on), never as a pick.

Only the whole line, and only people close to the person (dialogues/others_know.yaml): "ask my doctor"
is an answer at "How will you bring it up with your doctor?", and "ask my wife about the date, 2 weeks"
says more. A second reading, tried when the line was not understood as typed (inability.py)."""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file
from .text import clean, tokens

_WHOSE = frozenset("my his her our the their me".split())
_KNOW = frozenset("know knows knew".split())
_MODALS = frozenset("would will might may should could probably prob def definitely".split())
_AFTER_KNOW = frozenset("that this it better all stuff about things the those".split())


@cache
def _words() -> dict:
    raw = read_words_file("others_know.yaml")

    def phrases(key):
        return frozenset(tuple(tokens(str(w).lower())) for w in raw.get(key) or ())
    return {"people": phrases("people"), "ask_leads": phrases("ask_leads"), "tails": phrases("tails")}


def _person(toks: list[str], i: int) -> int:
    """The end of a close person named at `i` ("my wife", "the missus", "wife"), or -1."""
    people = _words()["people"]
    if i >= len(toks):
        return -1  # "ask" alone: nobody named
    j = i + (1 if toks[i] in _WHOSE else 0)
    for size in (3, 2, 1):
        if tuple(toks[j : j + size]) in people:
            return j + size
    return -1


def _rest_is_tail(toks: list[str], k: int) -> bool:
    rest = [t for t in toks[k:] if t not in (",", ".", "!", ";", "-")]
    return not rest or tuple(rest) in _words()["tails"]


_NOT_SURE = frozenset({"not_sure", "unsure", "not_said", "dont_know"})


def others_know(line: str, spec=None) -> str | None:
    """ "i dont know" when the whole line says only that someone close knows the answer; None otherwise.
    Not where "I don't know" would be the answer "none" (a "none" choice and no not-sure one, as at "what
    do you know about the insurer's rules?"): there the speaker may not know what the other person does."""
    if spec is not None and spec.none_choice and not _NOT_SURE & {c.id for c in spec.choices}:
        return None
    toks = tokens(clean(line))
    if not toks or any(t.isdigit() for t in toks) or "?" in toks:
        return None
    w = _words()
    # "ask my wife", "you'd have to ask my son about it"
    for lead in sorted(w["ask_leads"] | {()}, key=len, reverse=True):
        n = len(lead)
        if tuple(toks[:n]) == lead and toks[n : n + 1] == ["ask"]:
            end = _person(toks, n + 1)
            if end > 0:
                if toks[end : end + 2] in (["about", "it"], ["about", "that"], ["about", "this"]):
                    end += 2
                if _rest_is_tail(toks, end):
                    return "i dont know"
            break
    # "wife would know", "my daughter knows all that", "my son would know that better"
    end = _person(toks, 0)
    if end > 0:
        k = end
        while k < len(toks) and toks[k] in _MODALS:
            k += 1
        if k < len(toks) and toks[k] in _KNOW:
            k += 1
            while k < len(toks) and toks[k] in _AFTER_KNOW:
                k += 1
            if _rest_is_tail(toks, k):
                return "i dont know"
    return None
