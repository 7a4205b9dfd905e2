"""The parsed-content cache: same data as parsing, never stale, never in the way."""

from __future__ import annotations

import os

from assistant import yaml_cache
from assistant.yaml_cache import parse_yaml


def test_a_cached_copy_gives_the_same_data_without_parsing_again(tmp_path):
    source = tmp_path / "flow.yaml"
    source.write_text("id: x\nstates: {a: [1, 2]}\nflag: no\n")
    first = yaml_cache.load(source, parse_yaml)
    calls = []
    second = yaml_cache.load(source, lambda text: calls.append(text))
    assert first == second == {"id": "x", "states": {"a": [1, 2]}, "flag": False}
    assert calls == []


def test_an_edited_file_is_parsed_again(tmp_path):
    source = tmp_path / "flow.yaml"
    source.write_text("id: old\n")
    yaml_cache.load(source, parse_yaml)
    source.write_text("id: new\n")
    assert yaml_cache.load(source, parse_yaml) == {"id": "new"}


def test_a_damaged_cache_file_is_ignored_and_replaced(tmp_path):
    source = tmp_path / "flow.yaml"
    source.write_text("id: x\n")
    yaml_cache.load(source, parse_yaml)
    (cached,) = yaml_cache.cache_dir().glob("flow-*.json")
    cached.write_text("{not json")
    assert yaml_cache.load(source, parse_yaml) == {"id": "x"}
    assert yaml_cache.load(source, lambda text: None) == {"id": "x"}  # rewritten whole


def test_data_json_cannot_keep_exactly_is_not_cached(tmp_path):
    source = tmp_path / "odd.yaml"
    source.write_text("1: one\n")  # an integer key would come back as the text "1"
    assert yaml_cache.load(source, parse_yaml) == {1: "one"}
    assert list(yaml_cache.cache_dir().glob("odd-*.json")) == []


def test_an_unwritable_cache_folder_only_costs_time(tmp_path, monkeypatch):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(blocked / "cache"))
    source = tmp_path / "flow.yaml"
    source.write_text("id: x\n")
    assert yaml_cache.load(source, parse_yaml) == {"id": "x"}


def test_the_cache_folder_and_its_files_are_private(tmp_path, monkeypatch):
    folder = tmp_path / "new-cache"
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(folder))
    source = tmp_path / "flow.yaml"
    source.write_text("id: x\n")
    old_umask = os.umask(0o022)  # a common umask, which would leave new files readable by all
    try:
        yaml_cache.load(source, parse_yaml)
    finally:
        os.umask(old_umask)
    assert oct(os.stat(folder).st_mode & 0o777) == "0o700"
    files = list(folder.iterdir())
    assert files and all(oct(os.stat(path).st_mode & 0o777) == "0o600" for path in files)
