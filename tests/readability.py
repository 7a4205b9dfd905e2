"""Readability scores for our tests: Flesch-Kincaid grade and SMOG, with pyphen for syllables.

Replaces textstat 0.7.4, which imports `pkg_resources` (gone from setuptools 82, so the test
command failed on a fresh Python 3.12/3.13); later textstat versions download NLTK data at run
time, which fails offline. The counting rules are textstat 0.7.4's, so the numbers agree:

- words: the text with every character that is not a letter, digit, `_` or space removed
  (so "don't" is one word and "check-up" is one word), split on white space;
- syllables of a word: pyphen's en_US hyphenation points + 1 (textstat's own counter);
- sentences: runs of text ending in `.`, `!` or `?`; a "sentence" of 2 words or fewer
  (a list number, "Good.") is not counted; at least 1;
- Flesch-Kincaid grade = 0.39 * words/sentences + 11.8 * syllables/words - 15.59;
- SMOG = 1.043 * sqrt(30 * words of 3+ syllables / sentences) + 3.1291, defined only for 3 or
  more sentences (textstat returns 0.0 below that; we return None, so a caller must decide).

One difference, on purpose: textstat 0.7.4 rounds words/sentence and syllables/word to one
decimal *before* the formula, which moves a grade by up to 0.6; we round only the result.
With `legacy_rounding=True` we round as textstat does.

Agreement, checked on 2026-12-02 against textstat 0.7.4 (pyphen 0.18.1) while it was still
installed, on 7 texts: three of our turns as rendered, the whole of one conversation (1,334
words), seed 000's opening paragraph, a one-word "Good." and a 2-sentence text. With
legacy_rounding=True the FK grade, SMOG, word, sentence and syllable counts were identical on
all 7. With our default rounding the FK grade differed by at most 0.5 (3.1 vs 2.6 on a short
turn; 4.0 vs 3.5 on the whole conversation) and SMOG was identical. tests/test_readability.py
pins counts done by hand.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

import pyphen

_DICTIONARY = pyphen.Pyphen(lang="en_US")
_NOT_WORD = re.compile(r"[^\w\s]")
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


def words(text: str) -> list[str]:
    return _NOT_WORD.sub("", text).split()


@lru_cache(maxsize=4096)
def syllables(word: str) -> int:
    """Syllables in one word (pyphen's hyphenation points + 1)."""
    word = _NOT_WORD.sub("", word.lower())
    return len(_DICTIONARY.positions(word)) + 1 if word else 0


def sentence_count(text: str) -> int:
    found = _SENTENCE.findall(text)
    short = sum(1 for sentence in found if len(words(sentence)) <= 2)
    return max(1, len(found) - short)


def _round(value: float, points: int) -> float:
    scale = 10**points
    return math.floor(value * scale + math.copysign(0.5, value)) / scale


def flesch_kincaid_grade(text: str, legacy_rounding: bool = False) -> float:
    found = words(text)
    if not found:
        return 0.0
    per_sentence = len(found) / sentence_count(text)
    per_word = sum(syllables(w) for w in found) / len(found)
    if legacy_rounding:
        per_sentence, per_word = _round(per_sentence, 1), _round(per_word, 1)
    return _round(0.39 * per_sentence + 11.8 * per_word - 15.59, 1)


def polysyllables(text: str) -> int:
    """Words of 3 or more syllables (textstat splits on white space here, punctuation kept)."""
    return sum(1 for w in text.split() if syllables(w) >= 3)


def smog_index(text: str) -> float | None:
    """SMOG grade, or None when the text has fewer than 3 sentences (SMOG is not defined there)."""
    count = sentence_count(text)
    if count < 3:
        return None
    return _round(1.043 * math.sqrt(30 * polysyllables(text) / count) + 3.1291, 1)


def word_count(text: str) -> int:
    return len(words(text))
