"""At a question that asks how many doctors: a count read from the whole line that its own parts
do not bear out (issue 11: never a silent misread).

- "like 5 hematologists over the years but on the transplant? just the one": the part before
  "but" and the part after it, each read alone, give two different counts; both are offered;
- "Only the first doctor, the surgeon.": the line opens with "only"/"just" and a count, and the
  whole line reads more (the name after the comma is the same doctor, not one more); both are
  offered;
- "Just the ENT, although our pediatrician said surgery sounds reasonable": a part said as a
  concession names another doctor who gave a view; whether that counts is the person's call, so
  the count is offered back.
"""

from __future__ import annotations

from dataclasses import replace

from .reading import LIKELY, SURE, UNCLEAR, Reading

_CONTRAST = frozenset({"but", "although", "though", "however"})
_CUTS = frozenset({",", ".", ";", "!", "?", "-"})
_ONLY = frozenset({"only", "just"})
_KIN = frozenset("pediatrician paediatrician ent gp".split())
_SAID = frozenset("said says thinks thought agreed agrees recommended suggested felt feels reckons".split())


def _sure_count(got: Reading, likely: bool = False) -> str | None:
    ok = got.certainty == SURE or (likely and got.certainty == LIKELY)
    return got.value if ok and isinstance(got.value, str) and not got.asked else None


def count_parts(reading: Reading, toks: list[str], spec, lex, read_part) -> Reading | None:
    if spec.multi or not lex.state(spec.name).count or not isinstance(reading.value, str):
        return None
    whole = reading.value
    for k, t in enumerate(toks):
        if t in _CONTRAST and 0 < k < len(toks) - 2:
            before, after = toks[:k], toks[k + 1 :]
            a, b = _sure_count(read_part(" ".join(before))), _sure_count(read_part(" ".join(after)))
            cut = max([i + 1 for i, w in enumerate(after) if w in _CUTS and i + 1 < len(after)] + [0])
            if b is None and cut:  # "but on the transplant? just the one": the count after the last break
                b = _sure_count(read_part(" ".join(after[cut:])), likely=True)
            if a and b and a != b:
                return Reading(UNCLEAR, options=(a, b), unclear=" ".join(toks))
            if t != "but" and any(w in lex.doctors or w.rstrip("s") in lex.doctors or w in _KIN for w in after) and _SAID & set(after):
                return replace(reading, certainty=LIKELY)
    if toks[:1] and toks[0] in _ONLY and "," in toks:
        head = toks[: toks.index(",")]
        first = _sure_count(read_part(" ".join(head)))
        if first and first != whole:
            return Reading(UNCLEAR, options=(first, whole), unclear=" ".join(toks))
    return None
