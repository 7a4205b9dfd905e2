"""Phrase files (dialogues/*.yaml, each key a list of phrases) read once as word tuples, and where a
phrase of one key stands in a line. Shared by the readers of doubts (unsafe.py, unsure_grounds.py,
last_doubts.py), which each kept a copy of both."""

from __future__ import annotations

from functools import cache


@cache
def phrases(file: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """dialogues/`file`: each key's phrases, cleaned and split into words as lines are."""
    from .. import yaml_cache
    from ..paths import dialogues_dir
    from .text import clean, tokens

    data = yaml_cache.load(dialogues_dir() / file, yaml_cache.parse_yaml)
    return {key: tuple(tuple(tokens(clean(str(v)))) for v in value) for key, value in data.items()}


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
            from .. import yaml_cache
            from ..paths import dialogues_dir

            self._data = yaml_cache.load(dialogues_dir() / self.file, yaml_cache.parse_yaml)
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
