"""A pick said both ways at a pick-any question: the plain picks are kept and the re-ask quotes only the
doubted clause, in the person's words, not the whole line with the parts already understood."""

from __future__ import annotations

from assistant.understanding import UNCLEAR
from assistant.understanding.doubted_part import doubted_part
from assistant.understanding.text import clean, tokens

from .reading_support import reading


def test_the_doubted_clause_alone_is_quoted_and_the_plain_picks_are_kept():
    result = reading("specialist_focus", "the CT scan, and whether to operate. also she never said travel is hard, she is 84")
    assert result.certainty == UNCLEAR
    assert result.value == ["imaging", "surgery"]
    assert result.unclear == "also she never said travel is hard"  # not "the CT scan, and whether to operate. ..."


def test_a_doubt_in_the_last_clause_after_a_semicolon():
    result = reading("signs", "new diagnosis, big surgery, not really risky but risky for her heart")
    assert result.certainty == UNCLEAR and result.value == ["serious_diagnosis", "major_procedure"]
    assert result.unclear == "not really risky but risky for her heart"


def test_when_nothing_is_kept_the_whole_line_is_still_quoted():
    line = "not really risky but risky for her heart"
    result = reading("signs", line)
    assert result.certainty == UNCLEAR and not result.value
    assert result.unclear == line


def test_pieces_that_do_not_line_up_with_the_words_fall_back_to_the_whole_line():
    text = "scans, and the travel"
    toks = tokens(clean(text))
    assert doubted_part(text, toks, [(len(toks) - 1, len(toks))]) == "and the travel"
    assert doubted_part(text, toks + ["extra"], [(0, 1)]) == text  # words and pieces out of step: the whole line
    assert doubted_part(text, toks, [(0, len(toks))]) == text  # every clause in doubt: the whole line
    assert doubted_part("", [], [(0, 1)]) == ""


def test_travel_said_as_can_not_or_cannot_take_anywhere_is_hard_travel():
    for line in ("she can not travel far", "I can't really take him anywhere far"):
        result = reading("specialist_focus", line)
        assert result.value == ["travel_hard"], line
    both = reading("specialist_focus", "the CT scan, and whether to operate. also she can not travel far, she is 84")
    assert set(both.value) == {"imaging", "surgery", "travel_hard"}
