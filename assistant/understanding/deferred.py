"""One choice now, another only maybe or only on a condition later: "compare first, then maybe a
third", "option 1 now. option 2 only if the comparison shows the diagnosis differs", "let's keep the
plan for now, perhaps a second opinion later". The first is what the person will do; the second is
deferred, so it is no second answer (the line is kept as the answer's note).

Only at a pick-one question, only with exactly two choices named in that order, the first marked as
now ("first", "now", "for now", "to start") and the second as deferred (a hedge before it: "maybe",
"perhaps", "possibly"; "only"; or a condition after it: "if ...", "if needed"). Both said plainly
("chemo first, then surgery", "chemo first, then surgery later": a plan in two steps) stays asked; so
does a hedge on the first ("maybe compare first?").
"""

from __future__ import annotations

from dataclasses import replace

from .lexicon import Lexicon
from .matching import find_hits
from .positions import find_positions
from .reading import SURE, Reading
from .text import clean, tokens

_NOW = (("first",), ("now",), ("for", "now"), ("to", "start"), ("to", "begin"), ("right", "now"), ("for", "the", "moment"))
_MAYBE = frozenset({"maybe", "perhaps", "possibly", "potentially", "might", "may"})
_LATER = frozenset({"later", "if", "unless", "eventually", "afterwards"})
_CONDITION = frozenset({"if", "unless"})  # "then surgery later" is a plan in two steps, asked; "surgery if it fails" is deferred
_DOUBT_FIRST = frozenset({"maybe", "perhaps", "possibly", "probably", "not", "dont", "either", "or", "?"})


def first_then_maybe(line: str, reading: Reading, spec, lex: Lexicon) -> Reading | None:
    """The choice said as now, when the other is only maybe or later; else None."""
    if spec.multi or spec.name.startswith(("urgent", "red_flags")):
        return None
    toks = tokens(clean(line))
    hits = [h for h in find_hits(toks, spec, lex) if not h.negated]
    taken = {i for h in hits for i in range(h.start, h.end)}
    ids = [c.id for c in spec.choices]
    numbers, _, bad = find_positions(toks, len(ids), len(ids), lex, taken, False)
    if bad:
        return None
    named = sorted([(h.start, h.end, h.choice) for h in hits if not set(toks[h.start : h.end]) <= _LATER | _MAYBE]
                   + [(at, at + 1, ids[n - 1]) for at, n in numbers])
    if len({c for _, _, c in named}) == 1:  # "keep the plan for now": one choice, said in one or more of its words
        return _now_then_later(line, toks, (named[0][0], max(e for _, e, _ in named), named[0][2]), hits, reading)
    if len({c for _, _, c in named}) < 2:
        return None
    first, second = named[0], next(n for n in named if n[2] != named[0][2])
    cond = next((k for k in range(second[1], len(toks)) if toks[k] in ("if", "unless")), len(toks))
    named = [n for n in named if n[0] < cond]  # "2 only if the comparison shows ...": the condition names nothing
    if len({c for _, _, c in named}) != 2:
        return None
    if any(c == first[2] for s, _, c in named if s > second[0]) or any(c == second[2] for s, _, c in named if s < second[0]):
        return None  # each said once, in this order
    between = toks[first[1] : second[0]]
    if toks[first[1] - 1] in ("first", "now"):  # "compare first": the choice's own words say it
        now_at = 0
    else:
        now_at = next((k for k in range(min(3, len(between))) for p in _NOW if tuple(between[k : k + len(p)]) == p), None)
    if now_at is None or _DOUBT_FIRST & set(toks[: first[0]] + between[:now_at]):
        return None
    before_second = between[-3:]
    after_second = toks[second[1] : second[1] + 4]
    if not (_MAYBE & set(before_second) or _CONDITION & set(after_second) or "only" in before_second):
        return None
    if reading.value is not None and reading.value != first[2]:
        return None
    return replace(Reading(SURE, first[2]), note=reading.note)


def _now_then_later(line: str, toks: list[str], said: tuple, hits, reading: Reading) -> Reading | None:
    """ "keep plan now. later maybe", "keep the plan for now, maybe later": one choice said as now,
    and only a bare "later" after it (no choice of its own: the whole question put off). The choice
    said as now is the answer; the "later" is kept in the line's note. A "later" said before the
    choice, or a choice not marked as now, is left as read (asked)."""
    start, end, choice = said
    # "now" within a few words of the choice ("for now" may be the choice's own words; "stay with my plan now")
    now = next((k + 1 for k in range(max(start, end - 2), min(end + 4, len(toks))) if toks[k] == "now"), None)
    if now is None:
        return None
    later = [h for h in hits if set(toks[h.start : h.end]) <= _LATER | _MAYBE and h.choice != choice]
    if not later or any(h.start < end for h in later) or _DOUBT_FIRST & set(toks[:start]) or "or" in toks:
        return None
    if not set(toks[now:]) <= _LATER | _MAYBE | {"now", "for", "right", ".", ",", "!", "-", "and", "then", "the", "moment", "but", "on"}:
        return None  # anything more than "now ... later" is read as it was
    if reading.value is not None and reading.value != choice:
        return None
    if reading.options and choice not in reading.options:
        return None
    return Reading(SURE, choice, note=line.strip())
