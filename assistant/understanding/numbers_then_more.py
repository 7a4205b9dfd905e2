"""Picks given by number first, then a sentence whose words name another choice (helper u20b).

"2, 3, 8. Bypass is major, stroke risk about 1-2 percent, and two valid options with no clear winner." was stored
with a fourth sign the numbers did not give, read from the words that explain them. A person who answers with
numbers has answered; a later sentence that names another choice is either one more pick or a word of the
explanation, and only the person knows which. The numbers are kept and that sentence is asked about, quoted;
nothing is added silently. Only when the line's first sentence (up to a full stop, colon, semicolon or "!") is
only choice numbers; sentences that name only numbered choices stay as the note (numbers_first.py). Never at the
red-flag and urgent questions, nor at the list of questions (a question added there is the person's own).
"""

from __future__ import annotations

import re

from .matching import find_hits
from .positions import find_positions
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

_SENTENCE = re.compile(r"[^.:;!]+[.:;!]*")
_JOINS = frozenset({",", "and", "&", "+", "n"})
_SKIP = ("red_flags", "urgent", "questions")


_UNITS = frozenset("percent % pct mm cm kg lb lbs min mins minutes hr hrs hours day days week weeks month months year years yr yrs times x".split())


def _amount(toks: list[str], number: str) -> bool:
    """The number counts or measures something ("1-2 percent", "6 mm", "3 weeks"), up to two words before its unit."""
    for k, t in enumerate(toks):
        if t == number and any(u in _UNITS for u in toks[k + 1 : k + 4]):
            return True
    return False


def numbers_then_more(reading: Reading, line: str, spec, lex) -> Reading:
    if not spec.multi or spec.name.startswith(_SKIP) or reading.certainty != SURE or not isinstance(reading.value, list) \
            or reading.asked or reading.add_question or spec.none_choice in reading.value:
        return reading
    sentences = [s.strip() for s in _SENTENCE.findall(line) if s.strip(" .:;!")]
    if len(sentences) < 2:
        return reading
    head = tokens(clean(sentences[0]))
    head = [t for t in head if t not in (".", ":", ";", "!")]
    numbers, used, bad = find_positions(head, len(spec.choices), len(spec.choices), lex, set(), True)
    if bad or not numbers or any(k not in used and t not in _JOINS for k, t in enumerate(head)):
        return reading  # the first sentence is not only numbers
    given = [spec.choices[n - 1].id for _, n in numbers]
    if spec.none_choice in given or not set(given) < set(reading.value):
        return reading  # nothing added beyond the numbers
    extra = set(reading.value) - set(given)
    asked = []
    for sentence in sentences[1:]:
        toks = tokens(clean(sentence))
        named = {h.choice for h in find_hits(toks, spec, lex) if not h.negated}
        placed, _, _ = find_positions(toks, len(spec.choices), len(spec.choices), lex, set(), True)
        if any(t.isascii() and t.isdigit() and 1 <= int(t) <= len(spec.choices) and not _amount(toks, t) for t in toks):
            return reading  # "And 10, for peace of mind", "Also 3, it is open heart": one more pick given by its number
        named |= {spec.choices[n - 1].id for _, n in placed}  # "stroke risk about 1-2 percent": an amount read as a pick
        if toks[:1] in (["and"], ["also"], ["plus"], ["&"], ["n"]) and len(sentence.split()) <= 8:
            continue  # "6. and i dont feel heard": one more pick, added (user trial 7's held answer)
        if named & extra:
            asked.append(sentence.strip(" .:;!"))
    if not asked:
        return reading  # the added pick came from elsewhere (a word in the numbers' own sentence): as read
    return Reading(UNCLEAR, list(dict.fromkeys(given)), unclear="; ".join(asked), note=reading.note)


__all__ = ["numbers_then_more"]
