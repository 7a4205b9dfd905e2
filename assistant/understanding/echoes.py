"""A part of a pick-any answer set aside as a remark that still echoes a choice's own words.

"the plan and how serius it is": "how serius it is" was set aside as a remark (it has "it is"),
but "serius" is the "serious" of *How serious or how far along it is*; "the surgery one and the
one about not being heard": "heard" is in *I do not feel heard*. Such a part is never dropped
silently: what was understood is kept and the part is asked about. A word echoes a choice when it
is one of the content words of its label or lay words, as a plural, or with one letter wrong.
"""

from __future__ import annotations

from ..flow import StateSpec
from .lexicon import Lexicon, fold
from .leftovers import leftover_parts
from .matching import find_hits
from .phrase_files import PhraseFile
from .positions import find_positions
from .reading import SURE, UNCLEAR, Reading

_WORDS = PhraseFile("echoes.yaml")  # the words of its checks, read once

_POINTER = (("the", "one", "about"), ("the", "one", "with"), ("the", "one", "where"), ("the", "one", "that"), ("the", "bit", "about"),
            ("the", "part", "about"), ("the", "thing", "about"), ("the", "one", "on"))


_CONTENT: dict[tuple[str, int], dict[str, frozenset[str]]] = {}


def _content(spec: StateSpec, lex: Lexicon) -> dict[str, frozenset[str]]:
    """Each choice's content words, from its label and its lay words."""
    key = (spec.name, id(lex))
    if key not in _CONTENT:
        lay = lex.state(spec.name).choices
        table = {}
        for c in spec.choices:
            if c.id == spec.none_choice:
                continue
            found = set()
            for phrase, shortest in [(c.label, 4), *((" ".join(p), 5) for p in lay.get(c.id, ()))]:  # lay words: the longer ones
                for w in phrase.lower().replace("(", " ").replace(")", " ").replace(",", " ").split():
                    w = "".join(ch for ch in w if ch.isalnum())
                    if len(w) >= shortest and w not in _WORDS.words("common") and w not in lex.commentary and w not in lex.fillers:
                        found.add(fold(w))
                    elif len(w) >= 4 and shortest == 4 and w.isalpha():
                        found.add("~" + w)  # a common word of the label: matched only when misspelt ("shure")
            table[c.id] = frozenset(found)
        _CONTENT[key] = table
    return _CONTENT[key]


def _near(a: str, b: str) -> bool:
    """One letter added, dropped or changed ("serius", "serious"), for words of five letters or more."""
    if min(len(a), len(b)) < 4 or max(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False  # "shure" and "sure": one letter more than a word of four
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:k] + long[k + 1 :] == short for k in range(len(long)))


def echoes(part: str, spec: StateSpec, lex: Lexicon, picked=()) -> bool:
    """The part points at a choice not picked ("the one about ..."), or says a word only such a
    choice has. A part with a negation ("but I don't really know the risks") says what is not so."""
    words = part.split()
    if any(tuple(words[k : k + len(p)]) == p for p in _POINTER for k in range(len(words))):
        return True  # "the one about not being heard": a choice pointed at by what it says
    if any((w,) in lex.negations for w in words):
        return False
    table = _content(spec, lex)
    for w in words:
        w = fold(w)
        if len(w) < 4 or w in _WORDS.words("common") or w in lex.commentary:
            continue
        owners = {c for c, v in table.items() if w in v} or {c for c, v in table.items() if any(_near(w, x.lstrip("~")) for x in v)}
        if len(owners) == 1 and not owners & set(picked):
            return True  # a word of one choice only, and not one picked ("a report" is a word of several)
    return False


def echoed_leftover(reading, toks, line, spec, lex):
    """A pick-any answer stored with a part set aside that echoes a choice: kept, and the part asked."""
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list) or spec.none_choice in reading.value \
            or "not_sure" in reading.value:
        return None
    hits = find_hits(toks, spec, lex)
    used = {i for h in hits for i in range(h.start, h.end)}
    count = len(spec.choices)
    _, at, _ = find_positions(toks, count, count, lex, used, True)
    # "someone to explain it in spanish, like a navigator": the part is said of the pick after "like".
    said_of = [i for i in range(1, len(toks) - 1) if toks[i - 1] == "," and toks[i] in ("like", "eg", "ie", "such")
               and any(h.choice in reading.value and i < h.start <= i + 4 for h in hits)]
    before = " ".join(toks[: said_of[-1]]) if said_of else ""
    for part in _joined(leftover_parts(toks, used | at, lex), toks):
        part = part.removeprefix("+ ")
        if before and part in before:
            continue
        if _from_source(part, spec, lex, reading.value):
            continue  # "the paper from the doctor": a pick said by where the paper came from (documents_from.py)
        if echoes(part, spec, lex, reading.value):
            return Reading(UNCLEAR, list(reading.value), unclear=part)
    return None


def _joined(parts: list[str], toks: list[str]) -> list[str]:
    """Leftover parts that follow each other with only "and" or "or" between them, as one part: "my husband and i
    dont agree" is asked about whole, never as "my husband" (a lead's trial, 2026-12-05; the issue: a re-ask quotes
    the whole unclear part, not one word)."""
    line, out = " ".join(toks), []
    for part in parts:
        if out:
            for joiner in (" and ", " or ", " & "):
                if f"{out[-1]}{joiner}{part.removeprefix('+ ')}" in line:
                    out[-1] = f"{out[-1]}{joiner}{part.removeprefix('+ ')}"
                    break
            else:
                out.append(part)
        else:
            out.append(part)
    return out


def _from_source(part: str, spec: StateSpec, lex: Lexicon, picked) -> bool:
    """The part is a paper said by its source, and that source's choice is picked."""
    from .documents_from import by_source
    from .text import tokens

    said = by_source(part, spec)
    named = {h.choice for h in find_hits(tokens(said), spec, lex)} if said else set()
    return bool(named) and named <= set(picked)
