"""Numbers said as the answer, in a sentence of their own, beside words about it (helper 11b9, round 23).

"Several other problems, definitely: kidneys, diabetes, afib. That's #1." - "Major procedure, yes.
Several options, and no clear way to choose among them. 2 and 8." - "2, 5, 8 and 9. Especially 9."
The person told it in words and settled it in numbers. Before, the words were asked about ("What did
you mean by ...?") though they only said why. Now, at a pick-any question, when one sentence holds
only numbers (and a few words that go with them: "that's", "so", "especially"; data in
dialogues/settled_numbers.yaml), and every choice the whole line was read to name is among those
numbers, the line is read as the numbers alone. When the words name a choice the numbers do not
("the risks, and the cost. That's 5"), nothing changes: asked, as before.

A second reading (read.py's loop, through otherwise.py): tried only when the line as written was not
fully understood; never at the red-flag and urgent questions.
"""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file
from .text import clean, tokens

_ADDING = frozenset({"and", "also", "plus", "too", "additionally", "besides", "oh", "another", "but", "though", "except", "not"})
_SENTENCE = re.compile(r"(?<=[.!;:?])\s+|\s+[-\u2014\u2013]+\s+|\s*\u2014\s*")


@cache
def _with() -> tuple[tuple[str, ...], ...]:
    d = read_words_file("settled_numbers.yaml") or {}
    return tuple(sorted({tuple(str(w).split()) for w in d.get("with_numbers", ())}, key=len, reverse=True))


def _only_numbers(toks: list[str], count: int) -> list[int] | None:
    """The numbers of a sentence made of numbers and the words that go with them, or None."""
    numbers, i, words = [], 0, _with()
    while i < len(toks):
        t = toks[i]
        if t in (",", ".", "!", ";", ":", "?"):
            i += 1
            continue
        if t.isascii() and t.isdigit() and 1 <= int(t) <= count:
            numbers.append(int(t))
            i += 1
            continue
        n = next((len(w) for w in words if tuple(toks[i : i + len(w)]) == w), 0)
        if not n:
            return None
        i += n
    return numbers or None


def settled_numbers(line: str, spec, reading) -> str | None:
    """The numbers alone ("1, 4"), when a sentence of the line settles the picks in numbers; else None."""
    if not spec.multi or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return None
    if reading.certainty == "sure" or reading.asked:
        return None
    parts = [p for p in _SENTENCE.split(line.strip()) if p.strip()]
    if len(parts) < 2 or "?" in line:  # "1 and 4? or 3": a doubt, asked
        return None
    from .asking import has_phrase
    from .lexicon import default_lexicon

    lex = default_lexicon()
    toks = tokens(clean(line))
    if any(has_phrase(toks, h) for h in lex.hedges) or " or " in f" {' '.join(toks)} ":
        return None  # "maybe both", "not sure if they drew labs", "3 or 4": not settled
    count = len(spec.choices)
    said = [(p, _only_numbers(tokens(clean(p)), count)) for p in parts]
    for p, numbers in said:
        words = tokens(clean(p))
        if not numbers and (any(t.isdigit() or t in lex.numbers for t in words) or words[:1] and words[0] in _ADDING):
            return None  # "wait not 1", "those four", "And cost money big.", "also, one surgeon mentioned ...": more than a reason
    found = sorted((n for _, n in said if n), key=len, reverse=True)
    if not found or any(not set(n) <= set(found[0]) for n in found[1:]):  # "2, 5, 8 and 9. Especially 9": an echo
        return None
    ids = {spec.choices[n - 1].id for n in found[0]}
    named = set(reading.value) if isinstance(reading.value, list) else set()
    from .matching import find_hits

    told = {h.choice for p, n in said if not n for h in find_hits(tokens(clean(p)), spec, lex) if h.strength == 3 and not h.negated}
    if not told or not named <= ids or not told <= ids:
        return None  # words that name no choice are a remark (kept as the note elsewhere: "2 and 4. Fingers crossed.")
    return ", ".join(str(n) for n in dict.fromkeys(found[0]))
