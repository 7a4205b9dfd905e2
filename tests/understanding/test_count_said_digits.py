"""A count said back after the picks, or a number after "all but", is read only from plain decimal digits or
number words: a superscript ("²") that int() refuses is no number (as at the age question, test_kinds.py) and never
crashes the reading (the never-crashes property test found "²" and "all but ²")."""

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



@pytest.mark.parametrize("line", ["all but ²", "everything except ³"])
def test_a_superscript_after_all_but_is_no_number_and_no_crash(line):
    from assistant.understanding.exclusions import numbers_after
    from assistant.understanding.text import tokens

    toks = tokens(line)
    assert numbers_after(toks, 1, default_lexicon(), ["a", "b", "c"]) == set()
