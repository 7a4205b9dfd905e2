"""A part added to a pick-any answer that says nothing this question can store (issue 11: never a
silent misread).

"1, 2, and also the doctors do not talk to each other": the person adds one more reason ("also",
"plus", "as well"); when that part, read alone, names no choice, it is asked about and the picks
before it are kept ("I got 1 and 2. What did you mean by ...?"), never dropped in silence.
"approved list, also they said something about 30 days": a part said as only half-remembered
("something about", "some kind of") may sound like a choice ("30 days": a date), yet the person
says they do not know what it was; it is asked about too, the picks read elsewhere kept.
"the plan and the second doctor is closer to home": a whole clause (someone, then what they do or
are) joined to the list by a bare "and", as if one more item, that names nothing: asked too.
Words are data (dialogues/unsafe.yaml: adding, half_said).
"""

from __future__ import annotations

from .text import parts_between
from .reading import SURE, UNCLEAR, Reading

_CUTS = frozenset({",", ".", ";", "!", "?", ":"})


def _parts(toks: list[str]) -> list[tuple[int, int]]:
    """(start, end) of the parts of the line, cut at marks."""
    return parts_between(toks, _CUTS)


def _starts(toks: list[str], s: int, phrases) -> int:
    """The length of the adding phrase the part opens with ("and also", "also"), or 0."""
    for skip in (0, 1):
        if skip and toks[s : s + 1] != ["and"]:
            continue
        for p in phrases:
            if tuple(toks[s + skip : s + skip + len(p)]) == p:
                return skip + len(p)
    return 0


def _has(toks: list[str], phrases) -> bool:
    return any(tuple(toks[k : k + len(p)]) == p for p in phrases for k in range(len(toks) - len(p) + 1))


def added_part(reading: Reading, toks: list[str], spec, words: dict, read_part) -> Reading | None:
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    if spec.none_choice in reading.value:
        return None
    parts = _parts(toks)
    joined = _joined_clause(toks, read_part, reading.value)
    if joined is not None:
        return _ask(reading, toks, joined[0], joined[1], parts)
    if len(parts) < 2:
        return None
    for s, e in parts:
        lead = _starts(toks, s, words["adding"])
        body = toks[s + lead : e]
        if lead and len([t for t in body if t.isalpha()]) >= 3 and not _thanks(body):  # ("also thank you so much": courtesy)
            got = read_part(" ".join(body))
            if got.value is None and not got.options and not got.asked and not got.dont_know:
                return _ask(reading, toks, s, e, parts)
        if _has(toks[s:e], words["half_said"]):
            others = " ".join(" ".join(toks[a:b]) for a, b in parts if (a, b) != (s, e))
            kept = read_part(others)
            if isinstance(kept.value, list) and kept.certainty == SURE and set(kept.value) < set(reading.value):
                return _ask(Reading(SURE, kept.value), toks, s, e, parts)
    return None


_THANKS = frozenset({"thank", "thanks", "thx", "ty", "appreciate", "appreciated", "grateful", "cheers", "bless"})


def _thanks(body: list[str]) -> bool:
    return bool(_THANKS & set(body)) and len(body) <= 6


def _ask(reading: Reading, toks: list[str], s: int, e: int, parts) -> Reading:
    return Reading(UNCLEAR, reading.value, unclear=" ".join(toks[s:e]))


_SUBJECTS = frozenset("my his her our their the she he they it i we".split())
_VERBS = frozenset("is are was were agrees agree agreed says said thinks thought has have lives works wants".split())


def _joined_clause(toks: list[str], read_part, value: list) -> tuple[int, int] | None:
    """(start, end) of a clause joined by a bare "and" (no comma before it) that names nothing."""
    if any(t == "so" and k and toks[k - 1] in _CUTS for k, t in enumerate(toks)):
        return None  # "..., so the plan and the timing": the answer drawn at the end, the clauses before are reasons
    for k, t in enumerate(toks):
        if t != "and" or k == 0 or toks[k - 1] in _CUTS:
            continue
        end = next((i for i in range(k + 1, len(toks)) if toks[i] in _CUTS), len(toks))
        body = toks[k + 1 : end]
        if len(body) < 4 or body[0] not in _SUBJECTS or not _VERBS & set(body[1:4]) or {"which", "who", "that"} & set(body[1:4]):
            continue  # "my brother which is doctor": a person described, no clause of its own
        got = read_part(" ".join(body))
        if got.value is None and not got.options and not got.asked and not got.dont_know:
            rest = read_part(" ".join(toks[:k] + toks[end:]))
            if rest.certainty == SURE and isinstance(rest.value, list) and set(rest.value) == set(value):
                return k + 1, end  # the picks stand without the clause: it adds nothing read, so it is asked
    return None
