"""Lines that say two things at once, asked about and never stored as one of them (round 6).

"what does SURE stand for": a question about a word, even when the word names a choice.
"kinda all and kinda none", "a bit of everything": every choice and none, or every choice with a
hedge, is no answer to store.
"I have insurance but they said it depends", "she says no but she looks pale", "sure about the
diagnosis, not about the treatment": an answer turned by what follows it.
"between 1 and 2", "about 80% sure": between two choices, or a degree the choices only bracket.
"""

from __future__ import annotations

import re

from .asking import has_phrase
from .lexicon import Lexicon
from .matching import Hit

_MARKS = ("?", "!", ".", ",")


def question_frame(toks: list[str], lex: Lexicon) -> bool:
    """The line begins like a question about a word or a cost ("what is a tumor board")."""
    core = [t for t in toks if t not in _MARKS]
    return len(core) >= 3 and any(len(core) > len(f) and tuple(core[: len(f)]) == f for f in lex.question_frames)


_ALL = ("all", "everything", "every")
_NONE = ("none", "nothing", "neither")
# A hedge right before "all"/"everything" ("kind of everything", "a bit of everything").
_VAGUE = (("kind", "of"), ("sort", "of"), ("kinda",), ("sorta",), ("a", "bit", "of"), ("bit", "of"), ("a", "little", "of"),
          ("little", "of"), ("some", "of"), ("maybe",), ("almost",), ("mostly",), ("like",))


def all_and_none(toks: list[str]) -> bool:
    """ "kinda all and kinda none", "everything and nothing": both ends at once, joined by "and"/"or"
    ("none, same everything" is "none" with a reason)."""
    alls = [i for i, t in enumerate(toks) if t in _ALL and not (i > 0 and toks[i - 1] in ("at", "not"))]
    nones = [i for i, t in enumerate(toks) if t in _NONE]
    return any(0 < abs(i - j) <= 3 and any(t in ("and", "or", "but") for t in toks[min(i, j) + 1 : max(i, j)])
               for i in alls for j in nones)


def vague_all(toks: list[str]) -> bool:
    """ "kind of everything", "a bit of all of them": a hedge on "all", not every choice."""
    for i, t in enumerate(toks):
        if t in _ALL:
            if any(i >= len(v) and tuple(toks[i - len(v) : i]) == v for v in _VAGUE):
                return True
    return False


def turned(toks: list[str], first: Hit, lex: Lexicon) -> bool:
    """After the pick, "but" and words that turn it ("but they said it depends", "but i dont think
    it changes anything", "but she looks pale"), or a clause "not about ..." after a comma."""
    part = toks[first.end : first.end + 1] in (["about"], ["of"])  # "sure about the surgery": said of one part
    for i in range(first.end, len(toks)):
        if part and toks[i] in ("but", ",", ";", "-") and "not" in toks[i + 1 : i + 3]:
            return True  # "... but not the timing": not said of the rest; asked
        if toks[i] == "but":
            end = next((k for k in range(i + 1, len(toks)) if toks[k] in (".", ";", "!", "?", "but")), len(toks))
            if any(has_phrase(toks[i + 1 : end], p) for p in lex.turns):
                return True
        if toks[i] in (",", ";", "-") and toks[i + 1 : i + 2] == ["not"]:
            if any(tuple(toks[i + 1 : i + 1 + len(p)]) == p for p in lex.turns):
                return True
    return False


def between_numbers(toks: list[str]) -> bool:
    """ "between 1 and 2", "somewhere between the first and second": a wish between two choices."""
    for i, t in enumerate(toks):
        if t == "between" and "and" in toks[i + 2 : i + 5]:
            if _DECIDING & set(toks[max(0, i - 3) : i]) and not _PLACES & set(toks[i + 1 : i + 6]) \
                    and not any(w.isdigit() for w in toks[i + 1 : i + 6]):
                continue  # "they asked us to decide between dialysis and a transplant": the decision faced, not a middle choice
            return True
    return False


# Before "between": the person's own medical decision is told ("choose between chemo and surgery"),
# unless what stands either side of "and" is a place in the list ("torn between 1 and 2").
_DECIDING = frozenset("decide deciding decision choose choosing choice pick picking torn stuck weigh weighing".split())
_PLACES = frozenset("first second third fourth fifth sixth seventh last one two three four five six seven option options number".split())


_DEGREE = ("sure", "certain", "confident", "likely", "sureish")


def percent(toks: list[str]) -> bool:
    """ "about 80% sure": a degree in numbers, which "very" or "fairly" only brackets; asked.
    ("they pay 80%" is an amount, not a degree.)"""
    for i, t in enumerate(toks):
        number = t[:-1] if t.endswith("%") else t
        if not (number.isascii() and number.isdigit()) or int(number) >= 100:  # "²" is a digit to isdigit
            continue
        if t.endswith("%") or toks[i + 1 : i + 2] in (["%"], ["percent"], ["pct"]):
            if any(w in _DEGREE for w in toks[max(0, i - 3) : i + 4]):
                return True
    return False


_IN_TIME = {("in", "the", "middle"), ("halfway",), ("half", "way"), ("somewhere", "in", "the", "middle")}


def between_said(toks: list[str], lex) -> bool:
    """A wish for a middle way ("something in between", "a bit of both"); not a place in time:
    "I'm in the middle of chemo", "halfway through the course"."""
    for phrase in lex.between:
        n = len(phrase)
        for i in range(len(toks) - n + 1):
            if tuple(toks[i : i + n]) == phrase and not (phrase in _IN_TIME and toks[i + n : i + n + 1] in (["of"], ["through"], ["thru"])):
                return True
    return False


_WHETHER_OR_NO = re.compile(r"\b(whether|if)\b([^,.;!?]*?)\bor\s+no\b(?=\s*(?:[,.;!?]|$))", re.IGNORECASE)


def whether_or_not(line: str) -> str | None:
    """ "whether to do it or no": the "or no" of a question said as a clause is "or not", never the
    answer "no" (or "none"); None when the line has no such clause."""
    out = _WHETHER_OR_NO.sub(lambda m: f"{m.group(1)}{m.group(2)}or not", line)
    return out if out != line else None


_TAG_NO = re.compile(r"^(?P<said>.*\b(?:is|are|was|were|has|have|having|had|does|do|did)\b[^,.;!?]*?\w)\s+no\s*\??\s*$", re.IGNORECASE)
# With a comma, only asked ("cancer has many types, no?"): a "no" said after a comma without the "?" may be an answer.
_TAG_NO_ASKED = re.compile(r"^(?P<said>.*\b(?:is|are|was|were|has|have|having|had|does|do|did)\b[^,.;!?]*?\w)\s*,\s*no\s*\?+\s*$", re.IGNORECASE)


def without_tag_no(line: str) -> str | None:
    """ "cancer is having many types no": a "no" closing a statement, with no mark before it, asks
    for agreement (a tag, as Spanish and Indian English say it); left out, never read as "none"."""
    found = _TAG_NO.match(line.strip()) or _TAG_NO_ASKED.match(line.strip())
    return found.group("said") if found else None
