"""The parsed lexicon kept on disk (assistant/understanding/stored.py): what is read back is the
lexicon parsed from the YAML, field for field; a file that is damaged, stale or not private is
never used but parsed again and replaced; a broken lexicon still fails as before."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from assistant import yaml_cache
from assistant.flow import default_flow
from assistant.understanding import stored
from assistant.understanding.lexicon import LexiconError, load_lexicon, parse

LEXICON = Path(__file__).resolve().parents[2] / "dialogues" / "lexicon.yaml"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    (tmp_path / "content").mkdir()
    shutil.copy(LEXICON, tmp_path / "content" / "lexicon.yaml")
    return tmp_path


def parsed_now(folder: Path):
    """The lexicon parsed from the YAML, past any stored copy."""
    return parse(yaml_cache.parse_yaml((folder / "content" / "lexicon.yaml").read_text(encoding="utf-8")))


def the_file(folder: Path) -> Path:
    (path,) = (folder / "cache").glob("lexicon-*.marshal")
    return path


def test_the_stored_lexicon_is_the_parsed_one_field_for_field(folder):
    first = load_lexicon(folder / "content", flow=default_flow())  # parses and stores
    path = the_file(folder)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    again = load_lexicon(folder / "content", flow=default_flow())  # reads the stored copy
    assert again is not first
    expected = stored.encode(parsed_now(folder))
    assert stored.encode(first) == expected and stored.encode(again) == expected
    # The same types too: a frozenset must not come back as a set, nor a tuple as a list.
    for name, value in stored.encode(again).items():
        assert type(value) is type(expected[name]), name
    assert type(again.states["specialist_focus"].choices["imaging"]) is tuple


def test_the_stored_copy_is_what_the_reader_gets(folder):
    load_lexicon(folder / "content")
    path = the_file(folder)
    data = stored.read(path)
    data["fillers"] = frozenset({"a-word-only-the-stored-copy-has"})
    stored.write(path, data)  # a well-formed file (as if this code had stored it): used as is
    assert load_lexicon(folder / "content").fillers == frozenset({"a-word-only-the-stored-copy-has"})


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "other magic", "empty", "not a dict", "readable by others", "a link"])
def test_a_damaged_or_foreign_file_is_never_used_but_parsed_again(folder, damage):
    load_lexicon(folder / "content")
    path = the_file(folder)
    data = path.read_bytes()
    if damage == "flipped byte":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x20]) + data[middle + 1:])
    elif damage == "truncated":
        path.write_bytes(data[: len(data) - 100])
    elif damage == "other magic":
        path.write_bytes(b"X" + data[1:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not a dict":
        path.unlink()
        stored.write(path, ["fillers"])
    elif damage == "readable by others":
        decoy = stored.read(path)
        decoy["fillers"] = frozenset({"decoy"})
        stored.write(path, decoy)
        os.chmod(path, 0o644)
    elif damage == "a link":
        decoy = stored.read(path)
        decoy["fillers"] = frozenset({"decoy"})
        target = folder / "elsewhere.marshal"
        stored.write(target, decoy)
        path.unlink()
        path.symlink_to(target)
    lexicon = load_lexicon(folder / "content")
    assert stored.encode(lexicon) == stored.encode(parsed_now(folder))
    assert not path.is_symlink() and oct(path.stat().st_mode & 0o777) == "0o600"  # replaced by a good copy
    assert stored.encode(stored.decode(stored.read(path))) == stored.encode(parsed_now(folder))


def test_an_edited_lexicon_is_parsed_again_and_a_broken_one_still_fails(folder):
    load_lexicon(folder / "content")
    yaml_path = folder / "content" / "lexicon.yaml"
    text = yaml_path.read_text(encoding="utf-8")
    assert "  fillers:" in text
    yaml_path.write_text(text.replace("  fillers:", "  fillers:\n    - zzyzx", 1), encoding="utf-8")
    assert "zzyzx" in load_lexicon(folder / "content").fillers  # a new version: not the stored one
    assert len(list((folder / "cache").glob("lexicon-*.marshal"))) == 2
    yaml_path.write_text(text.replace("  fillers:", "  fillers: 7\n  old_fillers:", 1), encoding="utf-8")
    with pytest.raises(LexiconError):
        load_lexicon(folder / "content")


def test_no_cache_folder_only_costs_time(folder, monkeypatch):
    blocker = folder / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(blocker / "cache"))  # cannot be created
    assert stored.encode(load_lexicon(folder / "content")) == stored.encode(parsed_now(folder))
