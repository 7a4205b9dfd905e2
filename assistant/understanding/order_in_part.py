"""An order typed in part at the question that orders the person's list (helper u27b, issue 11): two or more
questions named in order, fewer than all, and nothing said of the rest ("4 first. then 2", "risks first then the
family one", "5 then 3 then whatever", "3 1 2"). The rounds labelled these lines three ways (the rest kept in their
order after them, asked, only the named ones), so the reading is offered back, "Did you mean 4, 2, then the rest as
they are (1, 3, 5)?", and stored on a Yes. Words are data in dialogues/order_in_part.yaml.

Stored at once, as before (the rounds agree): one question moved ("3 first"), a swap or the list turned round, questions
put in numbered places ("the waiting one first and the risks one second"), or the rest said ("then the rest the same")."""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import phrases, spans
from .reading import LIKELY, Reading

FILE = "order_in_part.yaml"
_BARE = frozenset({",", ".", "-", "&", ">", "and", "then"})


def _said(toks: list[str], key: str) -> bool:
    return bool(spans(toks, phrases(FILE)[key]))


def named_numbers(toks: list[str], count: int, item_ids: list, questions, lex) -> list[int]:
    """The questions named in the line, by number or by their words, in the order they are said (each once)."""
    from .matching import find_hits

    found: list[tuple[int, int]] = []
    spelled = all(t in lex.numbers or not t.isalnum() or t in ("then", "and") for t in toks)  # "five four three two one": "one" a number
    for i, tok in enumerate(toks):
        value = int(tok) if tok.isascii() and tok.isdigit() and len(tok) <= 2 else (lex.numbers.get(tok) if tok != "one" or spelled else None)
        if value is not None and 1 <= value <= count:
            found.append((i, value))
    if questions is not None:
        for hit in find_hits(toks, questions, lex):
            if hit.choice in item_ids and not hit.negated:
                found.append((hit.start, item_ids.index(hit.choice) + 1))
    out: list[int] = []
    for _, number in sorted(found):
        if number not in out:
            out.append(number)
    return out


def _first_after_all(toks: list[str], count: int, item_ids: list, questions, lex) -> bool:
    """ "3, 1 and 2 first", "2 n 3 first", "3 1 2 lol risks first": "first" said after the last question named, so the
    named ones go first together and the rest after them (every round that has the shape marks it so)."""
    if "first" not in toks:
        return False
    at = max(k for k, t in enumerate(toks) if t == "first")
    return bool(toks[:at]) and named_numbers(toks[at + 1 :], count, item_ids, questions, lex) == []


def offered_in_part(reading: Reading, toks: list[str], items: list[str], item_ids: list, questions, lex) -> Reading:
    """`reading` (a sure order) offered back when the line named only some questions and said nothing of the rest."""
    count = len(items)
    if not reading.sure or not isinstance(reading.value, list) or len(reading.value) != count or reading.value == list(items):
        return reading
    if _said(toks, "rest_said") or _said(toks, "whole_list") or _said(toks, "places"):
        return reading
    if all((t.isascii() and t.isdigit()) or t in _BARE for t in toks):
        return reading  # "3 1 2", "3, then 1": numbers alone, as the question's own example shows them: stored (the lead's merge)
    named = named_numbers(toks, count, item_ids, questions, lex)
    if not 2 <= len(named) < count - 1 or _first_after_all(toks, count, item_ids, questions, lex):
        return reading
    rest = [n for n in range(1, count + 1) if n not in named]
    if reading.value != [items[n - 1] for n in named + rest]:
        return reading  # read some other way ("the family one last, then ..."): left as it was read
    said = ", ".join(str(n) for n in named)
    message = f"Did you mean {said}, then the rest as they are ({', '.join(str(n) for n in rest)})?"
    return replace(reading, certainty=LIKELY, message=message)
