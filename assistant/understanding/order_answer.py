"""An answer at the question that orders the person's own list ("put 5 first", "swap 1 and 2",
"idk, you pick", "3 first, no wait, 1 first", "drop the family one"): moved out of read.py."""

from __future__ import annotations

from .asking import answer_question, whole
from .order import read_order
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

_AFTER_DOUBT = frozenset((",", "which", "what"))  # "idk, ...", "not sure which ..." (only then are the doubts looked for)
_HEDGE_ONLY = {("maybe",), ("possibly",), ("perhaps",), ("could", "be"), ("might", "be")}  # "maybe, what if ...": no "I don't know"


def read_order_answer(text, toks, spec, lex, mark, start, items, item_ids, questions) -> Reading:
    if mark and items:
        from .order_words import asked_order  # "can the waiting one go first?": the order asked for (helper u26b)

        asked = asked_order(toks, lambda part: read_order(part, tokens(clean(part)), items, item_ids or [None] * len(items), questions, lex))
        if asked is not None:
            return asked
    if mark and start:
        return answer_question(text, toks, spec, lex)
    from .order_words import kept_after_taking_back, kept_beside_asides

    if items and (kept_beside_asides(toks, lex) or kept_after_taking_back(toks, lex)):  # "whatever, leave it"; "3 1 2. no, leave it"
        return Reading(SURE, list(items))
    if whole(toks, lex.not_sure, lex) or not _AFTER_DOUBT.isdisjoint(toks) and any(tuple(toks[: len(p)]) == p and toks[len(p) : len(p) + 1] in ([","], ["which"], ["what"])
                                             for p in lex.not_sure if p not in _HEDGE_ONLY):
        return Reading(UNCLEAR, dont_know=True)  # "idk, you pick": the order as shown is offered
    from .care import corrected

    if corrected(toks, lex):  # "3 first, no wait, 1 first": two orders in one line
        from .later_wins import later_order  # "4 3 2 1 5 - wait, no: 3 4 2 1 5": the later order, offered back for a Yes

        return later_order(toks, lex, lambda rest: read_order(rest, tokens(clean(rest)), items or [], item_ids or [None] * len(items or []),
                                                               questions, lex)) \
            or Reading(UNCLEAR, unclear=clean(text), message="You changed your answer part way. Which order did you mean?")
    from .dropping import read_drop, says_drop

    from .wrong_item import as_drop  # "nr 3 is wrong": take 3 off, never put it first

    ids = item_ids or [None] * len(items or [])
    text = as_drop(text) if items and as_drop(text) else text
    if items and says_drop(text):  # "drop the family one", "put 5 first and take out the last one"
        return read_drop(text, items, ids, questions, lex, lambda rest: read_order(rest, tokens(clean(rest)), items, ids, questions, lex))
    ordered = read_order(text, toks, items or [], ids, questions, lex)
    if ordered.certainty == UNCLEAR and items:
        from .order_remark import numbers_then_remark  # "3 1 2 lol risks first": the numbers, and a remark that agrees

        ordered = numbers_then_remark(toks, lex, lambda part: read_order(part, tokens(clean(part)), items, ids, questions, lex)) or ordered
    if start and ordered.certainty == UNCLEAR and not ordered.value and not any(t.isdigit() for t in toks):
        return answer_question(text, toks, spec, lex)  # "whats the best order": asked, without its "?"
    if items:
        from .never_silent import never_silent
        from .order_in_part import offered_in_part  # "4 first. then 2": the rest as they are, offered back (helper u27b)

        checked = never_silent(ordered, text, spec)  # "2 and 4 matter most": asked there, first (never_silent.yaml)
        ordered = offered_in_part(ordered, toks, items, ids, questions, lex) if checked is ordered else checked
    from .wrongly_sure_kinds import order_doubt  # round 27 (helper 11a13): "..., I don't know where": asked

    return order_doubt(ordered, toks)
