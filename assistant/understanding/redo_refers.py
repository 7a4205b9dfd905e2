""""Redo it" said of the thing the line names, at the comparison's "Is any of this true?" (helper u20a).

The scan choice's label ends "or a doctor asked to redo it", so "redo", "repeat" picked the scan even in "the biopsy
was not clear, doctor ask to repeat": the biopsy and the scans were stored. When the choice (dialogues/
redo_refers.yaml's `choice`) stands beside the one it may belong to (`with`), and the line has a word of `redo` and no
word that names a scan (`own`), the redo is of that other thing and the scan choice is taken out.
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import Reading
from .text import clean, tokens

WORDS = PhraseFile("redo_refers.yaml")


def redo_refers(reading: Reading, line: str, spec) -> Reading:
    rule = (WORDS.data()["states"] or {}).get(spec.name)
    if not rule or not isinstance(reading.value, list):
        return reading
    choice, other = str(rule["choice"]), str(rule["with"])
    if not {choice, other} <= set(reading.value):
        return reading
    toks = tokens(clean(line))
    if not spans(toks, WORDS.phrases("redo")) or spans(toks, WORDS.phrases("own")):
        return reading
    return replace(reading, value=[v for v in reading.value if v != choice])
