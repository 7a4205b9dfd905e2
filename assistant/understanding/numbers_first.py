"""Picks given by number first, then a remark that names nothing new: "1 through 4. Miracles
happen.", "2, 8. Total vs lobectomy, both reasonable per guidelines.", "3 and 5. The MRI was
'inconclusive' and the second doctor never got my op notes."

At a pick-any question, a person who answers with numbers has answered; a sentence after them says
why, or only comments. The reader used to ask about that sentence ("What did you mean by 'miracles
happen'?") although the numbers were plain. The rule: the line's first sentence (up to a full stop,
colon, semicolon or "!") is only choice numbers (digits, words or a range, "1 through 4", joined by
commas or "and"); every later sentence names no choice other than those numbered (its words may
explain a numbered one: "the MRI" beside "3" for scans), gives no number that could be a pick, adds
nothing ("also", "too", "another", "and ..."), asks nothing and doubts nothing. Then the numbers are
stored and the rest is kept as the note. Anything else leaves the line as read: the picks kept, the
rest asked about. Never at the red-flag and urgent questions.
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import Lexicon
from .matching import find_hits
from .positions import find_positions
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

_STOPS = frozenset({".", ":", ";", "!"})
_JOINS = frozenset({",", "and", "&", "+"})
_ADDING = frozenset({"also", "too", "plus", "another", "add", "additionally", "besides", "more", "other", "others", "else", "rest",
                     "except", "not", "no", "none", "maybe", "perhaps", "probably", "might", "unsure", "idk", "or", "if", "but",
                     "wait", "actually", "sorry", "hold", "first", "second", "third", "last", "one", "two", "three", "four", "five",
                     "six", "seven", "eight", "nine", "ten", "all", "both", "either", "neither"})
_UNITS = frozenset("min mins minute minutes hr hrs hour hours day days week weeks wk wks month months year years yr yrs times x percent page pages".split())


def numbers_then_remark(reading: Reading, line: str, spec, lex: Lexicon) -> Reading:
    if not spec.multi or reading.certainty != UNCLEAR or not isinstance(reading.value, list) or not reading.value \
            or reading.asked or reading.dont_know or "?" in line or spec.name.startswith(("red_flags", "urgent")):
        return reading
    raw = line.lower()
    toks = tokens(clean(line))
    stop = next((k for k, t in enumerate(toks) if t in _STOPS), None)
    if stop is None or stop == 0 or stop == len(toks) - 1:
        return reading
    head, rest = toks[:stop], toks[stop + 1 :]
    numbers, used, bad = find_positions(head, len(spec.choices), len(spec.choices), lex, set(), True)
    if bad or not numbers or any(k not in used and t not in _JOINS for k, t in enumerate(head)):
        return reading  # the first sentence is only numbers
    ids = {spec.choices[n - 1].id for _, n in numbers}
    if spec.none_choice in ids or set(reading.value) != ids:
        return reading
    if _ADDING & set(rest) or rest[:1] == ["and"]:
        return reading
    for k, t in enumerate(rest):  # "doctor #2", "a 14-page letter", "for 4 min": a label or an amount, not a pick
        if t.isdigit() and not (k + 1 < len(rest) and rest[k + 1] in _UNITS) and f"#{t}" not in raw:
            return reading
    hits = find_hits(rest, spec, lex)
    if any(h.negated or h.choice not in ids for h in hits):
        return reading
    from .positions import find_positions as again

    more, _, _ = again(rest, len(spec.choices), len(spec.choices), lex, {i for h in hits for i in range(h.start, h.end)}, True)
    if more:
        return reading
    cut = min((line.find(m) for m in ".:;!" if m in line), default=-1)
    note = line[cut + 1 :].strip() if cut >= 0 else ""
    return replace(reading, certainty=SURE, unclear="", message="", note=reading.note or note or line.strip(), options=())
