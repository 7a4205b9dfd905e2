"""A doctor who did not have all the records, said by what happened to a paper or a result: "the
2nd doc didnt get her hearing test", "the VA lost half my file", "he never got the echo report".

A verb of losing or not having (lost, didn't get, never saw, was missing), then within a few words
of the same clause a paper or a result (file, chart, test, report, notes). The span is read as the
choice's plain words ("did not see the records"), the rest of the line as it was. Words and
questions are data (dialogues/missing_records.yaml). A scan is not among the things: a scan missing
is its own choice at compare_context, read as before.

This is a second reading, tried only when the line as written was not understood (read.py).
"""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file
from .lexicon import fold
from .text import clean, tokens

FILE = "missing_records.yaml"


@cache
def _data():
    d = read_words_file(FILE) or {}
    phrases = lambda words: tuple(sorted({tuple(str(w).split()) for w in words}, key=len, reverse=True))  # noqa: E731
    return (frozenset(d.get("questions", ())), str(d.get("say", "")), phrases(d.get("verbs", ())),
            frozenset(fold(str(w)) for w in d.get("things", ()) if " " not in str(w)), phrases(w for w in d.get("things", ()) if " " in str(w)),
            int(d.get("gap", 3)), frozenset(d.get("stops", ())))


def _at(toks, i, phrases) -> int:
    return next((len(p) for p in phrases if tuple(toks[i : i + len(p)]) == p), 0)


def missing_records(line: str, spec) -> str | None:
    """The line with a record said lost or not seen put in the choice's plain words, or None."""
    questions, say, verbs, things, long_things, gap, stops = _data()
    if spec.name not in questions:
        return None
    toks = tokens(clean(line))
    for i in range(len(toks)):
        n = _at(toks, i, verbs)
        if not n:
            continue
        for j in range(i + n, min(len(toks), i + n + gap + 1)):
            if toks[j] in stops:
                break
            m = 1 if fold(toks[j]) in things else _at(toks, j, long_things)
            if m:
                return " ".join(toks[:i] + say.split() + toks[j + m :])
    return None
