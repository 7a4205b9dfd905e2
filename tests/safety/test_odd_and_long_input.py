"""Odd and very long input: never raises, and the work grows linearly (counted, not timed)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from safety.safety_support import (
    CATEGORY_IDS,
    HELD_OUT,
    PHRASES,
    Screening,
    level,
    load_phrases,
    safety,
    screen,
)


# --- odd input ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "", "   ", "\n\t\r", "😀😀😀", "\x00\x1b[31m\x07", "?!.,;:", "[/]", "'''", "ｃａｎｔ ｂｒｅａｔｈｅ", "İ" * 50,
    "\u200b", "-", "- - -", "1.2.3", "a'", "'a",
])
def test_odd_input_never_raises(text):
    assert screen(text).level in ("none", "ask", "emergency")


def test_full_width_and_emoji_around_a_red_flag():
    assert level("ｃａｎｔ ｂｒｅａｔｈｅ") == "emergency"
    assert level("😱😱 my dad wont wake up 😭") == "emergency"


def test_non_text_is_not_an_emergency():
    assert screen(None) == Screening()  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_screened_without_error(text):
    result = screen(text)
    assert result.level in ("none", "ask", "emergency")
    assert all(isinstance(words, str) and words for words in result.matched)


# --- long input (speed is measured in benchmarks/screening.py, not here) ---------------------------
ORDINARY = "the surgeon wants to replace my knee but i am not sure about the risk of bleeding, no fever. "
RUN_ON = ("i had chest pain and sweating yesterday no numbness now my dad was unconscious last year "
          "and i felt short of breath when i walk up the hill ")


def test_a_red_flag_at_the_end_of_a_100_kb_line_is_found():
    text = ORDINARY * 1100 + " and right now my face is drooping"
    assert len(text) > 100_000
    result = screen(text)
    assert result.is_emergency and result.categories == ("stroke",) and result.matched == ("face is drooping",)


def test_a_2000_word_line_full_of_red_flags_reports_every_category():
    rows = [row for path in [PHRASES, *HELD_OUT] for row in load_phrases(path)]
    one_each = {row["category_or_reason"]: row["phrase"] for row in reversed(rows) if row["emergency"] == "yes"}
    ordinary = [row["phrase"] for row in rows if row["emergency"] == "no"]
    text = " ".join(f"{phrase}." for pair in zip(ordinary, [*one_each.values()] + [""] * len(ordinary)) for phrase in pair if phrase)
    assert set(one_each) == CATEGORY_IDS
    result = screen(" ".join(text.split()[:2000]))
    assert result.is_emergency and result.crisis and set(result.categories) == CATEGORY_IDS


@pytest.fixture
def examined(monkeypatch) -> list[int]:
    """The number of clauses each pattern list is run on, call by call."""
    counts: list[int] = []
    matches = safety._Finder.matches

    def counted(self, doc, text, clauses):
        counts.append(len(clauses))
        return matches(self, doc, text, clauses)

    monkeypatch.setattr(safety._Finder, "matches", counted)
    return counts


@pytest.mark.parametrize("base", [ORDINARY, RUN_ON], ids=["story", "run-on"])
def test_the_work_grows_linearly_with_length(base, examined):
    """Ten times the text, about ten times the clauses examined (counted, not timed)."""
    assert screen(base * 10).level == screen(base * 100).level
    examined.clear()
    screen(base * 10)
    small = sum(examined)
    examined.clear()
    screen(base * 100)
    assert 0 < sum(examined) <= 11 * small, (small, sum(examined))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a" * 100_000, "none"), ("no chest pain " * 800, "none"), ("cant breathe " * 800, "emergency"),
     ("😀" * 50_000, "none"), (", " * 50_000, "none")],
    ids=["one 100 KB word", "repeated negated signs", "repeated red flags", "emoji", "punctuation"],
)
def test_degenerate_long_lines_are_screened(text, expected):
    assert level(text) == expected
