"""Two opinions that do not agree, said in words at "Which would you like?" (compare now, plan a third, or they
agree): never stored as "they agree" (a fuzzy near-miss once stored "they disagree" and "they dont agree" so), and
never re-asked whole: what is understood is said, and only compare-or-third is asked (lead's terminal walk)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import pick, reading


@pytest.mark.parametrize("line", [
    "they disagree",
    "they disagre",
    "they dont agree",
    "no they dont agree",
    "they dont agree really, cardiologist says stents maybe, surgeon says bypass",
    "not the same at all",
])
def test_not_agreeing_is_never_they_agree_and_offers_compare_or_third(line):
    result = reading("fit_two_opinions", line)
    assert result.value is None
    assert set(result.options) == {"compare", "third"}


@pytest.mark.parametrize("line, choice", [
    ("they agree", "agree"),
    ("they agre", "agree"),  # a typo of the choice is still the choice
    ("they dont disagree", "agree"),
    ("they disagree so i want a third", "third"),
    ("they disagree, lets compare them now", "compare"),
])
def test_what_is_said_plainly_is_still_taken(line, choice):
    assert pick("fit_two_opinions", line) == choice


def test_the_reask_says_what_was_understood_and_asks_only_the_rest():
    engine = prepare("fit_two_opinions", "caregiver")
    turn = engine.respond("they dont agree really, cardiologist says stents, surgeon says bypass")
    assert turn.kind == "reask"
    assert "the two do not agree" in turn.text
    assert "Compare the two opinions now" in turn.text and "Plan a third opinion" in turn.text
    assert "They agree" not in turn.text.split("Which would you like?")[0]
    assert engine.respond("compare").kind != "reask"


@pytest.mark.parametrize("state, line", [("fit", "unsure"), ("decision_sure", "unsure")])
def test_a_word_with_its_opposite_prefix_is_no_typo_of_a_choice(state, line):
    assert pick(state, line) not in ("sure", "yes")
