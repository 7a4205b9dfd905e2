"""A doctor named as the one who said something is who said it, not a pick: "the GP keeps telling
me it's my age" says the symptoms are brushed off; it does not by itself say "my doctor is not a
specialist". At a pick-any question, a choice whose only words in the line are a doctor word right
before a reporting verb ("the GP says", "our family doctor keeps telling us") is not stored
silently: the other picks are offered back for a Yes. The reporting verbs are data
(dialogues/remarks.yaml `reporting`)."""

from __future__ import annotations

from dataclasses import replace

from .reading import LIKELY, SURE, Reading
from .text import tokens

def _reporting() -> tuple[tuple[str, ...], ...]:
    from .remarks import _words

    return tuple(sorted((tuple(tokens(p)) for p in _words()["reporting"]), key=len, reverse=True))


def only_the_speaker(reading: Reading, line: str, spec, lex) -> Reading | None:
    """The reading offered without the choice named only as a speaker, or None when no pick is
    named so."""
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list) or len(reading.value) < 2:
        return None
    from .matching import find_hits

    toks = tokens(line)
    hits = [h for h in find_hits(toks, spec, lex) if not h.negated and h.strength == 3]
    verbs = _reporting()
    speakers = set()
    for cid in reading.value:
        mine = [h for h in hits if h.choice == cid]
        said = lambda h: any(tuple(toks[h.end : h.end + len(v)]) == v for v in verbs)  # noqa: E731
        if mine and all(said(h) and (toks[h.end - 1] in lex.doctors or toks[h.end - 1] in ("practitioner", "physician")) for h in mine):
            speakers.add(cid)
    rest = [c for c in reading.value if c not in speakers]
    if not speakers or not rest:
        return None
    return replace(reading, certainty=LIKELY, value=rest)


# Someone close whose picks the person passes on: "dad says 1 and 7", "my wife wants 2 and 4",
# "mom picked the first two". The words before the numbers only say whose picks they are.
_CLOSE = frozenset({"dad", "mom", "mum", "mother", "father", "husband", "wife", "son", "daughter", "grandpa", "grandma", "papa",
                    "mama", "he", "she", "we", "they", "partner", "sister", "brother", "patient", "hubby", "grandson",
                    "granddaughter", "boyfriend", "girlfriend"})
_OWNERS = frozenset({"my", "our", "his", "her", "the"})
_PASSING = frozenset({"says", "said", "say", "wants", "wanted", "want", "picks", "picked", "pick", "chose", "chooses", "choose",
                      "thinks", "think", "likes", "like", "votes", "voted", "prefers", "prefer"})
_ORDINAL_STARTS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "number", "no", "option", "options",
                             "choice", "choices", "all", "both"})


def relayed(line: str, spec, lex) -> str | None:
    """The line without "dad says " before the picks he passed on, or None. Only at a pick-any
    question, only when a number (or "the first two", "all") follows at once, and only when
    nobody else in the line is said to pick otherwise ("grandpa says 1 but my mom thinks 3": asked)."""
    if not spec.multi:
        return None
    words = line.split()
    toks = [w.strip(",.:;!").lower().replace("'", "") for w in words]
    at = 1 if toks[:1] and toks[0] in _OWNERS else 0
    if len(toks) < at + 3 or toks[at] not in _CLOSE or toks[at + 1] not in _PASSING:
        return None
    nxt = toks[at + 2]
    nxt = toks[at + 3] if nxt == "the" and len(toks) > at + 3 else nxt
    if not (nxt.isdigit() or nxt in lex.numbers or nxt in _ORDINAL_STARTS or nxt in lex.ordinals):
        return None
    later = toks[at + 2 :]
    if any(w in _PASSING for w in later) and any(w in _CLOSE for w in later):
        return None  # a second person with picks of their own
    return " ".join(words[at + 2 :])
