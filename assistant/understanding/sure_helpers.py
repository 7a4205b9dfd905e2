"""The people who help, named beside the SURE items (helper u26b, issue 11): "support from my moms and my girl thats
it", "I know the pros and cons, and I have my family". The part that only names who helps was asked about ("What did
you mean by 'my girl thats it'?") though it is the support item's own words. At the questions of
dialogues/sure_helpers.yaml, a reading that kept some items and asks about a rest made only of helpers and joining
words: stored, the rest kept as the note; when it says having or helping ("I have my family") and support was not
named, support is added. Nothing else is read differently."""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, phrases, spans
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("sure_helpers.yaml")
_MARKS = frozenset({",", ".", ";", "!", "-", ":", "—", "–", "(", ")", "...", "…", "&"})


def _people(toks: list[str]) -> tuple[bool, bool] | None:
    """(names a helper, says having) when every word is a helper, a kin word or a joining word; else None."""
    kin = {p for key in ("kin", "kin_named") for p in phrases("kin_words.yaml")[key]}
    helpers = WORDS.phrases("helpers") + tuple(kin) + tuple((w + "s",) for (w,) in kin if len(w) > 2)
    covered = [t in _MARKS for t in toks]
    named = False
    for s, e in spans(toks, helpers):
        covered[s:e] = [True] * (e - s)
        named = True
    glue = WORDS.words("glue")
    covered = [c or t in glue for c, t in zip(covered, toks)]
    if not named or not all(covered):
        return None
    return named, bool(set(toks) & WORDS.words("having"))


def helpers_named(reading: Reading, line: str, spec, read_part) -> Reading:
    if spec.name not in WORDS.words("states") or reading.certainty != UNCLEAR or not reading.unclear or reading.asked \
            or reading.options or not isinstance(reading.value, list) or not reading.value or "none" in reading.value:
        return reading
    rest = tokens(clean(reading.unclear))
    said = _people([t for t in rest if t != "?"]) if "?" not in rest else None
    if said is None:
        return reading
    if (without := _without(line, reading.unclear)) is None:
        return reading
    toks = tokens(clean(line))
    if spans(toks, WORDS.phrases("doubts")):  # "sure I'm not clear on the rest", "Pros/cons: mostly": the items kept may be wrong
        again = read_part(without)  # then the line read again without the helpers must give the same items, sure
        if again.certainty != SURE or sorted(again.value or []) != sorted(reading.value):
            return reading
    value = list(reading.value)
    if "support" not in value:
        if not said[1]:
            return reading  # "I know the pros and cons. My husband.": who he is to the choice is not said
        value.append("support")
    note = reading.note or reading.unclear.strip(" .,")
    return replace(reading, certainty=SURE, value=value, unclear="", note=note, message="")


def _without(line: str, rest: str) -> str | None:
    """The line with the part about helpers taken out (found as typed, any case), or None when it is not found."""
    at = line.lower().find(rest.strip().lower())
    if at < 0 or not rest.strip():
        return None
    return (line[:at] + line[at + len(rest.strip()):]).strip(" ,.;")
