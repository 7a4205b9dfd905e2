"""Finding choices in a line: their names and lay words, numbers and positions, negations."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache

from ..flow import StateSpec
from .lexicon import Lexicon, Phrase
from .text import SEPARATORS, tokens


@dataclass(frozen=True)
class Hit:
    choice: str
    start: int
    end: int
    strength: int  # 3 a name or lay word, 2 a number or position, 1 a yes/no word
    negated: bool = False


def label_forms(choice) -> list[str]:
    """Every label a choice offers: `label`, and any other label form (e.g. for a caregiver)."""
    forms = [choice.label]
    for f in dataclasses.fields(choice):
        value = getattr(choice, f.name)
        if f.name != "label" and "label" in f.name:
            if isinstance(value, str):
                forms.append(value)
            elif isinstance(value, dict):
                forms += [v for v in value.values() if isinstance(v, str)]
            elif isinstance(value, (list, tuple)):
                forms += [v for v in value if isinstance(v, str)]
    return forms


@lru_cache(maxsize=256)
def phrase_index(spec: StateSpec, lex: Lexicon) -> tuple[tuple[Phrase, str, int], ...]:
    """(phrase, choice id, strength) for every way of naming each choice here, longest first."""
    words = lex.state(spec.name)
    found: dict[Phrase, set[str]] = {}
    weak: dict[Phrase, set[str]] = {}
    for choice in spec.choices:
        names = [choice.id.replace("_", " "), *label_forms(choice), *choice.synonyms]
        for name in names:
            phrase = tuple(tokens(name))
            if phrase:
                found.setdefault(phrase, set()).add(choice.id)
        for phrase in words.choices.get(choice.id, ()):
            found.setdefault(phrase, set()).add(choice.id)
    for key, ids in words.yes_no.items():
        pool = {"yes": lex.yes, "no": lex.no, "not_sure": lex.not_sure}[key]
        for phrase in pool:
            for cid in ids:
                weak.setdefault(phrase, set()).add(cid)
    out = []
    for phrase, ids in found.items():
        if len(ids) == 1:  # a name two choices share says nothing on its own
            out.append((phrase, next(iter(ids)), 3))
    for phrase, ids in weak.items():
        if phrase not in found:
            out += [(phrase, cid, 1) for cid in sorted(ids)]
    out.sort(key=lambda item: -len(item[0]))
    return tuple(out)


def _negation_before(toks: list[str], start: int, lex: Lexicon, taken: set[int]) -> int | None:
    """Where a negation that reaches `start` begins ("no scans", "not the diagnosis"), or None."""
    j = start - 1
    steps = 0
    while j >= 0 and steps < 4:
        tok = toks[j]
        if tok in SEPARATORS - {"and", "or"} or tok in lex.negation_ends:
            return None
        for neg in lex.negations:
            if tuple(toks[j : j + len(neg)]) == neg and j + len(neg) <= start:
                return j
        if j in taken:
            return None
        j -= 1
        steps += 1
    return None


def find_hits(toks: list[str], spec: StateSpec, lex: Lexicon, skip: set[int] = frozenset()) -> list[Hit]:
    """Names and lay words of choices, longest first, never overlapping; negated ones marked."""
    taken: set[int] = set(skip)
    hits: list[Hit] = []
    index = phrase_index(spec, lex)
    for phrase, cid, strength in index:
        size = len(phrase)
        for at in range(len(toks) - size + 1):
            if tuple(toks[at : at + size]) != phrase:
                continue
            span = set(range(at, at + size))
            if span & taken:
                continue
            taken |= span
            hits.append(Hit(cid, at, at + size, strength))
    hits.sort(key=lambda h: h.start)
    # A bare "no"/"none" right before another choice is a negation of it, not a pick.
    out: list[Hit] = []
    for hit in hits:
        neg = _negation_before(toks, hit.start, lex, {i for h in hits if h is not hit for i in range(h.start, h.end)} - set(range(0)))
        if neg is not None and not any(h.start <= neg < h.end for h in hits):
            hit = dataclasses.replace(hit, negated=True)
        out.append(hit)
    final = []
    for k, hit in enumerate(out):
        nxt = out[k + 1] if k + 1 < len(out) else None
        only_neg = tuple(toks[hit.start : hit.end]) in lex.negations or toks[hit.start] in ("no", "not", "none", "nothing")
        if only_neg and nxt is not None and nxt.start - hit.end <= 2 and not any(t in SEPARATORS for t in toks[hit.end : nxt.start]) and hit.choice != nxt.choice:
            out[k + 1] = nxt = dataclasses.replace(nxt, negated=True)
            continue
        final.append(hit)
    return final


def _number(tok: str, lex: Lexicon) -> int | None:
    if re.fullmatch(r"[0-9]{1,3}", tok):
        return int(tok)
    if re.fullmatch(r"q[0-9]{1,2}", tok):
        return int(tok[1:])
    return lex.numbers.get(tok)


def find_positions(toks: list[str], count: int, ordinary: int, lex: Lexicon, taken: set[int], multi: bool) -> tuple[list[tuple[int, int]], set[int], list[int]]:
    """Choice numbers typed as digits, words or positions: "2", "two", "the first one", "1-5",
    "the last two", "all but the last", "second and fourth". Returns (numbers 1-based, tokens
    used, numbers out of range)."""
    picked: list[tuple[int, int]] = []  # (token index, number)
    used: set[int] = set()
    bad: list[int] = []
    n = len(toks)
    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        tok = toks[i]
        prev = toks[i - 1] if i > 0 else ""
        nxt = toks[i + 1] if i + 1 < n else ""
        # "all but the last", "all except 3"
        if tok == "all" and nxt in ("but", "except", "apart", "besides", "bar"):
            j = i + 2
            while j < n and toks[j] in ("the", "from", "for", "number", "one", "ones"):
                j += 1
            drop: list[int] = []
            if j < n and toks[j] in lex.last_words:
                size = _number(toks[j + 1], lex) if j + 1 < n else None
                size = size or 1
                drop = list(range(ordinary - size + 1, ordinary + 1))
                j += 2 if j + 1 < n and _number(toks[j + 1], lex) else 1
            elif j < n and toks[j] in lex.ordinals and toks[j] not in ("top",):
                drop = [int(lex.ordinals[toks[j]])]
                j += 1
            elif j < n and _number(toks[j], lex):
                drop = [_number(toks[j], lex)]
                j += 1
            if drop:
                picked += [(i, k) for k in range(1, ordinary + 1) if k not in drop]
                used |= set(range(i, j))
                i = j
                continue
        # Ranges: "1-5", "1 to 5", "1 through 5"
        first = _number(tok, lex)
        if first is not None and i + 2 < n and toks[i + 1] in ("-", "to", "through", "thru", "till", "until"):
            last = _number(toks[i + 2], lex)
            if last is not None and first < last <= count and first >= 1:
                picked += [(i, k) for k in range(first, last + 1)]
                used |= {i, i + 1, i + 2}
                i += 3
                continue
        # Positions: "the first three", "the last two", "the last one", "second", "top 3"
        if tok in lex.ordinals or tok in lex.last_words:
            size = _number(nxt, lex) if nxt and nxt not in ("one",) else None
            if size is not None and 1 < size <= count and (nxt not in lex.ordinals):
                if tok in lex.last_words:
                    picked += [(i, k) for k in range(ordinary - size + 1, ordinary + 1)]
                else:
                    start = int(lex.ordinals[tok])
                    picked += [(i, k) for k in (range(start, start + size) if start == 1 else [start])]
                used |= {i, i + 1}
                i += 2
                continue
            if tok in lex.last_words:
                picked.append((i, count))
            else:
                value = int(lex.ordinals[tok])
                if value > count:
                    bad.append(value)
                else:
                    picked.append((i, value))
            used.add(i)
            i += 1
            continue
        if first is not None and prev == "-" and (i < 2 or toks[i - 2] in SEPARATORS):
            bad.append(-first)  # "-1"
            used.add(i)
            i += 1
            continue
        if first is not None:
            is_word = not tok[0].isdigit() and not tok.startswith("q")
            if is_word:
                # "one" is a number only when it stands as one: "one and three", "just one",
                # never "the family one" or "one of them".
                if nxt in ("of", "more", "other", "else", "thing", "day", "week", "month"):
                    i += 1
                    continue
                if tok == "one" and prev and prev not in SEPARATORS and prev not in lex.pointers:
                    i += 1
                    continue
            if 1 <= first <= count:
                picked.append((i, first))
            else:
                bad.append(first)
            used.add(i)
        i += 1
    return picked, used, bad


def leftover_parts(toks: list[str], used: set[int], lex: Lexicon) -> list[str]:
    """Runs of tokens nothing was read from that still carry words of their own."""
    parts, current = [], []
    for i, tok in enumerate(toks):
        if i in used or tok in SEPARATORS or tok in ("-", "?"):
            if current:
                parts.append(current)
            current = []
            continue
        current.append(tok)
    if current:
        parts.append(current)
    return [" ".join(p) for p in parts if any(t not in lex.fillers for t in p)]
