"""counting.py reads dialogues/doctor_words.yaml once, in one loader, for every reader of it (by_form, groups, a person
of a kind of care, a doctor said not to count); a broken file fails with one line naming it."""

from __future__ import annotations

import pytest

from assistant import paths, yaml_cache
from assistant.understanding import counting
from assistant.understanding.counting import by_form, count_doctors
from assistant.understanding.lexicon import LexiconError, default_lexicon
from assistant.understanding.text import tokens


def _count(line: str) -> int | None:
    found = count_doctors(tokens(line), default_lexicon())
    return found[0] if found else None


def test_every_list_of_the_file_is_read_in_its_form():
    assert by_form("hepatologist") and by_form("ent") and not by_form("hospital")
    assert _count("the ER guy and then the bone surgeon") == 2
    assert _count("surgeon, pulmonologist, tumor board.") == 3
    assert _count("just the surgeon. well the gyno found it on mammo first but she doesnt count") == 1


@pytest.fixture
def words_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "dialogues_dir", lambda: tmp_path)
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    counting._doctor_words.cache_clear()
    yield tmp_path
    counting._doctor_words.cache_clear()


def test_a_doctor_words_file_that_is_no_map_fails_naming_it(words_dir):
    (words_dir / "doctor_words.yaml").write_text("- guy\n- lady\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        by_form("hepatologist")
    assert str(error.value) == "dialogues/doctor_words.yaml: needs a map of keys to lists of phrases, not list"


def test_a_broken_doctor_words_file_names_the_file_and_the_line(words_dir):
    (words_dir / "doctor_words.yaml").write_text("people: [guy\nkinds: [er]\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^dialogues/doctor_words\.yaml: cannot be read \(not valid YAML at line "):
        by_form("hepatologist")
