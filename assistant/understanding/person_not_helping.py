"""A person who did not help is not a treatment that did not work (helper 11b12; a leftover since round 24):
"the nurse didn't help" at the signs question was stored as "The first treatment did not work", because
"didnt help" is one of that choice's phrases and nothing checked who did not help. When every time the
choice is named it is by such a phrase said of a person ("the nurse", "my GP", "the ENT", "nobody"), the
choice is taken off and the line is asked about; the other picks are kept. Words are data:
dialogues/person_not_helping.yaml (people, words between, the choice at each question, the phrases)."""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens


def _phrases(words) -> frozenset:
    return frozenset(tuple(str(w).lower().replace("'", "").split()) for w in words)


@cache
def _data():
    data = read_words_file("person_not_helping.yaml")
    return (_phrases(data["people"]), frozenset(_phrases(data["between"])), {str(k): str(v) for k, v in data["states"].items()},
            _phrases(data["phrases"]))


def _person_before(toks: list[str], at: int, lex) -> bool:
    """A person named right before token `at` ("the nurse", "my GP really"), past words that change nothing."""
    from .counting import by_form

    people, between, _, _ = _data()
    for _ in range(3):
        step = next((len(b) for b in sorted(between, key=len, reverse=True) if at - len(b) >= 0 and tuple(toks[at - len(b):at]) == b), 0)
        if not step:
            break
        at -= step
    if at <= 0:
        return False
    if any(at - len(p) >= 0 and tuple(toks[at - len(p):at]) == p for p in people):
        return True
    return by_form(toks[at - 1])  # "the ENT", "my rheumatologist" (lexicon's doctor words hold "medicine", "hospital": not people)


def person_not_helping(reading: Reading, line: str, spec, lex) -> Reading:
    _, _, states, phrases = _data()
    choice = states.get(spec.name)
    if choice is None or reading.certainty != SURE:
        return reading
    picked = reading.value if isinstance(reading.value, list) else [reading.value]
    none = spec.none_choice
    if choice not in picked and not (none and none in picked):
        return reading
    from .matching import find_hits

    toks = tokens(line)
    found = [h for h in find_hits(toks, spec, lex) if not h.negated]
    hits = [h for h in found if h.choice == choice]
    # "my GP was no help": the "no" of "no help" is not a "none" (its own phrase, said of a person)
    spans = [(k, k + len(p)) for k in range(len(toks)) for p in phrases if tuple(toks[k:k + len(p)]) == p and _person_before(toks, k, lex)]
    nones = [h for h in found if none and h.choice == none]
    if choice in picked and hits and all(tuple(toks[h.start:h.end]) in phrases and _person_before(toks, h.start, lex) for h in hits):
        picked = [c for c in picked if c != choice]
    elif nones and all(any(a <= h.start and h.end <= b for a, b in spans) for h in nones):
        picked = [c for c in picked if c != none]
        if choice in picked and any(not (tuple(toks[h.start:h.end]) in phrases and _person_before(toks, h.start, lex)) for h in hits):
            # "the meds didnt help, my GP was no help": the treatment did not work, said of a treatment too; the
            # person who was no help takes nothing from it (helper 11b13)
            return Reading(SURE, picked, note=reading.note, who=reading.who)
    else:
        return reading
    rest = picked
    said = clean(line)
    message = f'"{said}": is that about a treatment that did not work, or about how you were treated?'
    if spec.multi and rest:
        return Reading(UNCLEAR, rest, unclear=said, message=message)
    return Reading(UNCLEAR, unclear=said, message=message)


__all__ = ["person_not_helping"]
