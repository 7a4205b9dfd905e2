"""Tables shipped by another Python (another regex compiler) with an empty cache: what they worked
out (regex sources, anchors, triggers) is borrowed, their regex programs never are (shipped.py
`borrowed`, cue_tables.py `borrowed`). The shipped files in these tests are made as another Python
would make them: this YAML and code, another compiler's name, and programs that are valid but
wrong here (each list given another list's program): a borrowed program would change what is
screened, so screening the same as tables built here proves none is used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from safety.safety_support import PHRASES, load_phrases, safety_rules
from safety.test_shipped_cues import MODULES, _built, _clear, _lines, _screen, builds, empty_cache  # noqa: F401 - fixtures
from safety.test_shipped_tables import SCREEN_ALL, built

from assistant import private_file, yaml_cache
from assistant.safety import cue_tables, shipped, stored

ROOT = Path(__file__).resolve().parents[2]
OTHER = "0" * 32  # another regex compiler's name for the same content


def _rotated(items: list) -> list:
    return items[1:] + items[:1]


@pytest.fixture(scope="module")
def foreign(tmp_path_factory) -> Path:
    """The red-flag tables as another Python ships them: today's content, another compiler, and
    each pattern list and scan carrying another one's program."""
    tables = built()
    programs = _rotated(tables["programs"])
    scans = [{**scan, "program": other["program"]} for scan, other in zip(tables["scans"], _rotated(tables["scans"]))]
    assert programs != tables["programs"] and scans != tables["scans"]
    path = tmp_path_factory.mktemp("foreign") / "red_flags.tables"
    path.write_bytes(stored.encode({**tables, "digest": OTHER, "code": OTHER, "programs": programs, "scans": scans}))
    return path


def _analysis_and_programs(tables: dict) -> tuple[dict, list, list]:
    analysis = {key: value for key, value in tables.items() if key not in ("programs", "scans", "digest", "code")}
    analysis["scans"] = [{key: value for key, value in scan.items() if key != "program"} for scan in tables["scans"]]
    return analysis, tables["programs"], [scan["program"] for scan in tables["scans"]]


def test_another_pythons_tables_lend_their_analysis_and_none_of_their_programs(foreign, monkeypatch):
    monkeypatch.setattr(shipped, "PATH", foreign)
    named = safety_rules._named()
    assert shipped.open_current(named.digest) is None  # not used as they are
    lent = shipped.borrowed(named)
    analysis, programs, scans = _analysis_and_programs(lent)
    here, _, scans_here = _analysis_and_programs(built())
    assert analysis == here
    assert programs == [None] * len(here["finders"])  # each list compiles here at its first need
    assert scans == scans_here  # the scans' programs made by this Python
    assert (lent["digest"], lent["code"]) == (named.digest, named.code)


def test_the_committed_tables_analysis_is_what_this_python_works_out():
    """On a Python other than the one that wrote the committed file, this is the check that its
    analysis is the YAML's and not its compiler's (on that one, it is the same file)."""
    lent = shipped.borrowed(safety_rules._named())
    assert lent is not None, "the shipped tables are stale or damaged: run python3 -m assistant.safety.shipped"
    assert _analysis_and_programs(lent)[0] == _analysis_and_programs(built())[0]


def test_tables_of_another_yaml_are_not_borrowed(tmp_path, monkeypatch):
    path = tmp_path / "red_flags.tables"
    path.write_bytes(stored.encode({**built(), "digest": OTHER, "code": OTHER, "content": "1" * 32}))
    monkeypatch.setattr(shipped, "PATH", path)
    assert shipped.borrowed(safety_rules._named()) is None


def _screened(cache: Path, lines: list[str], ship: Path | None, build: str) -> list:
    env = {**os.environ, yaml_cache.CACHE_ENV: str(cache)}
    done = subprocess.run([sys.executable, "-c", SCREEN_ALL, str(ship or ""), build], cwd=ROOT, env=env,
                          input=json.dumps(lines), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_an_empty_cache_on_another_python_screens_as_tables_built_here_and_builds_nothing(tmp_path, foreign):
    """Fresh processes: with another Python's tables shipped and an empty cache, nothing is built,
    every line screens as with tables built from the YAML here, and the tables are left in the
    cache: the next start reads them (with no shipped file at all) and screens the same."""
    lines = [row["phrase"] for row in load_phrases(PHRASES)]
    lines += ["quit", "my chest hurts and I can't breathe", "no fever and short of breath", "x " * 3000 + "he stopped breathing"]
    (cache := tmp_path / "cache").mkdir()
    (from_yaml := tmp_path / "yaml").mkdir()
    lent = _screened(cache, lines, foreign, "never build")
    assert lent == _screened(from_yaml, lines, None, "build")
    assert sum(level == "emergency" for level, *_ in lent) > 100  # the lines really hold red flags
    assert [path.name for path in cache.glob("red_flags-tables-*")] == [f"red_flags-tables-{safety_rules._named().digest}.bin"]
    missing = tmp_path / "no such file"
    assert _screened(cache, lines, missing, "never build") == lent


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_another_pythons_cue_lists_are_borrowed_with_programs_made_here(module, tmp_path, monkeypatch):
    path, sections, checked = module.cue_source()
    content, _ = cue_tables.names(path, sections, checked)
    data = _built(module)
    lists = {section: dict(zip(named, [[text, other[1]] for (text, _), other in zip(named.values(), _rotated(list(named.values())))]))
             for section, named in data["lists"].items()}
    monkeypatch.setattr(cue_tables, "SHIPPED", tmp_path)
    private_file.write(cue_tables.shipped_path(path), cue_tables.SHIPPED_MAGIC,
                       {"content": content, "digest": OTHER, "data": {**data, "lists": lists}})
    assert cue_tables.borrowed(path, content) == data  # the programs are this Python's, the rest the same
    assert cue_tables.borrowed(path, "1" * 64) is None  # lists of another YAML or code: never


def test_an_empty_cache_on_another_python_reads_the_cue_lists_builds_nothing_and_screens_the_same(
        empty_cache, builds, tmp_path, monkeypatch):  # noqa: F811 - fixtures
    folder = tmp_path / "shipped"
    folder.mkdir()
    monkeypatch.setattr(cue_tables, "SHIPPED", folder)
    for module, target in zip(MODULES, shipped.write_cues(folder)):
        found = private_file.read(target, cue_tables.SHIPPED_MAGIC, private=False)
        data = found["data"]
        lists = {section: {name: [text, data["scan"][1]] for name, (text, _) in named.items()} for section, named in data["lists"].items()}
        private_file.write(target, cue_tables.SHIPPED_MAGIC, {**found, "digest": OTHER, "data": {**data, "lists": lists, "scan": [data["scan"][0], None]}})
    builds.clear()
    lines = _lines()
    lent = _screen(lines)
    assert builds == []  # borrowed, not built
    assert len(list(empty_cache.glob("*.bin"))) == 2  # and kept in the user's cache for the next start
    assert sum(level > 0 for (level, _, _), _ in lent) > 50 and any(signs for _, signs in lent)
    monkeypatch.setattr(cue_tables, "SHIPPED", None)
    _clear()
    for stale in empty_cache.glob("*.bin"):
        stale.unlink()
    assert _screen(lines) == lent
    assert len(builds) == 2  # built from the YAML this time
