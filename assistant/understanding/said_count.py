"""How many doctors, said as a sum: "My family physician also advised against it, so I suppose that
makes two.", "I count two.", "which makes it three", "two in all". At a question that asks how many
(lexicon `count`), the number after a verb of counting (dialogues/examples_of.yaml `count_verbs`)
or before "in all" / "in total" (`count_after`) is the count.

Read only when the line as read was not stored (asked about or offered), and only when the sum's
number is the only number in the line ("four doctors, counting the first one" is asked); a hedge ("I suppose", "I think", "maybe", a "?", "or") makes it an offer for a
Yes, never a stored answer. A count already stored is never changed.
"""

from __future__ import annotations

from dataclasses import replace

from .doubt_words import doubt_words
from .phrase_files import phrases, spans
from .reading import LIKELY, SURE, Reading
from .text import clean, tokens

FILE = "examples_of.yaml"


def _number(tok: str, lex) -> int | None:
    if tok.isascii() and tok.isdigit():
        return int(tok)
    return lex.numbers.get(tok)


def said_count(reading: Reading, line: str, spec, lex) -> Reading:
    words = lex.state(spec.name).count
    if not words or reading.certainty == SURE or reading.asked:
        return reading
    toks = tokens(clean(line))
    data = phrases(FILE)
    found = {_number(toks[e], lex) for s, e in spans(toks, data["count_verbs"]) if e < len(toks) and _number(toks[e], lex) is not None}
    found |= {_number(toks[s - 1], lex) for s, e in spans(toks, data["count_after"]) if s > 0 and _number(toks[s - 1], lex) is not None}
    if len(found) != 1:
        return reading
    n = found.pop()
    said = {_number(t, lex) for t in toks if _number(t, lex) is not None}
    if n < 1 or said != {n}:
        return reading  # "four doctors, counting the first one": another number in the line; asked
    choice = words.get(min(n, max(words)))
    if choice is None:
        return reading
    hedged = "?" in line or bool(doubt_words("count") & set(toks))  # dialogues/doubt_words.yaml
    return replace(Reading(LIKELY if hedged else SURE, choice), note=reading.note, doctors=n)


__all__ = ["said_count"]
