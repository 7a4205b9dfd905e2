"""Questions about the words of my own steps: "what do u mean by records?? like his whole file from
birth?", "what do u mean by decide, isnt it the doctors call?", "what do u mean by change the plan?".

A user trial (2026-12-04, sixth) found them answered "I cannot answer that here". I know my own words,
so I explain them, from the guides (each entry's `source`). The words are data: dialogues/own_words.yaml.

A line asks about a term when
- "mean by", "meant by" come right before it ("what do u mean by records"),
- "what does" / "what do" ... "mean" hold it ("what does network mean"),
- "what is", "whats", "explain" come right before it and the question ends there ("whats a timeline?"),
so "what is a second opinion going to cost?" is not one (it is about cost); or when the line is a
question that says one of an entry's `asks` ("isnt it the doctors call?").
"""

from __future__ import annotations

from functools import lru_cache

from .text import clean, tokens

_ARTICLES = frozenset("the a an this that these those his her my your our their its".split())
_ENDS = frozenset("? . ! , thing word stuff bit part".split())


@lru_cache(maxsize=1)
def _data():
    from .datafile import read_words_file

    raw = read_words_file("own_words.yaml") or {}
    frames = [tuple(tokens(f)) for f in raw.get("frames", [])]
    meaning = frozenset(raw.get("meaning_words", []))
    entries = []
    for entry in raw.get("words", []):
        terms = sorted((tuple(tokens(t)) for t in entry.get("terms", [])), key=len, reverse=True)
        asks = [tuple(tokens(a)) for a in entry.get("asks", [])]
        entries.append((entry["id"], terms, asks, " ".join(str(entry["reply"]).split())))
    return frames, meaning, entries


def _term_at(toks: list[str], k: int, terms) -> tuple[str, ...] | None:
    """The longest term starting at k (after an article), else None."""
    if k < len(toks) and toks[k] in _ARTICLES:
        k += 1
    for term in terms:
        if tuple(toks[k : k + len(term)]) == term:
            return term
    return None


def _contains(toks: list[str], phrase) -> bool:
    size = len(phrase)
    return any(tuple(toks[i : i + size]) == phrase for i in range(len(toks) - size + 1))


def own_word_reply(text: str, asked: bool = True) -> str:
    """The explanation of the word of mine the line asks about, or ""."""
    toks = tokens(clean(text))
    frames, meaning, entries = _data()
    for _, terms, asks, reply in entries:
        if asked and any(_contains(toks, a) for a in asks):
            return reply
        for i in range(len(toks)):
            for frame in frames:
                if tuple(toks[i : i + len(frame)]) != frame:
                    continue
                after = i + len(frame)
                if frame[-1] in ("by", "with"):  # "mean by records": the term right after
                    if _term_at(toks, after, terms):
                        return reply
                elif frame in (("what", "does"), ("what", "do")):  # "what does network mean"
                    ends = [j for j in range(after, min(len(toks), after + 7)) if toks[j] in meaning]
                    if ends and any(_contains(toks[after : ends[0]], t) for t in terms):
                        return reply
                else:  # "whats a timeline?": the term, and the question ends there
                    term = _term_at(toks, after, terms)
                    if term:
                        start = after + (1 if toks[after] in _ARTICLES else 0)
                        rest = toks[start + len(term) :]
                        if not rest or rest[0] in _ENDS or rest[0] in meaning:
                            return reply
    return ""


def unsure_default_why(state: str) -> str:
    """Why the guides suggest a question's `default` choice to someone who is not sure, or ""."""
    from .datafile import read_words_file

    raw = read_words_file("own_words.yaml") or {}
    return " ".join(str((raw.get("unsure_defaults") or {}).get(state, "")).split())
