"""The person's own questions named together at the order question: "put my two at the top", "mine first", "the
ones I added first" (whole journeys, helper ut14: "my two" was read as question 2 and stored with a "took that as").
Words are data: dialogues/own_questions_order.yaml."""

from __future__ import annotations

from .lexicon import Lexicon
from .phrase_files import phrases, spans

FILE = "own_questions_order.yaml"


def own_said(toks: list[str], lex: Lexicon) -> tuple[int, int, int | None] | None:
    """(start, end, count said or None) of the words that name the person's own questions, or None."""
    words = phrases(FILE)
    found = spans(toks, words["mine"])
    if found:
        start, end = min(found)
        return start, max(e for s, e in found if s == start), None
    for i, tok in enumerate(toks[:-1]):
        if tok != "my":
            continue
        count = int(toks[i + 1]) if toks[i + 1].isascii() and toks[i + 1].isdigit() and len(toks[i + 1]) <= 2 else lex.numbers.get(toks[i + 1])
        if count is None or toks[i + 1] == "one":
            continue
        end = i + 2
        for phrase in sorted(words["counted"], key=len, reverse=True):
            if tuple(toks[end : end + len(phrase)]) == phrase:
                end += len(phrase)
                break
        return i, end, count
    return None


def own_refs(toks: list[str], items: list[str], item_ids: list[str | None], lex: Lexicon) -> tuple[list[tuple[int, int]], set[int]] | None:
    """The own questions' numbers, each at the place the words stand, and the words used; [] when the line names
    them but there are none, or not as many as it counts (then it is asked); None when it does not name them."""
    said = own_said(toks, lex)
    if said is None:
        return None
    start, end, count = said
    own = [k + 1 for k, ident in enumerate(item_ids) if ident is None and k < len(items)]
    if not own or (count is not None and count != len(own)):
        return [], set(range(start, end))
    return [(start, number) for number in own], set(range(start, end))
