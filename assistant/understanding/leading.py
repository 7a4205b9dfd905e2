"""A short answer said first, and a remark after it: "Me. Always me.", "me, im the one with crohns",
"opt 1. cost is fine, ins covers", "months - the cyst is not going anywhere".

At a pick-one question, when the whole line was not understood, its first part (up to the first
full stop, comma, semicolon, bracket, dash or new line) is read alone. It is taken when it is a
short answer understood for sure and the rest, read alone, names no other answer, asks nothing
and holds no turn or doubt ("but", "not", "maybe", "actually" ...): the rest is kept as a note.
When the rest holds a doubt, the first part is only offered for a Yes (never stored unasked).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

_SPLIT = re.compile(r"\s*([^.,;:!?()\[\]\n]+?)\s*(?:[.,;:!(\[\n]|\s[-–—]\s)\s*(.+)$", re.S)
_WRITTEN_DATE = re.compile(r"\s*[0-9]{1,2}[./-][0-9]{1,2}[./-][0-9]{2,4}\b")
_HEAD_WORDS = 4  # "opt 1", "me", "yes po", "2 for sure": an answer, not a sentence
# Words in the rest that turn or doubt the first part: then it is offered, not stored.
_DOUBT = frozenset("""not no nope nah never dont doesnt didnt isnt wasnt cant cannot wont but however though although except unless
if or maybe perhaps probably possibly might may could guess think unsure wait actually instead rather sorry mean meant either
neither idk dunno unclear depends""".split())
_HEDGED = frozenset("maybe perhaps probably possibly might guess think unsure either or first initially before".split())  # "sure at first, ..."
# A first part that says no to something ("its not chest pain, its my back"): what the rest says instead decides; offered only.
_NEGATED = frozenset("not no isnt wasnt dont doesnt didnt never".split())
# Then what comes later changes it ("..., then less sure", "..., now its worse").
_TURNS = frozenset("then later now anymore less changed until since".split())
# Or the rest is an answer of its own not understood ("..., I want something in between"): asked, as before.
_OWN = frozenset("between something instead".split())
# ... or a wish of the speaker's own ("..., I want something in between"); another's wish ("..., the urologist wants to
# remove it", "..., they want to operate") is a remark (a lead's walk, 2026-12-07: "me, 34M, ... urologist wants to
# remove it friday" was asked again).
_WISH = frozenset("want wants wanted wish prefer choose pick".split())
_SPEAKER = frozenset("i we id wed ill im".split())


def _own_wish(rest_toks: list[str]) -> bool:
    return any(t in _WISH and (k == 0 or rest_toks[k - 1] in _SPEAKER or k >= 2 and rest_toks[k - 2] in _SPEAKER)
               for k, t in enumerate(rest_toks))


def answer_first(line: str, reading: Reading, read_part) -> Reading | None:
    """The first part's reading, with the rest as a note; or None. `read_part(text)` reads text
    at the same question."""
    if reading.certainty != UNCLEAR or reading.asked or reading.dont_know or reading.value is not None:
        return None
    found = _SPLIT.match(line or "")
    if not found or _WRITTEN_DATE.match(line):
        return None  # "01.11.2026": a date, not an answer "01" and a remark
    head, rest = found.group(1), found.group(2).strip(" )]-–—.,;:!")
    head_toks = [t for t in tokens(head) if t.isalnum()]
    rest_toks = [t for t in tokens(rest) if t.isalnum()]
    if not head_toks or len(head_toks) > _HEAD_WORDS or not rest_toks:
        return None
    if _HEDGED & set(head_toks):
        return None  # "he say maybe, ...": a hedged first part is no answer said first
    first = read_part(head)
    if first.certainty != SURE or first.value is None or isinstance(first.value, list) or first.asked:
        return None
    then = read_part(rest)
    if then.asked or then.dont_know or then.options or (then.value is not None and then.value != first.value and then.certainty == SURE):
        return None  # the rest asks, does not know, or names another answer: as it was
    if then.value is not None and then.value != first.value:
        # "me, the doctor wants surgery": the rest only looks like another answer (offered from a word or two in common);
        # the answer said first is offered back, never stored silently
        return replace(first, certainty=LIKELY, note=first.note or clean(rest))
    note = first.note or clean(rest)
    if then.value == first.value:
        return replace(first, note=note)  # "no clue, nobody told us anything": both parts say it
    if (_TURNS | _OWN) & set(rest_toks) or _own_wish(rest_toks):
        return None
    if _DOUBT & set(rest_toks) or _NEGATED & set(head_toks):
        return replace(first, certainty=LIKELY, note=note)
    return replace(first, note=note)
