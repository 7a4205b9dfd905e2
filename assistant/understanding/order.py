"""Reading a new order for the questions: "3 1 2", "put 5 first", "swap 1 and 2", "fine as is"."""

from __future__ import annotations

from ..flow import StateSpec
from .asking import has_phrase, whole
from .lexicon import Lexicon
from .matching import find_hits
from .order_keep import judged_good  # "The order is quite satisfactory as it stands"
from .reading import SURE, UNCLEAR, Reading
from .text import clean, parts_between, tokens

_FIRST = {"first", "top", "front", "start", "beginning", "1st"}  # "move it up": by one place, or to the top? asked
_LAST = {"last", "end", "bottom", "back"}
_SWAP = {"swap", "switch", "exchange", "flip", "reverse", "trade"}


def how_to_order(count: int) -> str:
    return f"Type 'ok' to keep this order, or the numbers 1 to {count} in the order you want, like '3 1 2'."


def read_order(text: str, toks: list[str], items: list[str], item_ids: list[str | None], questions: StateSpec | None, lex: Lexicon) -> Reading:
    count = len(items)
    plain = [t for t in toks if t not in _THANKS] or toks  # "leave it as it is, thanks"
    if not items or judged_good(plain) or (not _negated_outside(plain, lex) and (whole(plain, lex.keep_order, lex) or _each_part_keeps(plain, lex)
                                                                                or _all_keep_words(plain, lex))):  # judged_good: order_keep.py
        return Reading(SURE, list(items))
    from .order_words import before_after, kept_after_taking_back, kept_beside_asides, reversed_said, trades  # helper u26b

    if _kept_at_both_ends(plain, lex) or kept_beside_asides(toks, lex) or kept_after_taking_back(toks, lex):  # "Keep it (though #5 matters most... no, keep it)": the thought in between taken back
        return Reading(SURE, list(items))
    pair = _pair(toks, count)
    if pair and any(t in _SWAP for t in toks):  # "swap the first two", "switch the last two"
        new = list(range(1, count + 1))
        new[pair[0] - 1], new[pair[1] - 1] = pair[1], pair[0]
        return Reading(SURE, [items[n - 1] for n in new])
    refs: list[int] = []
    places: list[tuple[int, str]] = []  # (token index, "first" | "last")
    used: set[int] = set()
    # Questions named by their words: "the family one first".
    if questions is not None:
        for hit in find_hits(toks, questions, lex):
            if hit.choice in item_ids and not hit.negated:
                refs.append((hit.start, item_ids.index(hit.choice) + 1))
                used |= set(range(hit.start, hit.end))
    from .order_own import own_refs  # "put my two at the top", "mine first": the person's own questions together

    if (mine := own_refs(toks, items, item_ids, lex)) is not None:
        if not mine[0]:
            return Reading(UNCLEAR, unclear=clean(text), message=_OWN_UNCLEAR)
        refs += mine[0]
        used |= mine[1]
        if not any(t.isdigit() or t in lex.numbers or t in lex.ordinals and t not in _FIRST | _LAST for k, t in enumerate(toks) if k not in used):
            own = [n for _, n in mine[0]]  # "put my two at the top", "mine last": the own ones moved together
            rest = [n for n in range(1, count + 1) if n not in own]
            new = rest + own if any(t in _LAST for k, t in enumerate(toks) if k not in used) else own + rest
            return Reading(SURE, [items[n - 1] for n in new])
    for at, number in _own_named(toks, items, item_ids, used):  # "put the chemo one first": the person's own question
        refs.append((at, number))
        used.add(at)
    numbered = []
    spelled = all(t in lex.numbers or t in (",", ".", ";", "-", "then", "and") for t in toks)  # every word a number
    for i, tok in enumerate(toks):
        if i in used:
            continue
        value = int(tok) if tok.isascii() and tok.isdigit() and len(tok) <= 2 else lex.numbers.get(tok)
        if tok in _FIRST and (i > 0 or len(toks) == 1) and not (i + 1 < len(toks) and toks[i + 1].isdigit()):
            places.append((i, "first"))
        elif tok in _LAST and i > 0:
            places.append((i, "last"))
        elif tok in lex.ordinals and tok not in _FIRST:
            numbered.append((i, int(lex.ordinals[tok])))
        elif value is not None and (tok.isdigit() or tok != "one" or spelled):  # "Two, three, one, five, four": "one" is a number
            numbered.append((i, value))
    # "risks first and the family one second": a named question and the place it should go.
    if refs and reversed_said(toks, refs):
        return Reading(SURE, list(reversed(items)))  # "reverse it, the family one first, down to the diagnosis last"
    placed, place_tokens = _placements(toks, refs, lex)
    if placed and len(placed) < len(refs):  # "the risks first and the family one last": the one said last goes last
        from .order_moves import _named_last

        placed = placed + _named_last(toks, [r for r in refs if r[1] not in {n for n, _ in placed}], placed, count)
    if not placed and not numbered and not places and (new := before_after(toks, refs, count)):
        return Reading(SURE, [items[n - 1] for n in new])  # "the family one before the risks, the rest same"
    if placed and len(placed) == len(refs) and all(at in place_tokens for at, _ in numbered):
        slots: list[int | None] = [None] * count
        for item, place in placed:
            if not 1 <= place <= count or slots[place - 1] is not None:
                return Reading(UNCLEAR, unclear=clean(text))
            slots[place - 1] = item
        rest = iter(n for n in range(1, count + 1) if n not in {item for item, _ in placed})
        return Reading(SURE, [items[(n if n is not None else next(rest)) - 1] for n in slots])
    from .order_moves import list_with_moves  # "3 1 2 but the family one first": the list, then the move (lo10)

    if refs or places:
        combined = list_with_moves(text, toks, items, refs, placed, place_tokens, numbered, count)
        if combined is not None:
            return combined
    refs = sorted(refs + numbered)
    order = [n for _, n in refs]
    if not order and any(t in ("reverse", "backwards", "opposite", "upside") for t in toks):
        return Reading(SURE, list(reversed(items)))
    if not order:
        moved = _moved(toks, count)
        if moved:
            return Reading(SURE, [items[n - 1] for n in moved])
    bad = [n for n in order if not 1 <= n <= count]
    if not order or bad or len(set(order)) != len(order):
        if bad:
            return Reading(UNCLEAR, unclear=clean(text), message=f"There are {count} questions, so use the numbers 1 to {count}.")
        return Reading(UNCLEAR, unclear=clean(text))
    rest = [n for n in range(1, count + 1) if n not in order]
    if not places and len(order) == 1 and any(t in ("up", "down", "higher", "lower", "earlier", "later") for t in toks):
        # "move the family one up": by one place, or to the top? Asked.
        return Reading(UNCLEAR, unclear=clean(text), message="How far? Say 'first', 'last', or type the new order, like '3 1 2'.")
    # "change 1 and 2": two numbers joined by "and" after "change" swap them.
    if any(t in _SWAP for t in toks) or trades(toks) or (toks and toks[0] in ("change", "exchange") and len(order) == 2 and "and" in toks):
        if len(order) != 2:
            return Reading(UNCLEAR, unclear=clean(text), message="Which two should I swap?")
        new = list(range(1, count + 1))
        a, b = order
        new[a - 1], new[b - 1] = b, a
    elif places and places[-1][1] == "last" and (len(order) < count):
        new = rest + order
    else:
        new = order + rest
    return Reading(SURE, [items[n - 1] for n in new])


