"""A speed word that describes a thing is not how soon to act (user trial 8, F5.2).

At "A few more things change what to do next" (compare path), "i think dr brooks didnt see the first
echo, he did his own quick one. so 5 and maybe 3" was read "1. A doctor said to act within days": the
word "quick" is one of that choice's words, and nothing else in the line said days. "quick" there
describes the echo, as in "a quick look", "a fast scan". So a speed word right after an article or a
possessive ("a quick", "his own quick") or right before the thing it describes ("quick echo") is set
aside: it picks no choice, and the line is read from its other words. The words are data:
dialogues/speed_words.yaml. "act fast", "they want it done quickly", "asap" still pick it.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=1)
def _data() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str], tuple[tuple[str, ...], ...]]:
    from .datafile import read_words_file
    from .text import tokens

    raw = read_words_file("speed_words.yaml") or {}
    before = tuple(tuple(tokens(str(w))) for w in raw.get("before", []))
    idioms = tuple(sorted((tuple(tokens(str(w))) for w in raw.get("not_timing", [])), key=len, reverse=True))
    return frozenset(str(w) for w in raw.get("speed", [])), before, frozenset(str(w) for w in raw.get("after", [])), idioms


def described_speed(toks: list[str]) -> set[int]:
    """Where a speed word describes the thing after it, not how soon to act."""
    speed, before, after, _ = _data()
    out = set()
    for i, t in enumerate(toks):
        if t not in speed:
            continue
        lead = any(i >= len(p) and tuple(toks[i - len(p):i]) == p for p in before)
        if lead or (i + 1 < len(toks) and toks[i + 1] in after):
            out.add(i)
    return out


def time_idioms(toks: list[str], spec, lex) -> set[int]:
    """Where "time" is said of how often or of an occasion ("tired all the time", "every time we ask"), at a question
    where "time" alone picks a choice (compare_differs: how soon to act). Elsewhere the state's own phrases with
    "time" in them ("time off work", "by the time", "a long time ago") are left to read as they are."""
    if "time" not in toks or not _bare_time(spec.name, lex):
        return set()
    out: set[int] = set()
    for i in range(len(toks)):
        for p in _data()[3]:
            if tuple(toks[i:i + len(p)]) == p:
                out |= set(range(i, i + len(p)))
                break
    return out


_BARE: dict[tuple[str, int], bool] = {}


def _bare_time(state: str, lex) -> bool:
    key = (state, id(lex))
    if key not in _BARE:
        _BARE[key] = any(tuple(p) == ("time",) for phrases in lex.state(state).choices.values() for p in phrases)
    return _BARE[key]
