""""Some yes, some no" over the whole list at the SURE tests: asked which, never stored (helper u19a).

Rounds 31-32 had "some yes some no" and "no sé. some yes, some no" stored as "None of these", and "yes and no" was
stored as yes to none of the items: the person said some items hold, not which. At the questions of
dialogues/mixed_verdict.yaml a line with one of its `mixed` sayings, read with no item named (nothing, or only the
none choice), is asked: which ones hold. A line that names items keeps its own reading.
"""

from __future__ import annotations

from .phrase_files import PhraseFile, spans
from .reading import UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("mixed_verdict.yaml")
_PUNCT = {",", ".", ";", ":", "!", "?", "-", "/"}


def mixed_verdict(reading: Reading, line: str, spec) -> Reading:
    """The reading, or an asked one when the line says some hold and some do not and names none of them."""
    if spec.name not in WORDS.words("states") or reading.asked or reading.reply:
        return reading
    value = reading.value
    named = [v for v in (value if isinstance(value, list) else [value] if value else []) if v != spec.none_choice]
    if named:
        return reading
    toks = [t for t in tokens(clean(line)) if t not in _PUNCT]
    if not spans(toks, WORDS.phrases("mixed")):
        return reading
    return Reading(UNCLEAR, None, unclear=line.strip(), message=str(WORDS.data()["message"]), note=reading.note)  # a wish kept (wish_note)
