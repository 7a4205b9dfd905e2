"""A paper said by where it came from: "the papers from the ER" are the discharge papers, "the
paper from the doctor" the visit notes, "the papers from when they did the cystoscopy" the
procedure report, "the notes from his biopsy" the biopsy report.

A word for a paper that says nothing of what is in it (papers, letter, notes, report), a word that
ties it to a source (from, after, of), at most a few small words ("when they did the") or one word for what it was
done to ("his knee scope"), and a source
the data knows (a place, a doctor, a procedure, or a procedure's word ending: "-oscopy", "-ectomy").
The span is read in the choice's own plain words ("discharge papers"), the rest of the line as it
was. The words and the questions are data (dialogues/documents_from.yaml). A "surgeon" is no
source: the surgeon's notes may be from a visit or from the operation (asked, as before).

This is a second reading, tried only when the line (or a part of it) was not understood (read.py).
"""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file
from .text import clean, tokens

FILE = "documents_from.yaml"


@cache
def _data():
    d = read_words_file(FILE) or {}
    phrases = lambda words: frozenset(tuple(str(w).split()) for w in words)  # noqa: E731
    sources = []
    for choice, spec in (d.get("sources") or {}).items():
        sources.append((choice, spec["say"], phrases(spec.get("words", ())), tuple(spec.get("endings", ()))))
    return (frozenset(d.get("questions", ())), phrases(d.get("documents", ())), frozenset(d.get("links", ())),
            frozenset(d.get("between", ())), int(d.get("gap", 5)), tuple(sources))


@cache
def _doctor_only():
    d = read_words_file(FILE) or {}
    phrases = lambda words: frozenset(tuple(str(w).split()) for w in words)  # noqa: E731
    return phrases(d.get("vague_documents", ())), phrases(d.get("doctor_only", ())), phrases(d.get("visit_words", ()))


def _only_a_doctor(toks, doc_at, n, source_at, length) -> bool:
    """ "the paper from the doctor", "a paper from the eye doctor": a paper that says nothing of what is in it,
    from a doctor with no visit said. It may be a visit note, a letter, a referral or a result: not read."""
    vague, doctors, visits = _doctor_only()
    if tuple(toks[doc_at:doc_at + n]) not in vague or tuple(toks[source_at:source_at + length]) not in doctors:
        return False
    near = toks[doc_at + n:source_at + length + 3]
    return not any(_phrase_at(near, k, visits) for k in range(len(near)))


def _phrase_at(toks, i, phrases) -> int:
    """The length of the longest phrase of `phrases` starting at toks[i], or 0."""
    best = 0
    for p in phrases:
        if tuple(toks[i : i + len(p)]) == p:
            best = max(best, len(p))
    return best


def _source_at(toks, i, sources):
    for choice, say, words, endings in sources:
        n = _phrase_at(toks, i, words)
        if n:
            return say, n
        if toks[i].isalpha() and any(toks[i].endswith(e) and len(toks[i]) > len(e) + 2 for e in endings):
            return say, 1
    return None


def by_source(line: str, spec) -> str | None:
    """The line with each paper said by its source put in the choice's plain words, or None."""
    questions, documents, links, between, gap, sources = _data()
    if spec.name not in questions:
        return None
    toks = tokens(clean(line))
    out, changed, i = [], False, 0
    while i < len(toks):
        n = _phrase_at(toks, i, documents)
        if n and i + n < len(toks) and toks[i + n] in links:
            j = i + n + 1
            while j < len(toks) and j - (i + n + 1) <= gap:
                found = _source_at(toks, j, sources)
                if found is not None and _only_a_doctor(toks, i, n, j, found[1]):
                    found = None
                    break
                if found is not None:
                    out.extend(found[0].split())
                    i, changed = j + found[1], True
                    break
                if toks[j] not in between:  # one word naming what the source was done to: "his knee scope"
                    found = _source_at(toks, j + 1, sources) if j + 1 < len(toks) and toks[j].isalpha() else None
                    if found is not None and _only_a_doctor(toks, i, n, j + 1, found[1]):
                        found = None
                    if found is not None:
                        out.extend(found[0].split())
                        i, changed = j + 1 + found[1], True
                    break
                j += 1
            else:
                found = None
            if found is not None:
                continue
        out.append(toks[i])
        i += 1
    return " ".join(out) if changed else None
