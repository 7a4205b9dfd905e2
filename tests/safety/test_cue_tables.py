"""The self-harm cue lists kept compiled, and run only where one of their anchors is (cue_tables.py).

What a user relies on: the cue screen finds exactly what it found when every list ran on every
window, whether its lists come from the cache or are built from the YAML, and a damaged cache
file is never used. The work it saves is counted (lists run), never timed.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest
from safety.safety_support import Counted

from assistant import yaml_cache
from assistant.paths import dialogues_dir
from assistant.safety import cue_tables, self_harm_cues

DATA = Path(__file__).resolve().parents[1] / "data"


def _phrases() -> list[str]:
    lines = []
    rounds = [DATA / f"safety_round{n}.csv" for n in (20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41)]
    for path in sorted(DATA.glob("self_harm_own*.csv")) + rounds:
        with path.open(newline="", encoding="utf-8") as f:
            lines += [row[0] for row in csv.reader(f) if row and row[0] != "phrase"]
    # lines of several sentences too: windows of two sentences, stoppers one sentence out
    return lines + [". ".join(lines[i:i + 4]) for i in range(0, len(lines), 4)] + [" ".join(lines[:300])]


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """An empty cache folder, no lists loaded in this process and none shipped (so they are built and stored)."""
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    monkeypatch.setattr(cue_tables, "SHIPPED", None)
    self_harm_cues._tables.cache_clear()
    yield tmp_path
    self_harm_cues._tables.cache_clear()


def _every_list(monkeypatch):
    """Every list runs on every window (what the screen did before the anchors)."""
    names = {f"{section}.{name}" for section, names in (("cues", self_harm_cues.KINDS), ("stoppers", self_harm_cues.STOPPERS))
             for name in names}
    monkeypatch.setattr(cue_tables.Cues, "lists_in", lambda self, text: names)
    monkeypatch.setattr(cue_tables.Anchors, "lists", lambda self, start, end: names)


def test_the_anchors_change_nothing_found(monkeypatch):
    lines = _phrases()
    gated = [self_harm_cues.assess(line) for line in lines]
    _every_list(monkeypatch)
    assert [self_harm_cues.assess(line) for line in lines] == gated
    assert sum(level > 0 for level, _, _ in gated) > 100  # the lines do hold cues


def test_a_line_without_cue_words_runs_almost_no_list(monkeypatch):
    ran = []
    tables = self_harm_cues._tables()
    for section in tables.sections.values():
        for name, regex in list(section.items()):
            monkeypatch.setitem(section, name, Counted(regex, name, ran))
    self_harm_cues.assess("the surgeon wants a second scan of the knee. what does it show?")
    assert set(ran) <= {"person"}  # its anchors ("i", "he"...) are in most lines; no other list ran
    self_harm_cues.assess("i have the pills here and i want to die tonight")
    assert {"intent", "means"} <= set(ran)


def test_stored_lists_are_the_lists_compiled(fresh):
    lines = _phrases()[::5]
    built = self_harm_cues._tables()
    from_built = [self_harm_cues.assess(line) for line in lines]
    assert list(fresh.glob("self_harm_cues-*.bin"))  # stored on first use
    self_harm_cues._tables.cache_clear()
    read = self_harm_cues._tables()
    assert read is not built
    for section, lists in read.sections.items():
        for name, regex in lists.items():
            assert regex == re.compile(regex.pattern) == built.sections[section][name]  # the same program
    assert [self_harm_cues.assess(line) for line in lines] == from_built


@pytest.mark.parametrize("damage", ["garbage", "truncated", "readable by others", "a link"])
def test_a_damaged_store_is_built_again(fresh, damage):
    line = "got the rope in the barn. done being a burden, ive decided"
    expected = self_harm_cues.assess(line)
    [stored] = fresh.glob("self_harm_cues-*.bin")
    good = stored.read_bytes()
    if damage == "garbage":
        stored.write_bytes(cue_tables.MAGIC + b"\0" * 64)
    elif damage == "truncated":
        stored.write_bytes(good[: len(good) // 2])
    elif damage == "readable by others":
        stored.chmod(0o644)
    else:
        elsewhere = fresh / "elsewhere.bin"
        elsewhere.write_bytes(good)
        elsewhere.chmod(0o600)
        stored.unlink()
        stored.symlink_to(elsewhere)
    self_harm_cues._tables.cache_clear()
    assert self_harm_cues.assess(line) == expected
    assert stored.is_file() and not stored.is_symlink() and stored.read_bytes() == good
    assert stored.stat().st_mode & 0o077 == 0


def test_an_edited_word_file_is_read_again(fresh, tmp_path, monkeypatch):
    words = tmp_path / "dialogues"
    words.mkdir()
    text = (dialogues_dir() / self_harm_cues.FILE).read_text(encoding="utf-8")
    (words / self_harm_cues.FILE).write_text(text, encoding="utf-8")
    monkeypatch.setattr("assistant.paths.dialogues_dir", lambda: words)
    line = "i want to die tonight, i have the zorblax ready"
    before = self_harm_cues.assess(line)
    # a new means, added at the end of its list: the stored lists must not be reused
    edited = text.replace("  means:\n", "  means:\n    - zorblax\n", 1)
    assert edited != text
    (words / self_harm_cues.FILE).write_text(edited, encoding="utf-8")
    self_harm_cues._tables.cache_clear()
    after = self_harm_cues.assess(line)
    assert "zorblax" in after[1] and "zorblax" not in before[1]
