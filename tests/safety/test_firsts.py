"""A pattern list's first-character look-ahead (assistant/safety/firsts.py) only restates what
every match does: with it and without it, a regex finds the same matches; where the first
characters are not certain, no look-ahead is added."""

from __future__ import annotations

import re
from re import _parser

import pytest
from safety.safety_support import safety_rules

from assistant.safety import firsts, stored

TEXT = ("no | chest pain and a sore throat | ab abc bc x cbd | the dog is fine now | he cant breathe | "
        "she is not breathing | b a c abcabc | _ _ | 2 days ago | 10 mins | \u0663 days ago | c d | a9d | ")


def search_form(source: str) -> str:
    parsed = _parser.parse(source)
    chars = firsts.first_chars(parsed, _parser)
    if not chars:
        return source
    assert firsts.add(parsed, chars, _parser)
    searched = firsts.text(source, chars)
    assert stored.pattern(searched, stored.program(searched, parsed)) == re.compile(searched)  # as the parser reads it
    assert firsts.plain(searched) == source
    return searched


@pytest.mark.parametrize("patterns, chars", [
    (["chest pain", "cant breathe"], ["c"]),
    (["(?:a|b)c", "(?:no )?breathing"], ["a", "b", "n"]),
    (["[xy]z", "q+"], ["q", "x", "y"]),
    (["(?<!not )breathing", "(?=a)abc"], ["a", "b"]),
    (["(?:\\w+ ){0,2}pain"], None),  # a word of any letters first
    (["a?"], None),  # may match nothing
    (["(?i:chest)"], None),  # other letters too
    (["[a-c]d"], ["a", "b", "c"]),  # a short range: spelled out
    (["[a-z]d"], None),  # a long one: not read
    (["\\d+ days? ago", "10 mins"], ["\\d"]),  # any digit (other scripts' too, as \\d means)
    (["\\d+ days? ago", "a[1-3]d"], ["\\d", "a"]),
    (["[\\da] days"], ["\\d", "a"]),
])
def test_the_look_ahead_holds_exactly_the_first_characters_and_changes_no_match(patterns, chars):
    source = safety_rules._source(patterns, "", {})
    assert firsts.first_chars(_parser.parse(source), _parser) == chars
    searched = search_form(source)
    assert (searched != source) == bool(chars)
    assert [m.span() for m in re.finditer(searched, TEXT)] == [m.span() for m in re.finditer(source, TEXT)]


def test_a_clause_start_prefix_keeps_the_look_ahead_after_its_boundary():
    source = safety_rules._source(["but", "and then"], safety_rules.CLAUSE_START, {})
    searched = search_form(source)
    assert searched.startswith(safety_rules.CLAUSE_START + "\\b(?=[ab])")
    assert [m.span() for m in re.finditer(searched, "but | and then | x but")] == [(0, 3), (6, 14)]


def test_every_stored_pattern_list_matches_as_its_regex_from_the_yaml():
    """Each list's regex as stored (with its look-ahead) finds what the regex written from the
    YAML finds, on the lines of the phrase corpora run through whole."""
    from safety.safety_support import HELD_OUT, PHRASES, load_phrases
    from assistant.safety.text import Doc

    rows = [row["phrase"] for path in [PHRASES, *HELD_OUT] for row in load_phrases(path)]
    joined = Doc(". ".join(rows)).joined
    tables = safety_rules.load()
    for name, source, _, _ in tables["finders"]:
        if firsts.plain(source) != source:
            plain = re.compile(firsts.plain(source))
            assert [m.span() for m in re.compile(source).finditer(joined)] == [m.span() for m in plain.finditer(joined)], name
