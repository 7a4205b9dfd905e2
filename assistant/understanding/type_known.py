"""The type said to be known, at "Which of these best describes the situation?" (helper u20a).

Choice 2 there is "A serious new diagnosis, and the exact type is not clear". "A new diagnosis of early prostate
cancer. The type is known to us: ..." was stored as that choice, though the line denies the half that makes it so.
A phrase of dialogues/type_known.yaml's `known` takes the choice out of the reading: when it was the whole reading,
the line is asked; when other choices were read beside it, they are kept (with the yaml's `also` taken out too, as
"the type is clear" gave its "clear"), and one left alone is the answer.
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("type_known.yaml")


def type_known(reading: Reading, line: str, spec) -> Reading:
    rule = (WORDS.data()["states"] or {}).get(spec.name)
    if not rule:
        return reading
    toks, denied = tokens(clean(line)), WORDS.words("denied")
    if not [a for a, _ in spans(toks, WORDS.phrases("known")) if not denied & set(toks[max(0, a - 2) : a])]:
        return reading
    choice, also = str(rule["choice"]), str(rule["also"])
    if reading.value == choice:
        number = next((i + 1 for i, c in enumerate(spec.choices) if c.id == choice), 0)
        return Reading(UNCLEAR, None, message=str(WORDS.data()["message"]).format(number=number))
    if reading.value is None and choice in reading.options:
        left = tuple(o for o in reading.options if o not in (choice, also))
        if len(left) == 1:
            return replace(reading, certainty=SURE, value=left[0], options=(), unclear="", message="")
        if left:
            return replace(reading, options=left)
    return reading
