"""An answer put with a question mark: "..., so two?", "and it's a transplant, so kinda surgery?"
(issue 11: never a silent misread).

A statement that ends with "?" (it does not begin like a question: no "what", "does", "can I")
is the person's own guess, said with a rising voice. At a pick-one question, when the answer is
read from such a last part, it is offered back for a Yes, never stored. At a pick-any question,
picks read only from such a part are asked about, and the picks read from the rest are kept.
Questions proper are read elsewhere (asking.py, answer_then_ask.py, unsafe.py).
"""

from __future__ import annotations

from dataclasses import replace

from .asking import starts_with
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import parts_between

_STOPS = frozenset({".", ";", "!", "?"})


def _last_parts(toks: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence ending with "?", the end before the mark."""
    return [(s, e) for s, e in parts_between(toks, _STOPS) if e < len(toks) and toks[e] == "?"]


def _guess(toks: list[str], s: int, e: int, lex) -> tuple[int, int] | None:
    """The guess in a sentence ending with "?": the words after its last comma or "so", when the
    sentence does not begin like a question."""
    words = [t for t in toks[s:e] if t != ","]
    if not words or starts_with(words, lex.asking_starts):
        return None
    cut = max([k + 1 for k in range(s, e) if toks[k] in (",", "so")] + [s])
    inner = [t for t in toks[cut:e] if t.isalnum()]
    if not inner or len(inner) > 3 or starts_with(inner, lex.asking_starts):
        return None
    return cut, e


def _only_a_place(words: list[str], lex) -> bool:
    """ "5?", "uh the 2nd?": a choice's number or place with a question mark asks whether a number
    will do, not whether the answer is right."""
    said = [t for t in words if t not in lex.fillers and t not in ("the", "number", "option", "choice", "no")]
    return bool(said) and all(t.isdigit() or t in lex.ordinals for t in said)


def tentative(reading: Reading, toks: list[str], spec, lex, read_part) -> Reading | None:
    if reading.certainty != SURE or reading.value is None:
        return None
    if reading.value in ("not_sure", "unsure") or reading.value == lex.state(spec.name).dont_know:
        return None  # "maybe after Christmas?": the doubt is the answer
    for s, e in _last_parts(toks):
        span = _guess(toks, s, e, lex)
        if span is None:
            continue
        a, b = span
        if _only_a_place(toks[a:b], lex) and not lex.state(spec.name).count:
            continue
        got = read_part(" ".join(toks[a:b]))
        if got.value is None or got.asked:
            continue
        if not spec.multi:
            if any(t not in _STOPS for t in toks[e + 1 :]):
                continue  # "..., two? he wasn't sure": the guess is not where the line ends
            if got.value == reading.value:
                return replace(reading, certainty=LIKELY)
            if isinstance(got.value, str) and got.certainty == SURE:  # "my GP and a surgeon, three?": the count said and the one read differ
                return Reading(UNCLEAR, options=(reading.value, got.value), unclear=" ".join(toks))
            continue
        if not isinstance(got.value, list) or not isinstance(reading.value, list):
            continue
        rest = " ".join(toks[:s] + toks[e + 1 :])
        kept = read_part(rest) if rest.strip() else None
        if kept is None or not isinstance(kept.value, list) or kept.certainty != SURE:
            continue
        only_here = set(got.value) - set(kept.value)
        if only_here and set(kept.value) < set(reading.value):
            return Reading(UNCLEAR, kept.value, unclear=" ".join(toks[s:e]))
    return None
