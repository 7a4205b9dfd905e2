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
