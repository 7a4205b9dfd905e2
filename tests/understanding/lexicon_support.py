"""A copy of the project's lexicon to break on purpose, for the tests that the lexicon is checked at load."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assistant import yaml_cache
from assistant.flow import default_flow
from assistant.understanding.lexicon import LexiconError, load_lexicon

LEXICON = Path(__file__).resolve().parents[2] / "dialogues" / "lexicon.yaml"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A folder holding a copy of the lexicon, with its own cache folder."""
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    shutil.copy(LEXICON, tmp_path / "lexicon.yaml")
    return tmp_path


def broken(folder: Path, old: str, new: str) -> str:
    """Load the copy with `old` replaced by `new`: it must fail with one line naming the file; that line."""
    path = folder / "lexicon.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(LexiconError) as error:
        load_lexicon(folder, flow=default_flow())
    message = str(error.value)
    assert message.startswith("lexicon.yaml: ") and "\n" not in message
    return message
