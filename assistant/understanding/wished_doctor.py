"""At the question that counts the doctors who gave an opinion, another doctor wished for is not one seen (whole
journeys, helper ut14): "I would like another doctor to look at me" was stored as two opinions. Said alone, the count
is the first doctor only, offered back for a Yes; with a count beside it ("we saw two and want another"), asked.
Words are data: dialogues/wished_doctor.yaml."""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import LIKELY, UNCLEAR, Reading
from .text import clean, tokens

_FILE = PhraseFile("wished_doctor.yaml")


def _wished(toks: list[str]) -> tuple[int, int] | None:
    """(start, end) of the first wish for another doctor: the wish, then within reach a word for another one."""
    reach, others = int(_FILE.data()["reach"]), _FILE.words("others")
    for start, end in sorted(spans(toks, _FILE.phrases("wishes"))):
        for k in range(end, min(len(toks), end + reach)):
            if toks[k] in others:
                return start, k + 1
            if toks[k] in (",", ".", ";", "but", "and"):
                break
    return None


def wished_doctor(reading: Reading, line: str, spec, lex) -> Reading | None:
    """A reading with a count of more than one that rests on a wish: the first doctor only offered back, or asked."""
    words = lex.state(spec.name)
    if not words.count or reading.certainty == UNCLEAR or reading.asked or reading.value in (None, words.count.get(1)):
        return None
    toks = tokens(clean(line))
    found = _wished(toks)
    if found is None:
        return None
    counted = [t for k, t in enumerate(toks) if not found[0] <= k < found[1]
               and (t.isdigit() or t in lex.numbers and t != "one" or t in ("both", "several", "many", "few", "couple"))]
    if counted:  # "we saw two and want another": how many so far is asked
        return Reading(UNCLEAR, unclear=clean(line), message="Another doctor's view is what this plan helps you get. "
                                                             "How many have given an opinion so far, counting the first?")
    return replace(reading, certainty=LIKELY, value=words.count[1], note="")
