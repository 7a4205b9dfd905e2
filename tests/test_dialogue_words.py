"""Every word list in dialogues/*.yaml holds words: YAML reads a bare yes, no, on, off, true or
false as a boolean, and the word would be lost without a sound ("on" in a list of words became
True, so "go on" was never read as going on)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.yaml_cache import parse_yaml

DIALOGUES = Path(__file__).resolve().parents[1] / "dialogues"


def _not_words(data, where: str):
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _not_words(value, f"{where}.{key}")
    elif isinstance(data, list):
        if any(isinstance(item, str) for item in data):
            yield from (f"{where}: {item!r}" for item in data if isinstance(item, bool) or item is None)
        for item in data:
            yield from _not_words(item, where)


@pytest.mark.parametrize("path", sorted(DIALOGUES.glob("*.yaml")), ids=lambda p: p.name)
def test_word_lists_hold_no_booleans(path):
    assert list(_not_words(parse_yaml(path.read_text(encoding="utf-8")), path.name)) == []


def test_the_check_finds_a_bare_yes():
    assert list(_not_words(parse_yaml("words: [maybe, yes, no]\n"), "x")) == ["x.words: True", "x.words: False"]
