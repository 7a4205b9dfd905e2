"""Clear picks, then a doubt about the rest of the list (lead, terminal walk of 2026-12-07).

At "A few more things can make a second opinion worth it. Do any of these fit?" a husband typed "she has diabetes and
thyroid. dont know about the others": 1 was kept and "dont know about the others" was asked about as if it were a
choice not understood; "1, not sure about the rest" lost the 1 (the whole line read as "I don't know"); "2 and 3,
unsure about the others" asked what was meant by "unsure about the others, 3 unsure", a quote the person never typed.
A pick-several question asks for what fits, so a doubt about the rest of the list is no pick and needs no question:
the part that says only that (dialogues/rest_unsure.yaml) is set aside and the rest of the line is read alone. When
that gives plain, sure picks, they are the answer; otherwise the line is read as before. At "Is any of this happening
right now?" too: "1, not sure about the others" had lost the 1 (a stroke's signs) to the reply for "I don't know";
the 1 now leads to the emergency advice, and "none" beside a doubt is never taken (it is asked, as before).
"""

from __future__ import annotations

from .phrase_files import PhraseFile, spans
from .reading import SURE, Reading
from .text import clean, parts_between, tokens

WORDS = PhraseFile("rest_unsure.yaml")


def _only_doubt_of_rest(toks: list[str]) -> bool:
    """The part says only that the rest is not known ("not sure about the rest", "the others idk")."""
    doubts, rest = spans(toks, WORDS.phrases("doubts")), spans(toks, WORDS.phrases("rest"))
    if not doubts or not rest:
        return False
    inside = {k for s, e in doubts + rest for k in range(s, e)}
    fill = WORDS.words("fillers")
    return all(k in inside or t in fill or not any(c.isalnum() for c in t) for k, t in enumerate(toks))


def rest_unsure(line: str, spec, read_rest) -> Reading | None:
    """The plain picks of a line whose last part doubts the rest of the list, or None."""
    if not spec.multi or spec.name.startswith("urgent"):
        return None
    toks = tokens(clean(line))
    parts = parts_between(toks, WORDS.words("cuts"))
    if len(parts) < 2:
        # one part: "1 and not sure about the rest", "2 3 idk the others": cut at the last join or number
        joins = WORDS.words("joins")
        at = max((k for k, t in enumerate(toks) if t in joins or t.isdigit()), default=None)
        if at is None or at == 0:
            return None
        head, tail = toks[: at + 1] if toks[at].isdigit() else toks[:at], toks[at + 1 :]
    else:
        start, end = parts[-1]
        head, tail = toks[:start], toks[start:end]
        if not _only_doubt_of_rest(tail) and len(parts) >= 3:  # "the rest, no idea": the rest and the doubt in two parts
            start = parts[-2][0]
            head, tail = toks[:start], toks[start:end]
    if not _only_doubt_of_rest(tail):
        return None
    joins = WORDS.words("joins") | WORDS.words("cuts")
    while head and head[-1] in joins:
        head = head[:-1]
    if not any(t.isalnum() for t in head):
        return None
    got = read_rest(" ".join(head))
    picks = got.value if isinstance(got.value, list) else None
    if got.certainty != SURE or got.asked or got.reply or got.add_question or got.unclear or not picks or spec.none_choice in picks:
        return None
    return Reading(SURE, picks, note=got.note)


__all__ = ["rest_unsure"]
