"""The quiet path of screening (issue 17, helper p8): the self-harm cue screen and the warning signs
run a list only where it could change the result, with exactly the results of running every list.

What a user relies on: every line is still screened in full. The self-harm screen leaves out a window
only when the kinds whose anchors lie in it could not raise the line even if all of them matched
(that needs `_level` monotone: checked here on every combination of kinds); the warning signs run a
kind's list only on a sentence holding one of its anchors, and the stoppers only where one of theirs
is. The work saved is counted (lists run), never timed.
"""

from __future__ import annotations

import csv
import itertools
from pathlib import Path

import pytest
from safety.safety_support import Counted

from assistant import yaml_cache
from assistant.paths import dialogues_dir
from assistant.safety import cue_tables, self_harm_cues, warning_signs
from assistant.safety.self_harm_cues import KINDS, _level

DATA = Path(__file__).resolve().parents[1] / "data"


def _lines() -> list[str]:
    lines = []
    paths = sorted(DATA.glob("self_harm_own*.csv")) + [DATA / f"safety_round{n}.csv" for n in (20, 21, 22)]
    for path in paths:
        with path.open(newline="", encoding="utf-8") as f:
            lines += [row[0] for row in csv.reader(f) if row and row[0] != "phrase"]
    return lines + [". ".join(lines[i:i + 3]) for i in range(0, len(lines), 3)] + [" ".join(lines[:100])]


def _found(counts: tuple[int, ...]) -> dict[str, list[str]]:
    return {kind: [f"{kind}{n}" for n in range(count)] for kind, count in zip(KINDS, counts)}


def test_the_cue_level_never_drops_when_more_is_found():
    """Another kind found, or another word of a kind, never lowers a window's level: the skip relies on it."""
    words = [[], ["a"], ["a", "b"]]
    levels = {counts: _level(dict(zip(KINDS, map(words.__getitem__, counts))))
              for counts in itertools.product(range(3), repeat=len(KINDS))}
    for counts, level in levels.items():
        for i, count in enumerate(counts):
            if count < 2:
                assert levels[(*counts[:i], count + 1, *counts[i + 1:])] >= level, (counts, KINDS[i])


def test_more_words_of_a_kind_than_the_ceiling_counts_change_nothing():
    for present in itertools.product((0, 1), repeat=len(KINDS)):
        at_most = tuple(p * self_harm_cues._MOST_WORDS for p in present)
        assert _level(_found(at_most)) == _level(_found(tuple(p * 6 for p in present)))


def test_skipping_windows_changes_nothing_found(monkeypatch):
    lines = _lines()
    quick = [self_harm_cues.assess(line) for line in lines]
    monkeypatch.setattr(self_harm_cues, "_ceiling", lambda kinds: 99)  # every window with an anchor runs its lists
    assert [self_harm_cues.assess(line) for line in lines] == quick
    assert sum(level > 0 for level, _, _ in quick) > 100  # the lines do hold cues


def _every_warning_list(monkeypatch):
    tables = warning_signs._tables()
    names = {f"{section}.{name}" for section, lists in tables.sections.items() for name in lists}
    monkeypatch.setattr(cue_tables.Cues, "lists_in", lambda self, text: names)
    monkeypatch.setattr(cue_tables.Anchors, "lists", lambda self, start, end: names)


def test_the_warning_sign_anchors_change_nothing_found(monkeypatch):
    lines = _lines() + [
        "not sure ill still be around by then", "cant see a future. im moving abroad next year",
        "i have a stash of my old pills saved up just in case", "giving most of my stuff away. cant see a future"]
    gated = [warning_signs.found(line) for line in lines]
    _every_warning_list(monkeypatch)
    assert [warning_signs.found(line) for line in lines] == gated
    assert sum(bool(found) for found in gated) > 10


def test_the_warning_sign_lists_are_the_yaml_patterns_joined():
    data = yaml_cache.load(dialogues_dir() / warning_signs.FILE, yaml_cache.parse_yaml)
    tables = warning_signs._tables()
    assert list(tables.sections["signs"]) == list(data["signs"])  # in the YAML's order (the order signs are told)
    for kind, items in data["signs"].items():
        assert tables.sections["signs"][kind].pattern == cue_tables.source(items)
    stoppers = [item for items in data["stoppers"].values() for item in items]
    assert tables.sections["stoppers"][warning_signs._STOPPERS].pattern == cue_tables.source(stoppers)


@pytest.mark.parametrize("module", [self_harm_cues, warning_signs])
def test_an_ordinary_line_runs_no_list(monkeypatch, module):
    ran = []
    for section in module._tables().sections.values():
        for name, regex in list(section.items()):
            monkeypatch.setitem(section, name, Counted(regex, name, ran))
    run = self_harm_cues.assess if module is self_harm_cues else warning_signs.found
    run("My doctor wants me to have knee surgery next month. What does the scan show?")
    assert ran == []
    run("i have the pills here and i want to die tonight. cant see a future")
    assert ran  # a line with cue words does run them
