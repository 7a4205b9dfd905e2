"""A word file of dialogues/ that cannot be read fails with one clear line naming the file."""

from __future__ import annotations

import pytest

from assistant import paths, yaml_cache
from assistant.understanding.datafile import read_words_file
from assistant.understanding.lexicon import LexiconError


def test_a_broken_word_file_names_itself(tmp_path, monkeypatch):
    (tmp_path / "remarks.yaml").write_text("openings: [kindly note\n", encoding="utf-8")  # a list never closed
    monkeypatch.setattr(paths, "dialogues_dir", lambda: tmp_path)
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    with pytest.raises(LexiconError, match=r"^dialogues/remarks\.yaml: cannot be read"):
        read_words_file("remarks.yaml")


def test_a_missing_word_file_names_itself(tmp_path, monkeypatch):
    monkeypatch.setattr(paths, "dialogues_dir", lambda: tmp_path)
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    with pytest.raises(LexiconError, match=r"^dialogues/homophones\.yaml: cannot be read"):
        read_words_file("homophones.yaml")


def test_the_real_word_files_read():
    assert isinstance(read_words_file("remarks.yaml"), dict) and isinstance(read_words_file("homophones.yaml"), dict)
