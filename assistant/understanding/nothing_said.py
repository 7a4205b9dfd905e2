"""Nothing, said as the smallest amount denied: "NOT A THING", "not one single thing", "not a
single one", or in a word of its own: "zilch", "nowt".

At a question with a none choice these mean none, but they are not the word "none" or "nothing",
and a list of whole answers never holds all of them. The rule: "not" (or "nor"), then "a", "one",
"a single", "even one" or "even a", then maybe a word that only adds weight ("single", "blessed"),
then one of the smallest amounts (dialogues/nothing_words.yaml: thing, one, bit, scrap, word...)
is "nothing"; a word of `alone` is "nothing" only when it is all of its part of the line ("zip"
is no answer in "the zip code"). A second reading, tried only when the line as written was not
understood (read.py); "not a thing" beside a pick ("not a thing except the form") is read as the
rest of the line says.
"""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file
from .text import clean, parts_between, tokens

_CUTS = frozenset({",", ".", ";", "!", "-"})


@cache
def _words() -> dict:
    raw = read_words_file("nothing_words.yaml")
    return {
        "amounts": frozenset(str(w).lower() for w in raw.get("amounts") or ()),
        "intensifiers": frozenset(str(w).lower() for w in raw.get("intensifiers") or ()),
        "alone": frozenset(tuple(str(w).lower().split()) for w in raw.get("alone") or ()),
        "denials": frozenset(str(w).lower() for w in raw.get("denials") or ("not", "nor")),
    }


_LEADS = (("a",), ("one",), ("a", "single"), ("even", "one"), ("even", "a"), ("single",), ("1",))
# "not one of them", "nary one": "one" straight after the denial, before "of" or at the end of its part (helper 11b11)
_ONE_ENDS = frozenset({"of", ",", ".", ";", "!", "-", "?"})


def as_nothing(line: str) -> str | None:
    """The line with its "not a thing" read as "nothing", or None when it has none."""
    toks = tokens(clean(line))
    w = _words()
    out, changed, i = [], False, 0
    while i < len(toks):
        if toks[i] in w["denials"]:
            if toks[i + 1 : i + 2] == ["one"] and (i + 2 == len(toks) or toks[i + 2] in _ONE_ENDS):
                out.append("none")
                changed, i = True, i + 2
                continue
            for lead in sorted(_LEADS, key=len, reverse=True):
                j = i + 1 + len(lead)
                if tuple(toks[i + 1 : j]) != lead:
                    continue
                while j < len(toks) and toks[j] in w["intensifiers"]:
                    j += 1
                if j < len(toks) and toks[j] in w["amounts"]:
                    out.append("none" if toks[j] == "one" else "nothing")
                    changed, i = True, j + 1
                    break
            else:
                out.append(toks[i])
                i += 1
            continue
        out.append(toks[i])
        i += 1
    # a word of `alone`, all of its part
    for start, end in reversed(parts_between(out, _CUTS)):
        if tuple(out[start:end]) in w["alone"]:
            out[start:end] = ["nothing"]
            changed = True
    return " ".join(out) if changed else None
