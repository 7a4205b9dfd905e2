"""No doctor near, said as an absence, at the question with a travel choice (helper u20a, a terminal walk).

"no specialist nearby" at "What is the choice mostly based on?" was stored as "None of these, or not sure": the "no"
picked none and the rest was dropped, though the line says the nearest doctor is far. A stretch from a word of
dialogues/none_nearby.yaml's `absent` to one of its `places`, with at most `between` words and no word of `stops`
between them, is the travel choice; the rest of the line is read as the answer beside it, and never gives "none".
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import LIKELY, Reading
from .text import clean, tokens

WORDS = PhraseFile("none_nearby.yaml")
_PUNCT = {",", ".", ";", ":", "!", "?", "-", "(", ")"}
_EMPTY = {"and", "but", "so", "also", "too", "well", "just", "really", "honestly", "yeah", "ok", "okay", "plus"}


def _stretch(toks: list[str]) -> tuple[int, int] | None:
    """(start, end) of the first stretch from an absence word to a place word, or None."""
    most = int(WORDS.data()["between"])
    stops = WORDS.words("stops")
    ends = sorted(spans(toks, WORDS.phrases("places")))
    for a, b in sorted(spans(toks, WORDS.phrases("absent"))):
        for c, d in ends:
            gap = toks[b:c]
            if c >= b and len(gap) <= most and not (set(gap) & (stops | _PUNCT)):
                return a, d
    return None


def none_nearby(line: str, spec, read_rest) -> Reading | None:
    """The travel choice and the reading of the rest of `line`, or None when the line says no such thing.
    `read_rest(text)`: the reading of the rest as an answer to `spec`."""
    if spec.name not in WORDS.words("states"):
        return None
    choice = str(WORDS.data()["choice"])
    if not spec.multi or choice not in {c.id for c in spec.choices}:
        return None
    toks = tokens(clean(line))
    found = _stretch(toks)
    if found is None:
        return None
    rest = toks[: found[0]] + toks[found[1] :]
    if not [t for t in rest if t not in _PUNCT and t not in _EMPTY]:
        return Reading(LIKELY, [choice])
    reading = read_rest(" ".join(rest))
    value = [v for v in (reading.value if isinstance(reading.value, list) else []) if v != spec.none_choice]
    if reading.value and not value:  # "no specialist nearby, not sure": the rest gave only "none"
        return Reading(LIKELY, [choice])
    if not value:  # the rest unclear: the travel choice kept, the rest asked about as the reading asks it
        return replace(reading, value=[choice], certainty=LIKELY) if reading.unclear else Reading(LIKELY, [choice])
    return replace(reading, value=[*value, choice] if choice not in value else value)
