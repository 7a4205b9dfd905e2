"""A pick-several answer whose last part asks whether it counts (lead, walk of 2026-12-07).

"he has diabetes and kidney issues too, and the first doc is a cardiologist not a surgeon so idk if that counts" was
read as a question only: the reply said "Ask your doctor this - I added it to your questions", the whole line went on
the doctor's list, and "several other health problems", said plainly, was lost. Now, at a pick-several question, the
part that holds the "does that count" words (from the mark or join before them) is set apart and the rest is read:
- the rest gives plain picks and the part says nothing more than the doubt ("he has diabetes, not sure if that
  counts"): the picks are offered back for a Yes (the doubt is about them); in a list of several parts, the doubt is
  about the last part named ("X-rays for sure, visit notes, and the brace fitting notes? not sure if that counts"):
  the other parts' picks kept and that part asked about;
- the rest gives plain picks and the part tells something more ("the first doc is a cardiologist not a surgeon so idk
  if that counts"): the picks are kept and only that part is asked about, quoted;
- otherwise None: the line is a question, as before (second_thoughts.asks_if_it_counts).
The words are data: counts_asks in dialogues/second_thoughts.yaml; the joins and the words that say nothing more
(`counts_fillers`) beside them.
"""

from __future__ import annotations

from .phrase_files import PhraseFile, part_marks
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .second_thoughts_words import _find, words

_MARKS = part_marks("counted")  # dialogues/part_marks.yaml
_OWN = PhraseFile("counted_part.yaml")


def counted_part(toks: list[str], spec, read_rest) -> Reading | None:
    """The reading of a pick-several line with a "does that count" part, or None."""
    if not spec.multi or spec.name.startswith("urgent"):
        return None
    direct = spec.name in _OWN.words("direct_states")  # the red-flag checks: only a doubt about one part of several
    found = _find(toks, words()["counts_asks"])
    if not found:
        return None
    start, end = min(found)
    if "?" in toks[start:] or not any(tuple(toks[k : k + len(d)]) == d for d in words()["counts_doubts"] for k in range(max(0, start - 3), end)):
        return None  # "we have a CD of the scans, is that enough?", "he is a family doctor, does that count": a question, answered
    joins = {w[0] for w in words()["counts_joins"]}
    cut = max((k for k in range(start) if toks[k] in _MARKS), default=None)
    if cut is None:  # "he has diabetes so idk if that counts": no mark; the part starts at its join
        cut = max((k for k in range(start) if toks[k] in joins), default=None)
    if cut is None or cut == 0:
        return None
    after = next((k for k in range(end, len(toks)) if toks[k] in _MARKS), len(toks))
    if any(t.isalnum() for t in toks[after:]):
        return None  # more said after the doubt: left to the readers of a question
    rest = toks[:cut]
    while rest and (rest[-1] in joins or rest[-1] in _MARKS):
        rest = rest[:-1]
    if not any(t.isalnum() for t in rest):
        return None
    got = read_rest(" ".join(rest))
    picks = got.value if isinstance(got.value, list) else None
    if got.certainty != SURE or got.asked or not picks or spec.none_choice in picks:
        return None
    fillers = {w[0] for w in words()["counts_fillers"]} | joins
    part = [t for k, t in enumerate(toks[cut:after], cut) if not start <= k < end and t not in _MARKS]
    if all(t in fillers for t in part):
        last = _last_part(rest, joins)
        if last is not None:  # "X-rays for sure, visit notes, and the brace fitting notes? not sure if that counts"
            head_end, last = last
            head = read_rest(" ".join(rest[:head_end]))
            kept = head.value if isinstance(head.value, list) and head.certainty == SURE and not head.asked else None
            if kept and spec.none_choice not in kept:
                said = " ".join(t for t in rest[last:] + toks[cut:after] if t not in _MARKS)
                if not direct:  # the doubt is about the part just named
                    return Reading(UNCLEAR, kept, unclear=said.strip(), note=got.note)
                doubted = [v for v in picks if v not in kept]  # "3, 5, not sure if that counts"
                if doubted:  # the sign said plainly leads to the emergency advice at once (review rv28: never a turn later)
                    from .doubted_sign import doubted_sign  # named back beside the advice (helper u23b)

                    return Reading(SURE, kept, note=got.note, reply=doubted_sign(said, [c for c in spec.choices if c.id in doubted]))
        if direct:
            return None  # one sign with the doubt: its own reply (the direct check)
        return Reading(LIKELY, picks, note=got.note)  # the doubt is about the picks themselves: offered back
    said = " ".join(t for t in toks[cut:after] if t not in _MARKS or t in ("-", "/"))
    while said.split()[:1] and said.split()[0] in joins:
        said = " ".join(said.split()[1:])
    if direct:
        return None  # a doubt that tells more, at the red-flag checks: read as before
    return Reading(UNCLEAR, picks, unclear=said, note=got.note)


def _last_part(rest: list[str], joins: set[str]) -> tuple[int, int] | None:
    """Where the parts before the last end and the last starts, in a list of parts set apart by marks ("..., and the
    brace fitting notes"), or None
    for one part ("a touch of arthritis and a heart rhythm problem": one thing told, the doubt about all of it)."""
    cut = max((k for k, t in enumerate(rest) if t in _MARKS), default=None)
    if cut is None or cut == 0:
        return None
    start = cut + 1
    while start < len(rest) and (rest[start] in joins or rest[start] in _MARKS):
        start += 1
    return (cut, start) if start < len(rest) and any(t.isalnum() for t in rest[:cut]) else None
