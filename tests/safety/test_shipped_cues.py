"""The self-harm cue and warning-sign lists shipped built (assistant/safety/cue_tables.py): with an
empty cache they are read instead of built and screen exactly as lists built from the YAML, the
shipped files are today's, and a shipped file that does not fit (damaged, truncated, a link, a
folder, made for other lists) is never used: the lists are built as without it."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from assistant import private_file, yaml_cache
from assistant.safety import cue_tables, self_harm_cues, shipped, warning_signs

DATA = Path(__file__).resolve().parents[1] / "data"
MODULES = [self_harm_cues, warning_signs]


def _lines() -> list[str]:
    lines = []
    for path in sorted(DATA.glob("self_harm_own*.csv"))[:4] + [DATA / "safety_round24.csv"]:
        with path.open(newline="", encoding="utf-8") as f:
            lines += [row[0] for row in csv.reader(f) if row and row[0] != "phrase"]
    return lines[::3] + [". ".join(lines[i:i + 4]) for i in range(0, 400, 4)]


def _screen(lines: list[str]) -> list:
    return [(self_harm_cues.assess(line), warning_signs.found(line)) for line in lines]


def _built(module) -> dict:
    path, sections, checked = module.cue_source()
    return cue_tables.build(checked(yaml_cache.parse_yaml(path.read_text(encoding="utf-8"))), sections)


def _clear() -> None:
    for module in MODULES:
        module._tables.cache_clear()


@pytest.fixture
def empty_cache(tmp_path, monkeypatch):
    """An empty cache folder and no lists loaded in this process."""
    cache = tmp_path / "cache"
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(cache))
    _clear()
    yield cache
    _clear()


@pytest.fixture
def builds(monkeypatch) -> list:
    """The lists built in this test (cue_tables.build still runs)."""
    made, build = [], cue_tables.build
    monkeypatch.setattr(cue_tables, "build", lambda lists, sections: made.append(sections) or build(lists, sections))
    return made


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_the_shipped_lists_are_todays(module):
    path, sections, checked = module.cue_source()
    found = private_file.read(cue_tables.shipped_path(path), cue_tables.SHIPPED_MAGIC, private=False)
    assert isinstance(found, dict), f"{cue_tables.shipped_path(path)} is missing or damaged: run python3 -m assistant.safety.shipped"
    assert found["content"] == cue_tables.names(path, sections, checked)[0], (
        f"the shipped {path.stem} lists are stale (the YAML or the code that builds them changed): "
        f"run python3 -m assistant.safety.shipped and commit {cue_tables.shipped_path(path).name}")
    content, digest = cue_tables.names(path, sections, checked)
    if found["digest"] == digest:  # made by this regex compiler: used as it is, and it is what a build makes
        assert found["data"] == _built(module)
    else:  # by another one: never used here
        assert cue_tables.shipped(path, digest) is None


def test_written_here_they_are_the_lists_built_readable_by_all_and_whole(tmp_path):
    written = shipped.write_cues(tmp_path)
    assert [p.name for p in written] == ["self_harm_cues.cues", "warning_signs.cues"]
    for module, target in zip(MODULES, written):
        path, sections, checked = module.cue_source()
        found = private_file.read(target, cue_tables.SHIPPED_MAGIC, private=False)
        assert found["data"] == _built(module)
        assert found["digest"] == cue_tables.names(path, sections, checked)[1]
        assert oct(target.stat().st_mode & 0o777) == "0o644"
    assert not list(tmp_path.glob("*.partial"))


def test_an_empty_cache_reads_the_shipped_lists_builds_nothing_and_screens_the_same(empty_cache, builds, tmp_path, monkeypatch):
    monkeypatch.setattr(cue_tables, "SHIPPED", tmp_path / "shipped")
    cue_tables.SHIPPED.mkdir()
    shipped.write_cues(cue_tables.SHIPPED)
    builds.clear()
    lines = _lines()
    from_shipped = _screen(lines)
    assert builds == []  # read, not built
    assert not list(empty_cache.glob("*.bin"))  # and not copied into the user's cache
    assert sum(level > 0 for (level, _, _), _ in from_shipped) > 50 and any(signs for _, signs in from_shipped)
    monkeypatch.setattr(cue_tables, "SHIPPED", None)
    _clear()
    assert _screen(lines) == from_shipped
    assert len(builds) == 2  # built from the YAML this time


def _damage(target: Path, how: str, elsewhere: Path) -> None:
    good = target.read_bytes()
    if how == "garbage":
        target.write_bytes(cue_tables.SHIPPED_MAGIC + b"\0" * 64)
    elif how == "one byte changed":
        target.write_bytes(good[:-10] + bytes([good[-10] ^ 1]) + good[-9:])
    elif how == "truncated":
        target.write_bytes(good[: len(good) // 2])
    elif how == "another format":
        target.write_bytes(cue_tables.MAGIC + good[len(cue_tables.SHIPPED_MAGIC):])
    elif how == "made for other lists":
        found = private_file.read(target, cue_tables.SHIPPED_MAGIC, private=False)
        found["digest"], found["content"] = "0" * 32, "1" * 64  # (the same content by another compiler is borrowed)
        private_file.write(target, cue_tables.SHIPPED_MAGIC, found)
    elif how == "a link":
        elsewhere.write_bytes(good)
        target.unlink()
        target.symlink_to(elsewhere)
    else:  # a folder
        target.unlink()
        target.mkdir()


@pytest.mark.parametrize("how", ["garbage", "one byte changed", "truncated", "another format", "made for other lists", "a link", "a folder"])
def test_a_shipped_file_that_does_not_fit_is_never_used(empty_cache, builds, tmp_path, monkeypatch, how):
    folder = tmp_path / "shipped"
    folder.mkdir()
    monkeypatch.setattr(cue_tables, "SHIPPED", folder)
    for target in shipped.write_cues(folder):
        _damage(target, how, tmp_path / f"elsewhere-{target.name}")
    builds.clear()
    line = "got the rope in the barn. done being a burden, ive decided. my lips are turning blue"
    screened = _screen([line])
    assert len(builds) == 2  # both built from the YAML
    assert len(list(empty_cache.glob("*.bin"))) == 2  # and stored in the user's cache as before
    monkeypatch.setattr(cue_tables, "SHIPPED", None)
    _clear()
    assert _screen([line]) == screened
    assert screened[0][0][0] > 0
