"""A count said back after the picks is read only from plain decimal digits or number words: a superscript
or other Unicode digit ("²", "③") that int() refuses is no count and never crashes the reading (a property
test found "²")."""

from __future__ import annotations

import pytest

from assistant.understanding.described import count_said
from assistant.understanding.lexicon import default_lexicon


@pytest.mark.parametrize("part", ["²", "③", "2²"])
def test_a_unicode_digit_is_no_count(part):
    assert count_said(part, 2, default_lexicon()) is False


def test_plain_counts_still_read():
    assert count_said("3", 3, default_lexicon()) is True
    assert count_said("three", 3, default_lexicon()) is True


@pytest.mark.parametrize(("line", "expected"), [("all but ²", ["all", "but", "2"]), ("③ and ١", ["3", "and", "1"])])
def test_a_unicode_digit_is_read_as_its_digit(line, expected):
    from assistant.understanding.text import tokens

    assert tokens(line) == expected
