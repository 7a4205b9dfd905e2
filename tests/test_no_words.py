"""A line with no letters ("2", "1, 3", "16!!") says nothing beyond its answer: the engine skips the
readers of what else an answer says for it (extras.has_words). Those readers must agree: none of
them finds anything in such a line, at any question."""

from __future__ import annotations

import pytest

from assistant.extras import has_words
from assistant.flow import default_flow
from assistant.understanding.ages import own_band
from assistant.understanding.lexicon import default_lexicon
from assistant.understanding.said_diagnosis import said_at_field
from assistant.understanding.wished import add_asked, add_rejected

NO_WORDS = ["1", "2, 8", "1,3,5,6", "4 1 2", "16", "16!!", "#3", "1)", "(2)", "-", "...", "?", "1 - 2", "12/3/2026", "100%",
            "5'4\"", "2 & 3", "1/2", "$300", "18+", " 7 ", "3.5", "911", ""]


def test_these_lines_have_no_words_and_words_have_them():
    assert not any(has_words(line) for line in NO_WORDS)
    assert all(has_words(line) for line in ("a", "1 please", "im 16", "16 yo", "dr", "é", "我16岁", "the 2nd"))


@pytest.mark.parametrize("state", sorted(default_flow().states))
def test_no_reader_of_what_else_an_answer_says_finds_anything_without_words(state):
    lex = default_lexicon()
    for line in NO_WORDS:
        assert said_at_field(state, line) == "", (state, line)
        assert add_asked({}, line, state) is None, (state, line)
        assert add_rejected({}, line) is None, (state, line)
        assert own_band(line, lex) is None, line
