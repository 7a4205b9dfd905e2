"""An item said not to hold yet, beside items said plainly, at the SURE tests (helper u20b).

"2,3,4. Not yet 1.", "Support and values yes, sure-ness still no", "Values and support, yes. 'Sure' is a strong word.",
"... and I know what matters to my father. Support, less so.", "sure + support, still fuzzy on what I value more":
the whole line was stored with the item the person said does not hold, or asked as a whole ("You typed 'none', and
also words that fit ..."). The line is cut into its parts (dialogues/not_yet_item.yaml `cuts`); a part that names an
item with a not-yet word (`not_yet`), or with a negation the reader finds, says no to that item; a part made only of a
`bare` word says no to the item of the part just before it ("Sure? No, not yet."); every other part must read alone as
plain picks. Then the plain picks are stored without the items said not to hold. Nothing changes when a part reads as
anything else (a story, a doubt, a question: the line's own reading stands), when an item is said both ways, or when
no plain pick is left.
"""

from __future__ import annotations

import re

from .doubt_words import doubt_words
from .matching import find_hits
from .phrase_files import PhraseFile, spans
from .reading import SURE, Reading
from .text import clean, tokens

WORDS = PhraseFile("not_yet_item.yaml")


def _cut(line: str) -> list[str]:
    marks = [re.escape(c) for c in WORDS.words("cuts") if not c.isalpha()]
    joins = [rf"\b{re.escape(c)}\b" for c in WORDS.words("cuts") if c.isalpha()]
    return [p.strip() for p in re.split("|".join(sorted(marks, key=len, reverse=True) + joins), line, flags=re.IGNORECASE) if p.strip()]


def _only(toks: list[str], key: str) -> bool:
    """The part is made only of `key` phrases and fillers."""
    fill = WORDS.words("fillers")
    said = spans(toks, WORDS.phrases(key))
    inside = {k for s, e in said for k in range(s, e)}
    return bool(said) and all(k in inside or t in fill or not any(ch.isalnum() for ch in t) for k, t in enumerate(toks))


def _named(toks: list[str], spec, lex) -> tuple[set[str], bool]:
    """The items a part names (words or numbers), and whether it says they do not hold yet."""
    hits = [h for h in find_hits(toks, spec, lex) if h.choice != spec.none_choice]
    named = {h.choice for h in hits}
    for t in toks:
        if t.isascii() and t.isdigit() and 1 <= int(t) <= len(spec.choices) and spec.choices[int(t) - 1].id != spec.none_choice:
            named.add(spec.choices[int(t) - 1].id)
    negated = bool(hits) and all(h.negated for h in hits) and bool(WORDS.words("negations") & set(toks))
    not_yet = bool(spans(toks, WORDS.phrases("not_yet"))) or negated
    sure = WORDS.data()["sure"]
    if not_yet and not named and not WORDS.words("rest") & set(toks) and {str(w) for w in sure["words"]} & set(toks):
        named = {str(sure["choice"])}  # "sure-ness still no", "Certainty pending the MRI", "not sure yet tho"
    return named, not_yet


def _asks_after(toks: list[str]) -> bool:
    """ "not sure what that means", "not sure if that counts": a doubt about what is meant, not a no."""
    after = WORDS.words("asks_after")
    return any(e < len(toks) and toks[e] in after for s, e in spans(toks, WORDS.phrases("unsure")))


def _sure_of_something(toks: list[str]) -> bool:
    """ "I am sure I want to dance again": sure of something said after it, not the item."""
    return any(t == "sure" and k + 1 < len(toks) and toks[k + 1] in WORDS.words("sure_of") for k, t in enumerate(toks))


def not_yet_item(reading: Reading, line: str, spec, lex, read_part) -> Reading:
    """The plain picks without the items said not to hold yet, or the reading as it was."""
    if spec.name not in WORDS.words("states") or reading.asked or reading.reply or reading.add_question:
        return reading
    plain: list[str] = []
    not_yet: set[str] = set()
    before: set[str] | None = None  # the items of the part just before
    parts = _cut(line)
    if len(parts) < 2:
        return reading  # one part: the line's own reading (and each part read below is shorter than the line)
    for part in parts:
        toks = tokens(clean(part))
        if not [t for t in toks if t.isalnum()]:
            continue
        if _only(toks, "yes"):
            continue  # "Support: check": a yes to the part before
        if toks[0] in WORDS.words("goes_on"):
            return reading  # "..., or a clear sense of which matter most": the negation before goes on
        named, said_not = _named(toks, spec, lex)
        if said_not and (WORDS.words("rest") & set(toks) or _asks_after(toks)):
            return reading  # "not sure about the rest maybe values", "not sure what that means"
        if said_not and named and spans(toks, WORDS.phrases("unsure")) and any(t.isascii() and t.isdigit() for t in toks):
            return reading  # "Still not sure on 1": a doubt on a number is asked (test_round27_clear)
        if said_not and named and not spans(toks, WORDS.phrases("not_yet")):
            got = read_part(part)  # a negation the reader found: the part's own reading decides ("we no the good and bad": know)
            if got.certainty == SURE and isinstance(got.value, list) and named <= set(got.value):
                said_not = False
        if said_not and named:
            not_yet |= named  # "Not yet 1", "sure-ness still no", "support tbd"
            before = None
            continue
        if not named and _only(toks, "bare"):
            if not before:
                return reading  # "no" with nothing named before it: the line's own reading
            not_yet |= before  # "Sure? No, not yet.", "Support, less so."
            plain = [c for c in plain if c not in before]
            before = None
            continue
        if said_not:
            return reading  # "not sure about the rest": no item named
        if spans(toks, WORDS.phrases("degrees")) or doubt_words() & set(toks) or _sure_of_something(toks):
            return reading  # "understand some", "maybe values", "I am sure I want to dance again"
        got = read_part(part)
        if got.certainty != SURE or not isinstance(got.value, list) or not got.value or spec.none_choice in got.value \
                or got.asked or got.unclear:
            return reading  # a story, a doubt, a question: not this shape
        plain += [c for c in got.value if c not in plain]
        before = set(got.value)
    if not not_yet or not plain or not_yet & set(plain):
        return reading  # nothing said not to hold, nothing plain left, or an item said both ways
    if reading.certainty == SURE and isinstance(reading.value, list) and set(reading.value) == set(plain):
        return reading
    return Reading(SURE, plain, note=reading.note)


__all__ = ["not_yet_item"]
