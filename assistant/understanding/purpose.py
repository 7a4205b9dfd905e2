"""Two choices named in one line where one is meant. A thing named with what it is for: "a pump for the pain medicine", "surgery to fix the
hernia", "an injection for the knee", "tablets for the pain after the operation".

At a pick-one question such a line names two choices and is asked about ("a device, or
medicine?"). But the words after "for" or "to treat" say what the first thing serves, not a
second answer: the thing named first is the answer. Only when the line names just those two
choices, the first before the purpose word, and nothing is negated or hedged.

A treatment with what comes along with it (dialogues/with_words.yaml): "radiation with the hormone
shots" is the radiation; "surgery with chemo" (two main treatments) is still asked about.

And a choice that includes another (dialogues/precedence.yaml): "I'm the patient and I already
got a second opinion" is comparing opinions, which asks whose decision it is next.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

from .lexicon import Lexicon, LexiconError
from .matching import find_hits
from .reading import SURE, Reading
from .text import tokens

# Words that join a thing to what it is for; then a few small words may come before the second choice.
_PURPOSE = (("for",), ("to", "treat"), ("to", "help"), ("to", "fix"), ("to", "give"), ("to", "deliver"), ("that", "gives"),
            ("which", "gives"), ("that", "delivers"), ("to", "control"), ("to", "manage"), ("to", "ease"))
_SMALL = frozenset({"the", "a", "an", "my", "his", "her", "their", "our", "your", "its", "this", "that", "some", "pain", "same"})
_SAID_NO = frozenset({"not", "no", "dont"})
_HEDGES = frozenset({"maybe", "perhaps", "probably", "or", "either", "not", "no", "dont", "without", "instead", "rather", "both"})


def thing_along(line: str, reading: Reading, spec, lex: Lexicon) -> Reading | None:
    """A reading offered back because a second choice was named after a comma ("radiation, with hormone
    tablets", "not happening, the ER checked him"): stored when one of the two comes along with the
    other or includes it; else None."""
    if spec.multi or (spec.name not in _along() and spec.name not in _includes()):
        return None
    toks = tokens(line)
    named = tuple(dict.fromkeys(h.choice for h in sorted(find_hits(toks, spec, lex), key=lambda h: h.start) if not h.negated))
    if len(named) != 2 or reading.value not in named:
        return None
    return thing_for(line, replace(reading, options=named), spec, lex)


def thing_for(line: str, reading: Reading, spec, lex: Lexicon) -> Reading | None:
    """The first choice, when the second only says what it is for; else None."""
    if spec.multi or len(reading.options) != 2:
        return None
    toks = tokens(line)
    said_no = set(lex.state(spec.name).yes_no.get("no", ()))
    # "not happening": the "no" choice is said with "not"; any other hedge, or a "?", still stops it
    if _HEDGES & set(toks) and not (said_no & set(reading.options) and not (_HEDGES - _SAID_NO) & set(toks) and "?" not in toks):
        return None
    hits = sorted((h for h in find_hits(toks, spec, lex) if not h.negated), key=lambda h: h.start)
    if len({h.choice for h in hits}) != 2 or {h.choice for h in hits} != set(reading.options):
        return None
    wider = _includes().get(spec.name, {})
    for cid, narrower in wider.items():  # "I'm the patient and I already got a second opinion": compare
        others = {h.choice for h in hits} - {cid}
        if cid in reading.options and len(others) == 1 and others <= set(narrower):
            return Reading(SURE, cid)
    if _HEDGES & set(toks):
        return None
    first = hits[0]
    if any(h.choice == first.choice for h in hits[1:]):
        return None
    second = next(h for h in hits if h.choice != first.choice)
    between = toks[first.end : second.start]
    if second.choice in _along().get(spec.name, {}).get(first.choice, ()) and _joined_with(between):
        return replace(Reading(SURE, first.choice), note="")  # "the radiation, with the hormone shots"
    for phrase in _PURPOSE:
        n = len(phrase)
        if tuple(between[:n]) == phrase and all(t in _SMALL for t in between[n:]) and len(between) - n <= 3:
            return replace(Reading(SURE, first.choice), note="")
    return None


_WITH = (("with",), ("along", "with"), ("together", "with"), ("alongside",), ("plus",))


def _joined_with(between: list[str]) -> bool:
    """ "with the", ", along with sentinel node": "with", then at most three words that only describe the second."""
    words = [t for t in between if t not in (",", "-")]
    for phrase in _WITH:
        n = len(phrase)
        if tuple(words[:n]) == phrase and all(t.replace("-", "").isalnum() and t not in _SEQUENCE for t in words[n:]) and len(words) - n <= 3:
            return True
    return False


# Words that make the second a step of its own ("with surgery after", "with chemo later"): asked.
_SEQUENCE = frozenset({"and", "then", "after", "afterwards", "later", "before", "first", "next", "also", "or"})


@cache
def _along() -> dict[str, dict[str, tuple[str, ...]]]:
    """dialogues/with_words.yaml: state -> main choice -> the choices that may come along with it."""
    return _state_choice_lists("with_words.yaml")


@cache
def _includes() -> dict[str, dict[str, tuple[str, ...]]]:
    """dialogues/precedence.yaml: state -> choice -> the choices it includes."""
    return _state_choice_lists("precedence.yaml")


def _state_choice_lists(name: str) -> dict[str, dict[str, tuple[str, ...]]]:
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from ..yaml_cache import parse_yaml

    path = Path(dialogues_dir()) / name
    raw = yaml_cache.load(path, parse_yaml) if path.is_file() else {}
    if not isinstance(raw, dict) or not all(isinstance(v, dict) and all(isinstance(x, list) for x in v.values()) for v in raw.values()):
        raise LexiconError(f"dialogues/{name}: needs state -> choice -> a list of choices")
    return {state: {cid: tuple(inner) for cid, inner in entry.items()} for state, entry in raw.items()}
