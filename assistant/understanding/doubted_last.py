"""One more choice (or more) named last with a doubt before it, beside plain picks (helper u22a).

"1, not sure about 2" at a pick-several question gave the reply for not knowing ("Pick only the ones you are sure
of") and lost the 1; at the records question it stored "Not sure" and asked about the rest. Now, when the line is
plain picks, a mark (or "but" / "and"), then a doubt lead and one choice (by number or in words, nothing else
but a few words of `after`), the picks are kept and the doubted part is asked about: hedge_offer.py names the choice
back ('You said "not sure about 2". Add "..." too?'), a yes adds it. The words are data: dialogues/doubted_last.yaml.

At the red-flag checks ("3, not sure about 5" gave the reply for not knowing and lost the 3) the sign said plainly is
kept and leads to the emergency advice at once, as counted_part.py does; never at the urgent checks; never when the plain
part holds a doubt, a "no" or a question of its own, and never when the doubted part names a choice already picked
("1 and 2, not sure about 2": left to the other readers).
"""

from __future__ import annotations

from .phrase_files import part_marks, phrases, spans
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens
from .doubted_sign import doubted_sign

FILE = "doubted_last.yaml"
_SKIP = ("urgent",)
_JOINS = ("but", "and", "though")


def _named(words: list[str], spec, read_part) -> list[str] | None:
    """The choices the doubted part names ("2", "the biopsy", "2 and 3"), or None."""
    if len(words) == 1 and words[0].isascii() and words[0].isdigit():
        k = int(words[0])
        return [spec.choices[k - 1].id] if 1 <= k <= len(spec.choices) else None
    if not words:
        return None
    got = read_part(" ".join(words))
    value = got.value if isinstance(got.value, list) else [got.value] if got.value else []
    if got.certainty != SURE or got.asked or got.dont_know or not value:
        return None
    return value


def doubted_last(line: str, spec, read_part) -> Reading | None:
    """The picks kept and the doubted last part asked about, or None when the line is not of this shape."""
    if not spec.multi or spec.name.startswith(_SKIP):
        return None
    toks = tokens(clean(line))
    words = phrases(FILE)
    marks = part_marks()
    leads = sorted(spans(toks, words["leads"]), key=lambda s: (s[0], -s[1]))
    for start, end in leads:
        cut = start
        while cut > 0 and (toks[cut - 1] in marks or toks[cut - 1] in _JOINS):
            cut -= 1
        if cut == start and start > 0 and toks[start - 1].isascii() and toks[start - 1].isdigit():
            pass  # "1, 3, 4 not sure about 5": a number ends the plain picks
        elif cut == start or cut == 0:
            continue  # a doubt that starts the line covers it all; a lead inside a part is no part of its own
        tail = toks[end:]
        while tail and tail[-1] in marks:
            tail = tail[:-1]
        afters = sorted(words["after"], key=len, reverse=True)
        trimmed = True
        while trimmed and tail:
            trimmed = False
            for a in afters:
                if len(tail) > len(a) and tuple(tail[-len(a):]) == a:
                    tail, trimmed = tail[: -len(a)], True
                    break
        while tail and (tail[0],) in words["before"] and len(tail) > 1:
            tail = tail[1:]
        if any(t in marks for t in tail):
            return None
        doubted = _named(tail, spec, read_part)
        if doubted is None or spec.none_choice in doubted:
            return None
        head = toks[:cut]
        if spans(head, words["leads"]) or "?" in head:
            return None
        plain = read_part(" ".join(head))
        picks = plain.value if isinstance(plain.value, list) else None
        if plain.certainty != SURE or plain.asked or plain.dont_know or not picks or spec.none_choice in picks \
                or set(doubted) & set(picks):
            return None
        if spec.name.startswith("red_flags"):  # the sign said plainly leads to the emergency advice at once (as counted_part.py)
            said = " ".join(toks[start:]).strip(" ,.;!")
            return Reading(SURE, [c.id for c in spec.choices if c.id in picks], note=plain.note,
                           reply=doubted_sign(said, [c for c in spec.choices if c.id in doubted]))
        said = " ".join(toks[start:]).strip(" ,.;!")
        return Reading(UNCLEAR, [c.id for c in spec.choices if c.id in picks], unclear=said, note=plain.note)
    return None


__all__ = ["doubted_last"]
