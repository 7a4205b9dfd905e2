"""Phrase files (dialogues/*.yaml, each key a list of phrases) read once as word tuples, and where a
phrase of one key stands in a line. Shared by the readers of doubts (unsafe.py, unsure_grounds.py,
last_doubts.py), which each kept a copy of both."""

from __future__ import annotations

import re
from functools import cache


@cache
def phrases(file: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """dialogues/`file`: each key's phrases, cleaned and split into words as lines are."""
    from .text import clean, tokens

    return {key: tuple(tuple(tokens(clean(str(v)))) for v in value) for key, value in read_phrase_file(file).items()}


def read_phrase_file(file: str) -> dict:
    """dialogues/`file` as read (from the cache when current); a broken or missing file, or one that is not a map of
    keys, fails with one line naming the file and what is wrong (LexiconError), as read_words_file does."""
    from .datafile import read_words_file
    from .lexicon import LexiconError

    data = read_words_file(file)
    if not isinstance(data, dict):
        raise LexiconError(f"dialogues/{file}: needs a map of keys to lists of phrases, not {type(data).__name__}")
    return data


def spans(toks: list[str], found: tuple[tuple[str, ...], ...]) -> list[tuple[int, int]]:
    """Where each of the phrases `found` stands in the words `toks`: (start, end), phrase by phrase."""
    present = set(toks)
    out = []
    for phrase in found:
        if phrase and phrase[0] not in present:  # the usual case: its first word is not in the line
            continue
        size = len(phrase)
        out += [(k, k + size) for k in range(len(toks) - size + 1) if tuple(toks[k : k + size]) == phrase]
    return out


def has(toks: list[str], found) -> bool:
    """Does one of the phrases `found` (word tuples) stand in the words `toks`? Shared by the readers that only ask
    whether (check_hedged.py, jokes.py, known_remark.py, told_clean.py each kept a copy)."""
    return bool(spans(toks, found))


def said(text: str, phrases) -> bool:
    """Does one of `phrases` stand in `text` as typed, between marks that are not part of a word ("won't" and "wont"
    are two phrases here, a hyphen ends a word)? For readers that cut the raw sentence by position
    (insurance_named.py); a reader of words uses `has`."""
    return any(re.search(rf"(?<![\w']){re.escape(p)}(?![\w'])", text) for p in phrases)


def led_by(toks: list[str], start: int, leads: list[tuple[int, int]], reach: int, stops,
           then: tuple[tuple[str, ...], ...] = ()) -> tuple[int, int] | None:
    """The lead (a (start, end) span of `toks`) that the word at `start` stands at most `reach` words after, with no word
    of `stops` between them and, when `then` is given, one of its phrases just after the lead; else None. Shared by
    wanted_items.py (a wish before an item) and doubted_sure.py (a doubt before an item), which each kept a copy."""
    for lead in leads:
        end = lead[1]
        if 0 <= start - end <= reach and not any(t in stops for t in toks[end:start]) \
                and (not then or any(tuple(toks[end : end + len(a)]) == a for a in then)):
            return lead
    return None


class PhraseFile:
    """One dialogues/*.yaml file of a doubt check, read once: `data()` the whole file, `phrases(key)` a
    key's phrases as word tuples, `words(key)` a key's entries as a set (wrongly_sure_open.py and
    wrongly_sure_heard.py each kept a copy of these three)."""

    def __init__(self, file: str) -> None:
        self.file = file
        self._data: dict | None = None
        self._phrases: dict[str, tuple[tuple[str, ...], ...]] = {}
        self._words: dict[str, frozenset[str]] = {}

    def data(self) -> dict:
        if self._data is None:
            self._data = read_phrase_file(self.file)
        return self._data

    def phrases(self, key: str) -> tuple[tuple[str, ...], ...]:
        if key not in self._phrases:
            from .text import clean, tokens

            self._phrases[key] = tuple(tuple(tokens(clean(str(v)))) for v in self.data()[key])
        return self._phrases[key]

    def words(self, key: str) -> frozenset[str]:
        if key not in self._words:
            self._words[key] = frozenset(str(v) for v in self.data()[key])
        return self._words[key]


_MARKS_FILE = PhraseFile("part_marks.yaml")


@cache
def part_marks(reader: str = "") -> frozenset[str]:
    """The marks that end a part of a pick-several answer (dialogues/part_marks.yaml), with the ones only `reader`
    ("hedged", "counted") adds."""
    return _MARKS_FILE.words("marks") | (_MARKS_FILE.words(reader) if reader else frozenset())
