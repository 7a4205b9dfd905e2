"""Orders told in words at the question that orders the person's list (helper u26b, issue 11); words are data in
dialogues/order_words.yaml.

- Keep it, said beside words that say nothing about the order ("whatever, leave it", "ok lol", "idk they all
  look fine", "I do not mind. Leave it."): the asides taken away, what is left keeps the order.
- A keep said last, after words that take back what came before ("2 1 3 4 5. No, ... Leave it as it is"): kept.
- A request to reorder asked as a question ("can the waiting one go first?", "could we swap the first two
  round? Options first, then diagnosis"): read as the order it asks for, not as a question for the doctor.
- Two questions that trade places ("the 2 and the 4 change places"): swapped.
- One question put just before or after another ("the family one before the risks, the rest same").
"""

from __future__ import annotations

from .phrase_files import phrases, spans
from .reading import SURE, Reading

FILE = "order_words.yaml"
_MARKS = frozenset({",", ".", ";", "!", "?", "-", ":", "—", "–", "(", ")", "...", "…"})


def _words(key: str):
    return phrases(FILE)[key]


def _keeps(part: list[str], lex) -> bool:
    from .asking import whole
    from .order import _THANKS, _all_keep_words
    from .order_keep import judged_good

    part = [t for t in part if t not in _THANKS] or part
    if not part or any(t.isdigit() for t in part):
        return False
    plain = [t for k, t in enumerate(part) if not (t == "all" and k and part[k - 1] in ("they", "them", "these", "those"))]  # "they all look fine"
    return tuple(part) in _words("keep") or whole(part, lex.keep_order, lex) or judged_good(plain) or _all_keep_words(part, lex)


def _parts(toks: list[str]) -> list[list[str]]:
    out, now = [], []
    for t in toks:
        if t in _MARKS:
            if now:
                out.append(now)
            now = []
        else:
            now.append(t)
    return out + ([now] if now else [])


def kept_beside_asides(toks: list[str], lex) -> bool:
    """Every part left, once the asides (and signs such as an emoji) are taken away, keeps the order, and something
    was taken away (a line of keep words alone is read as before)."""
    covered = [False] * len(toks)
    for s, e in spans(toks, _words("asides")):
        covered[s:e] = [True] * (e - s)
    left = [t for k, t in enumerate(toks) if not covered[k] and (t in _MARKS or any(c.isalnum() for c in t))]
    if left == toks:
        return tuple(t for t in toks if t not in _MARKS) in _words("keep")  # "k", "leave 'em be"
    parts = _parts(left)
    return bool(parts) and all(_keeps(p, lex) for p in parts)


def kept_after_taking_back(toks: list[str], lex) -> bool:
    """The last part keeps the order, and a word that takes back what came before stands at the start of a part
    after something was said ("5 4 3 2 1 lol. no actually just leave it")."""
    parts = _parts(toks)
    if len(parts) < 2:
        return False
    last = parts[-1]
    backs = sorted(_words("taken_back"), key=len, reverse=True)
    lead = next((b for b in backs if tuple(last[: len(b)]) == b), None)
    if lead is not None:
        last = last[len(lead):]
    if not last or not _keeps(last, lex) or (last and tuple(last) in (("no",), ("nope",))):
        return False
    taken = lead is not None or any(any(tuple(p[: len(b)]) == b for b in backs) for p in parts[1:-1])
    return taken


def trades(toks: list[str]) -> bool:
    """ "the 2 and the 4 change places", "switch them round"."""
    return bool(spans(toks, _words("trade")))


def _lead(toks: list[str]) -> int:
    """Where a request lead ends ("can", "could we", after an "oh," or "ok so"), or 0."""
    k = 0
    while k < len(toks) and toks[k] in ("oh", "ok", "okay", "so", "um", "hmm", "well", "please", ","):
        k += 1
    for lead in sorted(_words("request_leads"), key=len, reverse=True):
        if tuple(toks[k : k + len(lead)]) == lead:
            return k + len(lead)
    return 0


def asked_order(toks: list[str], read_part) -> Reading | None:
    """A request to reorder asked as a question, read as the order it asks for; or an order typed after a question
    about how to answer ("is it right that I type the numbers? 1 3 2 5 4"). None when the line is not that."""
    if "?" not in toks:
        return None
    at = toks.index("?")
    after = [t for t in toks[at + 1 :] if t not in _MARKS]
    if after and all(t.isascii() and t.isdigit() and len(t) <= 2 for t in after) and len(after) >= 2:
        reading = read_part(" ".join(after))
        return reading if reading.certainty == SURE and reading.value else None
    start = _lead(toks)
    if not start or spans(toks, phrases("order_undecided.yaml")["alternatives"]):  # "..., or is that cheeky?": a question
        return None
    if toks[at + 1 : at + 2] and (toks[at + 1],) in _words("asks_how"):  # "can I put the wait one up top? how's that work"
        return None
    body = toks[start:at]
    places = _words("places")
    if spans(body, _words("not_ordering")) or spans(body, _words("not_places")):
        return None  # "could you explain the second one?", "could we do the second opinion before ...?": a question (rv33)
    if not (spans(body, places) or trades(body)):
        return None
    rest = [t for t in toks[at + 1 :] if t != "?"]
    for words in (body + [","] + rest, body):
        reading = read_part(" ".join(words))
        if reading.certainty == SURE and reading.value:
            return reading
    return None


def before_after(toks: list[str], refs: list[tuple[int, int]], count: int) -> list[int] | None:
    """Two questions named, one said to go just before or after the other, nothing else placed: the new order."""
    if len(refs) != 2 or refs[0][1] == refs[1][1]:
        return None
    (a_at, a), (b_at, b) = sorted(refs)
    between = toks[a_at + 1 : b_at]
    word = [t for t in between if t in ("before", "after", "above", "below", "ahead")]
    if len(word) != 1 or any(t in _MARKS for t in between) or any(t.isdigit() for t in toks):
        return None
    new = [n for n in range(1, count + 1) if n != a]
    where = new.index(b)
    new.insert(where if word[0] in ("before", "above", "ahead") else where + 1, a)
    return new


def reversed_said(toks: list[str], refs: list[tuple[int, int]]) -> bool:
    """ "Reverse it, the family one first, down to the diagnosis last": a word that turns the list round, and every
    question named after it in the reversed order (no number typed)."""
    if not spans(toks, _words("reverse")) or any(t.isdigit() for t in toks):
        return False
    named = [n for _, n in sorted(refs)]
    return len(named) >= 2 and all(a > b for a, b in zip(named, named[1:]))  # one named alone may be a move
