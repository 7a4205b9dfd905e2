"""Review rv31: emergencies merge31 made quieter (an aside inside a clause, a body told with "would", "won't hardly
wake"), each beside the look-alike the session meant to quiet."""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line", [
    "my throat is tbh closing up", "my chest lol hurts so bad", "my face ngl is drooping", "my tongue is lol swelling up",
    "im tbh having chest pain", "my throat is haha closing up",
])
def test_an_aside_inside_a_clause_keeps_the_emergency(line):
    assert screen(line).level == "emergency"


@pytest.mark.parametrize("line", [
    "my throat would close", "my throat would swell", "my mouth would droop", "his face would droop", "lol his face would droop",
    "and my face would droop", "my left arm would tingle",
])
def test_a_body_told_with_would_alone_is_no_what_if(line):
    assert screen(line).level == "emergency"


@pytest.mark.parametrize("line", ["he won't hardly wake up", "she wont hardly wake", "he cant hardly wake up", "he barely wakes up"])
def test_hardly_waking_is_asked(line):
    assert screen(line).level != "none"


@pytest.mark.parametrize("line, level", [
    ("whats the risk of a stroke lol my face would droop", "emergency"),  # s24's what-if taken back (learner's English)
    ("whats the risk of a stroke lol my face is drooping", "emergency"),
    ("kms lol jk", "ask"),
])
def test_the_look_alikes_of_s24_keep_their_level(line, level):
    assert screen(line).level == level
