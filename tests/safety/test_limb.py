"""User trial 8 (helper t14): a foot or leg in danger, in a diabetic with an ulcer or anyone else.

A toe gone black and smelling bad today (wet gangrene) and a foot gone cold and numb today (its blood flow
blocked) get the urgent turn; a black toe, red streaks up the leg, a foot gone cold today get at least the
check question. Old, known or everyday things stay quiet: a toe that went black years ago, a black toenail
from running, feet always cold in winter, numb feet from neuropathy for years."""

from __future__ import annotations

import pytest

from assistant.safety import screen

URGENT = [
    "surgery. toe went black this morning n smells bad",          # the trial's line (F6.1)
    "5 first. btw foot went cold n numb today",                    # the trial's line (F6.2)
    "my foot went cold and numb today",                            # the trial's plain check
    "his big toe went black since this morning and smells awful",
    "the toe is black and oozing pus today",
    "my leg suddenly went cold and pale",
    "moms foot turned cold and blue an hour ago",
    "foot is ice cold and i cant feel it since this morning",
]

CHECK_AT_LEAST = [
    "my toe turned black today",                                   # the trial's plain check
    "toe is black and dead looking since this morning",            # the trial's plain check
    "red streaks going up my leg since this morning",              # the trial's plain check
    "there are red lines running up her arm from the cut",
    "dads foot turned ice cold this morning",
    "the ulcer on my heel is black and oozing pus since yesterday",
    "his big toe has gone black and it stinks",
    "a red streak is spreading up from the sore on my ankle",
]

QUIET = [
    "toe went black years ago",
    "black toenail from running",
    "feet always cold in winter",
    "numb feet from neuropathy for years",
    "i stubbed my toe and its black and blue",
    "my feet are always cold and numb from the neuropathy",
    "i wear black socks to hide the ulcer",
    "the toe went black last year and they took it off",
    "my hands get cold and white in winter",
    "no red streaks, no smell, the wound looks clean",
    "my toe is not black, just a bit red",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_dying_or_bloodless_foot_told_as_new_today_gets_the_urgent_turn(line):
    result = screen(line)
    assert result.level == "emergency", (line, result)


@pytest.mark.parametrize("line", CHECK_AT_LEAST)
def test_a_black_toe_or_red_streaks_get_at_least_the_check_question(line):
    result = screen(line)
    assert result.level in ("ask", "emergency"), (line, result)


@pytest.mark.parametrize("line", QUIET)
def test_old_known_or_everyday_foot_words_stay_quiet(line):
    result = screen(line)
    assert result.level == "none", (line, result)


def test_the_urgent_turn_names_the_foot_not_a_belly_or_a_stroke():
    result = screen("surgery. toe went black this morning n smells bad")
    assert result.categories == ("limb",)
    assert "toe or foot" in result.recognised[0]


@pytest.mark.parametrize("line", [
    "dads big toe turned black since this morning and it smells really bad",
    "toe turned black. it smells",
    "her foot has gone black and now theres pus coming out",
    "my toe went dark purple and its oozing something that reeks",
])
def test_a_black_toe_with_a_bad_smell_or_pus_in_another_clause_is_the_urgent_turn(line):
    assert screen(line).level == "emergency" and "limb" in screen(line).categories, line


@pytest.mark.parametrize("line", [
    "his toe went black years ago. the room smells bad",
    "black toenail from running, my socks smell",
    "the nurse said the toe turned black in 2019 and the wound smelled then",
])
def test_a_smell_beside_an_old_or_harmless_black_stays_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", [
    "her leg is suddenly pale and freezing cold and it hurts like crazy",
    "my foot went numb and blue today and i cant move the toes",
])
def test_a_leg_told_pale_or_numb_before_the_cold_today_is_the_urgent_turn(line):
    assert screen(line).level == "emergency" and "limb" in screen(line).categories, line


@pytest.mark.parametrize("line", ["his legs get a bit blue and cold in winter", "my feet are numb from neuropathy for years"])
def test_long_known_cold_or_numb_feet_stay_quiet(line):
    assert screen(line).level == "none", line
