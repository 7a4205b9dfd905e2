"""phrase_files.has (a phrase among a line's words) and said (a phrase as typed, between marks that end a word): the two
ways a reader asks whether a phrase stands, each kept once (check_hedged.py, jokes.py, known_remark.py, told_clean.py and
insurance_named.py kept copies)."""

from __future__ import annotations

from assistant.understanding.phrase_files import has, said
from assistant.understanding.text import tokens


def test_a_phrase_among_the_words_is_found_and_a_part_of_a_word_is_not():
    phrases = (("not", "really"), ("probably", "not"))
    assert has(tokens("no not really"), phrases)
    assert has(tokens("Probably not."), phrases)
    assert not has(tokens("not reallyy"), phrases)
    assert not has(tokens("really not"), phrases)
    assert not has([], phrases)


def test_a_phrase_as_typed_stands_between_marks_that_end_a_word():
    assert said("medicare wants it", ("wants",))
    assert said("they won't pay", ("won't pay",))
    assert not said("they wont pay", ("won't pay",))  # as typed: the file holds both spellings
    assert not said("it's medicares", ("medicare",))
    assert said("medicare, again", ("medicare",))
    assert said("non-medicare", ("medicare",))  # a hyphen ends a word here, as the insurance reader always read it
    assert not said("dont", ("don",))
