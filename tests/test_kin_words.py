"""dialogues/kin_words.yaml: one list of family words read by wording.names_another and safety/advice.who_is_at_risk
(review c25: two hand-kept copies before). Every shared kin word works in both places."""

from __future__ import annotations

import pytest

from assistant import kin_words
from assistant.safety.advice import who_is_at_risk
from assistant.wording import names_another


@pytest.mark.parametrize("word", sorted(kin_words._data()["kin"]))
def test_a_kin_word_is_someone_else_in_both_places(word):
    assert names_another(f"my {word} said he wants to kill himself", "my neighbour")
    assert who_is_at_risk(["my", word, "keeps", "saying"], ["wants", "to", "die"]) == "other"


def test_the_same_person_said_two_ways_is_not_another():
    assert not names_another("my mom is not breathing", "my mother")
    assert not names_another("my nana collapsed", "my grandmother")
    assert names_another("my grandson collapsed", "my grandmother")


def test_the_words_of_one_place_only_stay_there():
    assert who_is_at_risk(["the", "client", "says"], ["wants", "to", "die"]) == "other"
    assert not names_another("my client collapsed", "my mother")  # a word for the urgent advice only
    assert who_is_at_risk(["my", "nana", "says"], ["wants", "to", "die"]) is None  # a word for names_another only


def test_the_advice_lists_are_read_from_the_file_as_words():
    from assistant.kin_words import words

    assert "no" in words("el_as_he")  # quoted in the file: read as the word, never as False
    assert {"chest", "lips"} <= words("body") and {"tablets", "rifle"} <= words("means") and "texted" in words("told_to")
    assert all(isinstance(w, str) for key in ("el_as_he", "told_to", "means", "body") for w in words(key))
