""""Same" at the second doctor's answers, linked to the first doctor's (helper u20a, a terminal walk).

At the comparison, the second opinion is asked the same questions as the first. "same", "same as the first one",
"same kind" were not understood there (asked again as if nothing had been said) or, at what the problem is, kept as
the word "same"; "same - gallstones" was kept as typed, so the two diagnoses did not match. Said alone
(dialogues/same_as_first.yaml's `same`, then only words of its `tail`), the first doctor's answer is offered back
for a Yes, never stored at once. At what the problem is, words after "same" that are the first doctor's words (one
contains the other) are stored as the first doctor's. A line that names an answer of its own ("same surgery but
later", "SAME. THE STIMULATOR.") keeps its own reading.
"""

from __future__ import annotations

from .phrase_files import PhraseFile
from .reading import LIKELY, SURE, Reading
from .text import clean, normalize, tokens

WORDS = PhraseFile("same_as_first.yaml")
_PUNCT = {",", ".", ";", ":", "!", "?", "-", "(", ")", "/"}


def _rest(line: str) -> list[str] | None:
    """The words after the leading "same" and its empty tail, or None when the line does not start with "same"."""
    toks = [t for t in tokens(clean(line))]
    words = [t for t in toks if t not in _PUNCT]
    for phrase in sorted(WORDS.phrases("same"), key=len, reverse=True):
        if tuple(words[: len(phrase)]) == phrase:
            break
    else:
        return None
    at, seen = 0, 0
    while seen < len(phrase):  # past the "same" phrase in the tokens, punctuation kept after it
        if toks[at] not in _PUNCT:
            seen += 1
        at += 1
    tail = WORDS.words("tail")
    while at < len(toks) and (toks[at] in tail or toks[at] in _PUNCT):
        at += 1
    return toks[at:]


def same_as_first(reading: Reading, spec, known: dict | None, line: str) -> Reading:
    """`reading`, or the first doctor's answer offered back (or, at what the problem is, linked) when `line` says
    "the same"."""
    pairs = WORDS.data()["pairs"]
    if spec.name not in pairs or not known:
        return reading
    first = known.get(str(pairs[spec.name]))
    if first in (None, "") or first in WORDS.words("unknown"):
        return reading
    rest = _rest(line) if "?" not in line else None  # "same doctor like first?": a question, answered as one
    if rest is None:
        return reading
    free = spec.name in WORDS.words("free")
    said = (WORDS.data().get("said") or {}).get(spec.name)
    if free and said and known.get(str(said)):
        return reading  # "same" keeps the words told at the field question (said_diagnosis.py)
    message = str(WORDS.data()["message"])
    if not [t for t in rest if t not in _PUNCT]:
        if free:
            return Reading(LIKELY, str(first), message=message.format(label=first))
        label = next((c.label for c in spec.choices if c.id == first), "")
        return Reading(LIKELY, first, message=message.format(label=label)) if label else reading
    if free:
        said_words, first_words = normalize(" ".join(t for t in rest if t not in _PUNCT)), normalize(str(first))
        if said_words and (said_words in first_words or first_words in said_words):
            return Reading(SURE, str(first), note=reading.note)  # "same - gallstones": the first doctor's words
    return reading
