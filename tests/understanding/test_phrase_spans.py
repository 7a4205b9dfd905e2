"""language_help.phrase_spans looks a phrase up by its first word: the same spans as trying every
phrase at every position (what it replaced), on the lexicon's own phrases and on made-up ones."""

from __future__ import annotations

import itertools
import random

from assistant.understanding.language_help import TOPIC, phrase_spans
from assistant.understanding.lexicon import default_lexicon
from assistant.understanding.text import clean, tokens


def every_phrase_everywhere(toks, phrases):
    return {(i, i + len(w)) for w in phrases for i in range(len(toks) - len(w) + 1) if tuple(toks[i : i + len(w)]) == w}


def test_the_interpreter_words_are_found_where_trying_every_phrase_finds_them():
    phrases = next(t for t in default_lexicon().topics if t.id == TOPIC).words
    lines = ["", "i need an interpreter", "my mom only speaks spanish, can they give translator?", "my english not good",
             "the interpreter said the surgeon wants to operate", "interpreter interpreter", "1, 3", "sign language please",
             "we need someone who speaks vietnamese and an interpreter for the visit"]
    words = sorted({w for phrase in phrases for w in phrase} | {"my", "need", "not", "good", "the", "a"})
    rng = random.Random(17)
    for _ in range(300):
        lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))))
    for line in lines:
        toks = tokens(clean(line))
        assert phrase_spans(toks, phrases) == every_phrase_everywhere(toks, phrases), line


def test_made_up_phrases_overlapping_repeated_and_empty():
    toks = "a b a b c a".split()
    for phrases in ((("a",), ("a", "b"), ("b", "c"), ("a", "b", "a")), (("c", "a", "x"), ("a",)), (("b",), ()), ()):
        assert phrase_spans(toks, phrases) == every_phrase_everywhere(toks, phrases), phrases
    for n in range(4):
        for toks in itertools.product("ab", repeat=n):
            assert phrase_spans(list(toks), (("a", "b"), ("b",), ("b", "b"))) == every_phrase_everywhere(list(toks), (("a", "b"), ("b",), ("b", "b")))