_OWN_UNCLEAR = "Which of your own questions do you mean? Type the numbers in the order you want, like '3 1 2'."


_PLAIN = {"what", "which", "that", "this", "with", "will", "would", "could", "should", "about", "there", "their",
          "them", "then", "they", "those", "these", "from", "have", "does", "when", "where", "your", "ones", "question",
          "questions", "move", "keep", "list", "order", "after", "before", "put", "place", "spot", "want", "like", "please"}


_SHORT_PLAIN = {"the", "and", "for", "you", "are", "can", "how", "why", "who", "was", "did", "has", "her", "his", "she", "him",
                "its", "our", "not", "any", "all", "new", "one", "two", "top", "end", "own", "that", "way", "too", "who", "out"}


def _stems(text: str, shortest: int = 4) -> set[str]:
    out = set()
    for tok in tokens(text):
        if tok.isalpha() and len(tok) >= shortest and tok not in _PLAIN:
            out.add(tok[:-1] if tok.endswith("s") and len(tok) > 4 else tok)
    return out


def _own_named(toks: list[str], items: list[str], item_ids: list[str | None], used: set[int]) -> list[tuple[int, int]]:
    """A question the person wrote named by a word found in it and in no other question on the list
    ("the chemo one", "my growth question"). Each own question is named at most once."""
    own = [k for k, ident in enumerate(item_ids) if ident is None and k < len(items)]
    if not own:
        return []
    stems = None  # each question's words, worked out at the first word that may name one ("4 1 2": none)
    out, seen = [], set()
    for i, tok in enumerate(toks):
        named = len(tok) == 3 and tok not in _SHORT_PLAIN and toks[i + 1 : i + 2] in (["one"], ["question"])  # "the old one"
        if i in used or not tok.isalpha() or (len(tok) < 4 and not named) or tok in _PLAIN or tok in _FIRST | _LAST:
            continue
        stems = stems or [_stems(text, 3) for text in items]
        stem = tok[:-1] if tok.endswith("s") and len(tok) > 4 else tok
        having = [k for k, words in enumerate(stems) if stem in words]
        if len(having) == 1 and having[0] in own and having[0] not in seen:
            seen.add(having[0])
            out.append((i, having[0] + 1))
    return out


