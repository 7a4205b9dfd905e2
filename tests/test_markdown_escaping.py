"""What a user typed reaches the screen as typed: every Markdown mark in it is escaped, and the
plain text of the escaped Markdown is the line again (render.escape_markdown / to_plain)."""

from __future__ import annotations

import random
import re

from assistant.render import escape_markdown, to_plain

SPECIALS = "\\`*_{}[]<>()#+-.!|~"


def test_every_markdown_mark_gets_one_backslash_and_nothing_else_changes():
    for char in SPECIALS:
        assert escape_markdown(f"a{char}b") == f"a\\{char}b"
    assert escape_markdown("plain words, 42 and é😀") == "plain words, 42 and é😀"
    assert escape_markdown("") == ""


def test_typed_lines_survive_escaping_then_plain_text():
    rng = random.Random(17)
    alphabet = SPECIALS + "ab \n\té😀^$?\"'/:;,0"
    for _ in range(5000):
        line = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        escaped = escape_markdown(line)
        assert to_plain(escaped) == line, line
        # the same as a regex that puts a backslash before each mark (the old definition)
        assert escaped == re.sub(r"([\\`*_{}\[\]<>()#+\-.!|~])", r"\\\1", line)


def test_plain_text_drops_emphasis_and_escapes_only():
    assert to_plain("**Bold** and *it* \\*star\\* \\\\ end\\.") == "Bold and it *star* \\ end."


def test_emphasis_marks_are_dropped_as_the_look_behind_definition_drops_them():
    """Every line of up to 7 characters made of asterisks, backslashes and letters loses the same
    marks as with the old definition (a run of asterisks not after a backslash)."""
    from itertools import product

    from assistant.render import _EMPHASIS

    old = re.compile(r"(?<!\\)\*+")
    for length in range(8):
        for chars in product("*\\a", repeat=length):
            line = "".join(chars)
            assert _EMPHASIS.sub("", line) == old.sub("", line), line


def test_typed_markup_comes_back_as_typed():
    typed = "{{ 7*7 }} **x** [link](y) # not a heading"
    assert to_plain(escape_markdown(typed)) == typed
