"""A misspelt word put right before a second reading: "farily sure" is "fairly sure", "the
scnas" is "the scans", "brusing me off" is "brushing me off".

Only words of five letters or more that no phrase of the question uses, and only when exactly
one word of this question's choices is close (two letters swapped, or one letter more or less;
one letter changed only in words of eight letters or more): a typo that could be two words stays
a question. This is a second reading, tried only when the line as written was not understood
(read.py).
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicon, fold
from .stems import swaps
from .text import clean, tokens


@lru_cache(maxsize=256)
def _vocabulary(spec, lex: Lexicon) -> frozenset[str]:
    from .matching import phrase_index

    own = frozenset(w for phrase, _, strength in phrase_index(spec, lex) if strength == 3 for w in phrase if len(w) >= 4 and w.isalpha())
    return own | _keys()[0]


@lru_cache(maxsize=1)
def _keys() -> tuple[frozenset[str], frozenset[str]]:
    """The words that turn an answer round ("except"), put right when misspelt, and the real words
    next to them that are never changed ("excerpt"): dialogues/spelled_keys.yaml."""
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file("spelled_keys.yaml") or {}
    lists = [raw.get(name) or [] for name in ("keys", "real_words")]
    if not all(isinstance(words, list) and all(isinstance(w, str) for w in words) for words in lists):
        raise LexiconError("dialogues/spelled_keys.yaml: needs lists 'keys' and 'real_words' of words")
    return frozenset(fold(w.lower()) for w in lists[0]), frozenset(w.lower() for w in lists[1])


@lru_cache(maxsize=256)
def _by_start(spec, lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The question's words by first letter (a near spelling keeps its first letter)."""
    out: dict[str, list[str]] = {}
    for w in _vocabulary(spec, lex):
        out.setdefault(w[:1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def corrected(line: str, spec, lex: Lexicon, beside_picks: bool = False) -> str | None:
    """The line with each misspelt word replaced by the one word of this question it is close
    to, or None when nothing was put right. `beside_picks`: only a word right next to a choice's
    words ("prety sure"), for a line already understood: a real word elsewhere ("before they
    approve") is left as it is."""
    toks = tokens(clean(line))
    vocab = _vocabulary(spec, lex)
    if not any(len(t) >= 5 and t.isalpha() and fold(t) not in vocab and t not in vocab and t not in lex.fillers and t not in lex.commentary
               for t in toks):
        return None  # no word that could be misspelt: nothing to put right
    allowed = None
    if beside_picks:
        from .matching import find_hits

        hits = [h for h in find_hits(toks, spec, lex) if h.strength == 3]
        allowed = {h.start - 1 for h in hits} | {h.end for h in hits}
    out, changed = [], False
    for at, tok in enumerate(toks):
        word = fold(tok)
        if (allowed is not None and at not in allowed) or len(tok) < 5 or not tok.isalpha() or word in vocab or tok in vocab \
                or tok in lex.fillers or tok in lex.commentary or tok in _keys()[1]:
            out.append(tok)
            continue
        close = {w for w in _by_start(spec, lex).get(word[:1], ()) if _near(word, w)} | {fold(s) for s in swaps(tok) if fold(s) in vocab}
        if len(close) == 1:
            out.append(close.pop())
            changed = True
        else:
            out.append(tok)
    return " ".join(out) if changed else None


def _near(typed: str, word: str) -> bool:
    """One letter more or less, or (in words of eight letters or more) one letter changed."""
    if abs(len(typed) - len(word)) > 1 or typed[:1] != word[:1]:
        return False
    if len(typed) == len(word):
        return len(word) >= 8 and sum(a != b for a, b in zip(typed, word)) == 1
    short, long_ = sorted((typed, word), key=len)
    return any(long_[:k] + long_[k + 1 :] == short for k in range(len(long_)))