_THANKS = {"thanks", "thank", "please", "pls", "thx", "ty", "cheers", "po", "maam", "sir",
           "love", "luv", "dear", "dearie", "hun", "hon", "pet", "mate", "darling", "sweetheart", "doc", "pal", "buddy"}  # "..., love": said to the reader


def _pair(toks: list[str], count: int) -> tuple[int, int] | None:
    """ "the first two" / "the top two": 1 and 2; "the last two" / "the bottom two": the last two."""
    for k in range(len(toks) - 1):
        if toks[k + 1] in ("two", "2") and count >= 2:
            if toks[k] in ("first", "top"):
                return 1, 2
            if toks[k] in ("last", "bottom"):
                return count - 1, count
    return None


_TO_TOP = {"top", "front", "start", "beginning", "first"}
_TO_END = {"bottom", "end", "last"}


def _moved(toks: list[str], count: int) -> list[int] | None:
    """ "move the last one to the top", "put the first one at the end": a question named by its
    place, moved to the other end."""
    for i, tok in enumerate(toks[:-1]):
        if tok in _LAST | {"first"} and toks[i + 1] in ("one", "question"):
            later = toks[i + 2 :]
            which = count if tok in _LAST else 1
            rest = [n for n in range(1, count + 1) if n != which]
            if any(t in _TO_TOP for t in later):
                return [which] + rest
            if any(t in _TO_END for t in later):
                return rest + [which]
    return None


def _placements(toks: list[str], refs: list[tuple[int, int]], lex: Lexicon) -> tuple[list[tuple[int, int]], set[int]]:
    """(question number, place) for each named question followed by a place word, and where
    those place words are."""
    out, where = [], set()
    for at, number in refs:
        for k in range(at + 1, min(at + 8, len(toks))):
            tok = toks[k]
            if tok in lex.ordinals and tok != "top":
                out.append((number, int(lex.ordinals[tok])))
                where.add(k)
                break
            if tok in ("first", "top"):
                out.append((number, 1))
                where.add(k)
                break
            if tok.isascii() and tok.isdigit() and toks[k - 1] in ("to", "position", "spot", "place", "number", "slot"):
                out.append((number, int(tok)))  # "move the waiting one up to 2": to place 2
                where.add(k)
                break
            if tok in (",", "and", ";"):
                break
    return out, where


def skips(toks: list[str], words: set[str], lex: Lexicon) -> bool:
    return " ".join(toks) in words or has_phrase(toks, ("skip",))


def _each_part_keeps(toks: list[str], lex: Lexicon) -> bool:
    """ "Order is good, keep it", "fine, leave it as it is": every part says keep the order."""
    parts = [toks[s:e] for s, e in parts_between(toks, (",", ".", ";", "!", "and", "so", "-"))]
    return len(parts) > 1 and all(whole(p, lex.keep_order, lex) for p in parts)


def _all_keep_words(toks: list[str], lex: Lexicon) -> bool:
    """ "The present order suits me well": every word is filler or inside a phrase that keeps the
    order ("present order", "suits me"), and no number is said."""
    core = [t for t in toks if t not in ("?", "!", ".", ",")]
    if not core or any(t.isdigit() or (t,) in lex.negations for t in core):  # "not happy with it": asked
        return False
    covered = [t in lex.fillers for t in core]
    for phrase in lex.keep_order:
        n = len(phrase)
        if n < 2:
            continue  # one word ("ok", "fine") alone keeps the order; beside others it may not
        for i in range(len(core) - n + 1):
            if tuple(core[i : i + n]) == phrase:
                covered[i : i + n] = [True] * n
    return all(covered) and any(not (t in lex.fillers) for t in core)


def _negated_outside(toks: list[str], lex: Lexicon) -> bool:
    """ "not content with the order": a "not" outside the words that keep the order ("no change"
    keeps it; "not happy with it" does not)."""
    if all((t,) not in lex.negations for t in toks):
        return False  # no "not" at all (the usual "4 1 2"): nothing to look at
    inside = [False] * len(toks)
    for phrase in lex.keep_order:
        n = len(phrase)
        for i in range(len(toks) - n + 1):
            if tuple(toks[i : i + n]) == phrase:
                inside[i : i + n] = [True] * n
    return any((t,) in lex.negations and not inside[i] for i, t in enumerate(toks))


def _kept_at_both_ends(toks: list[str], lex: Lexicon) -> bool:
    """The line starts and ends with words that keep the order ("no, keep it" said last)."""
    parts = [toks[s:e] for s, e in parts_between(toks, (",", ".", ";", "!", "?", "(", ")", "...", "-"))]
    if len(parts) < 2 or not whole(parts[-1], lex.keep_order, lex):
        return False
    first = parts[0]
    return any(len(p) > 1 and tuple(first[: len(p)]) == p for p in lex.keep_order) or whole(first, lex.keep_order, lex)
