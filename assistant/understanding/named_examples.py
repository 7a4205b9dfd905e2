"""A pick said, then what it covers, listed in body parts or illnesses: "nana has a ton of health
problems, heart and diabetes and her memory", "I have a number of other ailments: the heart, the
prostate, the sugar". The reader kept the pick ("other health problems") and asked about the rest
("heart, her memory"), though the rest only names what the pick is made of.

At a pick-any question whose choice takes such examples (dialogues/examples_of.yaml `picks`), when
that choice was read and the part left unclear is made only of body parts and illnesses (`parts`)
and the small words between them (`joiners`), the picks are kept as sure and the list goes into the
note. Anything else in the rest (a doctor, a verb, a hedge, a question, a "not") leaves the reading
as it was: "heart, and the doctor isn't a specialist" is still asked about.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from .phrase_files import phrases, spans
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "examples_of.yaml"
_MARKS = {",", ".", ";", ":", "-", "&", "/", "(", ")"}


@cache
def _picks() -> dict[str, frozenset[str]]:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    return {str(k): frozenset(str(c) for c in v) for k, v in (data.get("picks") or {}).items()}


def only_examples(rest: str) -> bool:
    """The words of `rest` are body parts or illnesses and the small words between them, with at
    least one body part or illness."""
    toks = [t for t in tokens(clean(rest)) if t not in _MARKS]
    if not toks:
        return False
    data = phrases(FILE)
    covered = [False] * len(toks)
    named = False
    for key in ("parts", "joiners"):
        for start, end in spans(toks, data[key]):
            for k in range(start, end):
                covered[k] = True
            named = named or key == "parts"
    return named and all(covered)


def examples_kept(reading: Reading, line: str, spec) -> Reading:
    """The reading with a rest of examples of a kept pick taken as said; otherwise as it was."""
    takes = _picks().get(spec.name)
    if not takes or spec.ask != "multi" or reading.certainty != UNCLEAR or not reading.unclear or reading.asked or reading.options:
        return reading
    value = reading.value if isinstance(reading.value, list) else []
    if not takes & set(value) or "?" in line or not only_examples(reading.unclear):
        return reading
    tail = _tail(line, reading.unclear)
    if tail is None:
        return reading  # "other health problems, heart, and her doctor rushes everything": more than a list at the end; asked
    note = "; ".join(part for part in (reading.note, tail) if part)
    return replace(reading, certainty=SURE, unclear="", message="", note=note)


def _tail(line: str, rest: str) -> str | None:
    """The end of the line from the first word of `rest`, as typed, when it is all examples (the list
    comes last, after the pick); None otherwise."""
    words = [t for t in tokens(clean(rest)) if t not in _MARKS]
    typed = line.split()
    for k in range(len(typed)):
        if tokens(clean(typed[k])) and tokens(clean(typed[k]))[0] == words[0]:
            tail = " ".join(typed[k:]).strip(" .;,")
            return tail if only_examples(tail) else None
    return None


__all__ = ["examples_kept", "only_examples"]
