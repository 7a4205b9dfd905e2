"""The anchor scan's parsed form is built from the anchors (assistant/safety/trie.py), not read
from its text: the compiler must make of it exactly the program `re.compile` makes of the text."""

from __future__ import annotations

import re
from re import _parser

import pytest
from safety.safety_support import safety_rules

from assistant.safety import stored, trie

WORD_LISTS = [
    ["a"], ["ab", "ac"], ["a", "ab"], ["a", "b"], ["x", "xy", "xz", "q"], ["abc", "abd", "abde", "b"],
    ["a b.", "a(", "é", "a|b", "[x]", "\\d", "?", " "], ["chest pain", "chest", "chest hurts", "cant breathe", "cant"],
]


@pytest.mark.parametrize("words", WORD_LISTS, ids=lambda words: "|".join(words))
def test_the_built_form_compiles_to_the_program_of_the_text(words):
    text = safety_rules._trie(sorted(words))
    built = stored.program(text, trie.parsed(sorted(words), _parser))
    assert built == stored.program(text)  # the program of the text as parsed
    assert stored.pattern(text, built) == re.compile(text)


def test_the_scans_of_the_real_rules_compile_to_the_programs_of_their_text():
    for scan in safety_rules.load()["scans"]:
        words = sorted(scan["triggers"])
        assert stored.program(scan["anchors"], trie.parsed(words, _parser)) == stored.program(scan["anchors"])
