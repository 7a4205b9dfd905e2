"""At a question that asks how many doctors: a count read from the whole line that its own parts
do not bear out (issue 11: never a silent misread).

- "like 5 hematologists over the years but on the transplant? just the one": the part before
  "but" and the part after it, each read alone, give two different counts; both are offered;
- "Only the first doctor, the surgeon.": the line opens with "only"/"just" and a count, and the
  whole line reads more (the name after the comma is the same doctor, not one more); both are
  offered;
- "Just the ENT, although our pediatrician said surgery sounds reasonable": a part said as a
  concession names another doctor who gave a view; whether that counts is the person's call, so
  the count is offered back;
- "Two and a half.", "2.5 really", "three-ish": a count between two whole counts (a doctor seen once,
  a doctor who half counts); when the counts on either side are different choices, both are offered;
- "just the ent so far, the pediatrician is the one who sent us to him": a clause telling of a doctor who only sent
  the person on (count_referred.yaml) is no opinion; the rest of the line, read alone, gives the count, and the
  clause is kept as the note.
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import capital_first, parts_between
from .asking import has_phrase

REFERRED = PhraseFile("count_referred.yaml")

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
    if (referred := _without_referral(toks, whole, read_part)) is not None:
        return referred
    between = _between(toks, lex)
    if between is not None:
        counts = lex.state(spec.name).count
        top = max(counts)
        low, high = counts.get(min(between, top)), counts.get(min(between + 1, top))
        if low and high and low != high:
            return Reading(UNCLEAR, options=(low, high), unclear=" ".join(toks))
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


def _without_referral(toks: list[str], whole: str, read_part) -> Reading | None:
    """The count of the line without its clauses about a doctor who only sent the person on; None when there is no
    such clause, or the rest gives no sure count of its own, or the same count."""
    clauses = [toks[start:end] for start, end in parts_between(toks, _CUTS)]
    sent = [c for c in clauses if any(has_phrase(c, p) for p in REFERRED.phrases("referred"))]
    rest = [c for c in clauses if c not in sent]
    if not sent or not rest:
        return None
    count = _sure_count(read_part(" , ".join(" ".join(c) for c in rest)))
    counts = ("zero", "one_more", "three_plus")
    if count is None or count == whole or (count in counts and whole in counts and counts.index(count) > counts.index(whole)):
        return None  # a referral only ever takes a doctor away ("the cardiologist" alone may read more: review, s32)
    note = " ".join(" ".join(c) for c in sent)
    return Reading(SURE, count, note=capital_first(note))


_HALF = (("and", "a", "half"), ("and", "half"), ("and", "a", "bit"), ("point", "5"), ("point", "five"), ("ish",), ("-", "ish"))


def _between(toks: list[str], lex) -> int | None:
    """The whole count below a count said between two ("two and a half", "2.5", "2ish"); None otherwise."""
    from .counting import _number

    for k, t in enumerate(toks):
        n = _number(t, lex)
        if n is None and t.endswith("ish") and len(t) > 3:
            n = _number(t[:-3], lex)
            if n is not None and 0 < n < 20:
                return n
        if n is None or not 0 < n < 20:
            continue
        if any(tuple(toks[k + 1 : k + 1 + len(h)]) == h for h in _HALF):
            return n
        if toks[k + 1 : k + 2] == ["."] and toks[k + 2 : k + 3] == ["5"]:
            return n
    return None
