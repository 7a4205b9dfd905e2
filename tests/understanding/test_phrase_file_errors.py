"""A phrase file of dialogues/ (PhraseFile, phrase_files.phrases) that is broken fails with one line naming the file
and what is wrong, as read_words_file does (review c25: it raised PyYAML's own error, naming no file)."""

from __future__ import annotations

import pytest

from assistant import paths, yaml_cache
from assistant.understanding import phrase_files
from assistant.understanding.lexicon import LexiconError
from assistant.understanding.phrase_files import PhraseFile


@pytest.fixture
def words_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "dialogues_dir", lambda: tmp_path)
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    return tmp_path


def _one_line(error: pytest.ExceptionInfo) -> str:
    message = str(error.value)
    assert "\n" not in message
    return message


def test_a_list_never_closed_names_the_file_and_the_line(words_dir):
    (words_dir / "broken_words.yaml").write_text("joins: [or\nnot_after: [so]\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        PhraseFile("broken_words.yaml").phrases("joins")
    assert _one_line(error).startswith("dialogues/broken_words.yaml: cannot be read (not valid YAML at line ")


def test_a_missing_file_names_itself(words_dir):
    with pytest.raises(LexiconError) as error:
        PhraseFile("gone_words.yaml").data()
    assert _one_line(error).startswith("dialogues/gone_words.yaml: cannot be read")


def test_a_file_that_is_no_map_says_so(words_dir):
    (words_dir / "list_words.yaml").write_text("- or\n- so\n", encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        PhraseFile("list_words.yaml").words("joins")
    assert _one_line(error) == "dialogues/list_words.yaml: needs a map of keys to lists of phrases, not list"


def test_the_cached_reader_names_a_broken_file_too(words_dir):
    (words_dir / "broken_phrases.yaml").write_text("doubts: [not sure\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"^dialogues/broken_phrases\.yaml: cannot be read"):
        phrase_files.phrases("broken_phrases.yaml")


def test_a_good_file_reads_as_before(words_dir):
    (words_dir / "good_words.yaml").write_text("joins: [or]\nnot_after: [so, 'should i say']\n", encoding="utf-8")
    words = PhraseFile("good_words.yaml")
    assert words.phrases("not_after") == (("so",), ("should", "i", "say"))
    assert words.words("joins") == frozenset({"or"})
