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
