"""Travel said to be easy at the question with a travel choice (helper u19a, a terminal walk).

"we dont need to go far" at "What is the choice mostly based on?" kept "Travel is hard" beside a re-ask ("far"),
and "distance isnt a problem" stored it: the travel words were read, the saying that they are no trouble was not.
A phrase of dialogues/travel_easy.yaml (`easy`, not after a word of `denied`: "not close to home" is hard travel)
is taken out of the line and the rest is read as the answer, never with the travel choice; with nothing left the
question is asked again, saying travel was left out.

At a question with no travel choice (the yaml's `aside`: logistics, "Have you checked your insurance?", helper u20a
from a terminal walk) the phrase is only taken out: "no need to go far, we checked insurance" had read its "no" as
"Not yet"; the rest ("we checked insurance") is read as the answer, and a line that was only the phrase is asked again.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import LexiconError
from .phrase_files import PhraseFile, spans
from .reading import UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("travel_easy.yaml")
_FILLER = {"the", "and", "but", "you", "she", "her", "him", "his", "our", "too", "also", "yes", "yeah", "its", "well", "really"}
_PUNCT = {",", ".", ";", ":", "!", "-", "and", "but", "so", "also", "too"}


def _clause_before(toks: list[str], at: int) -> list[str]:
    """The words before `at` in its clause, at most four ("we want someone close to home", "not really close to home")."""
    before: list[str] = []
    for t in reversed(toks[max(0, at - 4) : at]):
        if t in (",", ".", ";", ":", "but"):
            break
        before.append(t)
    return before


def _number(spec) -> int:
    """The place of the travel choice at `spec`; a state named without it is a broken file, never "choice 0"."""
    choice = str(WORDS.data()["choice"])
    number = next((i + 1 for i, c in enumerate(spec.choices) if c.id == choice), 0)
    if not number:
        raise LexiconError(f"dialogues/{WORDS.file}: choice '{choice}' is not one of the choices of '{spec.name}' "
                           f"({', '.join(c.id for c in spec.choices)})")
    return number


def check_against(flow) -> None:
    """Every state the file names is in the flow and has the travel choice: checked when the lexicon is loaded
    against the flow (lexicon.check_against), so a renamed choice fails at load, not as "I left choice 0 out"."""
    for name in sorted(WORDS.words("states")):
        if name not in flow.states:
            raise LexiconError(f"dialogues/{WORDS.file}: state '{name}' is not in the flow")
        _number(flow.state(name))


def travel_easy(line: str, spec, read_rest) -> Reading | None:
    """The reading of `line` without its easy-travel phrase and never with the travel choice, or None when the
    line says no such thing. `read_rest(text)`: the reading of the rest as an answer to `spec`."""
    aside = WORDS.words("aside")
    if spec.name not in WORDS.words("states") and spec.name not in aside:
        return None
    toks = tokens(clean(line))
    denied = WORDS.words("denied")
    found = [(a, b) for a, b in spans(toks, WORDS.phrases("easy")) if not (denied & set(_clause_before(toks, a)))]
    if not found or spans(toks, WORDS.phrases("hard")):
        return None  # travel said to be hard too: the usual reading ("in town but the clinic is 3 hours away")
    cut = {k for a, b in found for k in range(a, b)}
    rest = [t for k, t in enumerate(toks) if k not in cut]
    if spec.name in aside:
        return _aside(rest, read_rest)
    choice = str(WORDS.data()["choice"])
    said = str(WORDS.data()["message"]).format(number=_number(spec))
    if not [t for t in rest if t not in _PUNCT and t.isalnum()]:
        return Reading(UNCLEAR, None, message=f"{said} What is the choice mostly based on?")
    reading = read_rest(" ".join(rest))
    value = reading.value
    if not value and not reading.options and not reading.asked and not reading.reply:
        if any(len(w) > 2 and w not in _FILLER for w in reading.unclear.lower().split()):  # "cost, and we can travel": quoted
            return Reading(UNCLEAR, None, unclear=reading.unclear, message=f'{said} What did you mean by "{reading.unclear}"?')
        return Reading(UNCLEAR, None, message=f"{said} What is the choice mostly based on?")  # "we" left of "we dont need to go far"
    if spec.none_choice and (value == spec.none_choice or value == [spec.none_choice]):
        return Reading(UNCLEAR, None, message=f"{said} What is the choice mostly based on?")  # never "none" from what is left
    if isinstance(value, list) and choice in value:
        kept = [v for v in value if v != choice]
        return replace(reading, value=kept or None) if kept else Reading(UNCLEAR, None, message=f"{said} What is the choice mostly based on?")
    if value == choice:
        return Reading(UNCLEAR, None, message=f"{said} What is the choice mostly based on?")
    if reading.options and choice in reading.options:
        return replace(reading, options=tuple(o for o in reading.options if o != choice))
    return reading


def _aside(rest: list[str], read_rest) -> Reading:
    """At a question with no travel choice: the rest read as the answer; nothing left, the question asked again
    (the re-ask adds the question itself)."""
    said = str(WORDS.data()["aside_message"])
    words = [t for t in rest if t not in _PUNCT and t.isalnum()]
    if not [w for w in words if w not in _FILLER and w not in {"we", "i", "us", "so", "ok", "okay"}]:
        return Reading(UNCLEAR, None, message=said)
    reading = read_rest(" ".join(rest))
    if reading.value is None and not (reading.options or reading.asked or reading.reply or reading.message or reading.dont_know):
        return Reading(UNCLEAR, None, unclear=reading.unclear, message=said)
    return reading
