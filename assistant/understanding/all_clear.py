"""At the red-flag questions, a line that denies each sign it names and says all is well is None.

People answer "Is any of this happening now?" by going through the signs: "no fever, no stiff neck,
alert, eating fine", "no chest pain, no trouble breathing, feeling ok", "not floppy, no rash, peeing
fine". Every sign named is denied, and the rest says the person is well; no list of whole answers
("hes fine", "nothing like that") can hold every such line. The rule, at a pick-any question about
now (lexicon `current: true`) with a none choice:

- the line is cut at commas, full stops, semicolons and "and";
- each part either denies signs (a word of denial, then only signs of the question's choices, read
  as denied by the matcher, and small words), or says all is well (words of `fine`, with what the
  person is doing: "eating fine"), or denies everything ("nothing else");
- at least one part denies a sign, and at least one says all is well or denies everything.

Then the answer is None. A part that says anything else ("stiff neck", "not drinking", "only a
small temperature yesterday"), a "but", a question mark, or a sign named without denial leaves the
line as it was read (asked): a sign is never explained away. Red-flag screening has run on the line
before any of this. Words in dialogues/all_clear.yaml.
"""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file
from .lexicon import Lexicon
from .matching import find_hits
from .reading import SURE, UNCLEAR, Reading
from .text import clean, parts_between, tokens

_CUTS = frozenset({",", ".", ";", "!", "and", "&", "-", "+", "/"})


@cache
def _words() -> dict:
    raw = read_words_file("all_clear.yaml")
    return {key: frozenset(str(w).lower() for w in raw.get(key) or ())
            for key in ("negations", "fillers", "fine", "doing", "nothing")}


def _parts(toks: list[str]) -> list[tuple[int, int]]:
    return parts_between(toks, _CUTS)


def all_clear(reading: Reading, line: str, spec, lex: Lexicon) -> Reading:
    """None, when every sign the line names is denied and the rest says all is well; else the reading."""
    none = spec.none_choice
    if not spec.multi or not none or not lex.state(spec.name).current or reading.certainty != UNCLEAR or reading.value \
            or reading.asked or reading.dont_know or "?" in line:
        return reading
    toks = tokens(clean(line))
    if "but" in toks or "though" in toks or "except" in toks:
        return reading
    hits = [h for h in find_hits(toks, spec, lex) if h.choice != none]
    if not hits or any(not h.negated for h in hits):
        return reading
    covered = {i for h in hits for i in range(h.start, h.end)}
    w = _words()
    denied = well = False
    for start, end in _parts(toks):
        part = list(range(start, end))
        words = [toks[i] for i in part]
        if any(i in covered for i in part):
            if words[0] not in w["negations"] and not (words[0] in w["fillers"] and w["negations"] & set(words[:3])):
                return reading
            if any(i not in covered and toks[i] not in w["negations"] | w["fillers"] for i in part):
                return reading
            denied = True
        elif set(words) <= w["nothing"] and "nothing" in words or set(words) <= {"none", "of", "those", "these", "them", "that"}:
            well = True
        elif set(words) <= w["fine"] | w["doing"] | w["fillers"] and set(words) & w["fine"]:
            well = True
        else:
            return reading
    if not (denied and well):
        return reading
    return Reading(SURE, [none])
