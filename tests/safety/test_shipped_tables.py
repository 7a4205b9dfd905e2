"""The red-flag tables shipped with the app (assistant/safety/shipped.py): with an empty cache
they are read instead of built, they screen exactly as tables built from the YAML, the shipped
file is today's, and a shipped file that does not fit (damaged, a link, made from another YAML)
is never used: the tables are built as without it. (Made by another regex compiler, its analysis
is borrowed: test_borrowed_tables.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
from safety.safety_support import HELD_OUT, PHRASES, load_phrases, safety_rules, tables_differ

from assistant import yaml_cache
from assistant.safety import shipped, stored

ROOT = Path(__file__).resolve().parents[2]


@cache
def built() -> dict:
    """Today's tables, built from the YAML in this process (no file read or written)."""
    return safety_rules.built()


@pytest.fixture(scope="module")
def shipped_here(tmp_path_factory) -> Path:
    """A shipped file written by this Python from today's YAML (the committed one may have been
    written by another build of Python; it is checked on its own below)."""
    return shipped.write(tmp_path_factory.mktemp("shipped") / "red_flags.tables")


def whole(opened: stored.Opened) -> dict:
    try:
        return stored.join(opened.head, opened.part)
    finally:
        opened.close()


def test_the_shipped_tables_are_todays():
    opened = stored.open_tables(shipped.PATH, private=False)
    assert opened is not None, f"{shipped.PATH} is missing or damaged: run python3 -m assistant.safety.shipped"
    head = opened.head
    opened.close()
    assert head.get("content") == safety_rules._named().content, (
        "the shipped red-flag tables are stale (the YAML or the code that builds them changed): "
        "run python3 -m assistant.safety.shipped and commit assistant/safety/red_flags.tables")


def test_the_shipped_tables_are_the_tables_built_from_the_yaml(shipped_here):
    named = safety_rules._named()
    opened = stored.open_tables(shipped_here, private=False)
    assert opened is not None and opened.head["digest"] == named.digest
    assert not (d := tables_differ(whole(opened), built())), d
    committed = stored.open_tables(shipped.PATH, private=False)
    assert committed is not None
    if committed.head["digest"] == named.digest:  # written by this regex compiler: used as it is
        assert not (d := tables_differ(whole(committed), built())), d
    else:  # by another one: never used here
        committed.close()
        assert shipped.open_current(named.digest) is None


def test_the_shipped_file_is_readable_by_all_and_written_whole(shipped_here):
    assert oct(shipped_here.stat().st_mode & 0o777) == "0o644"
    assert not list(shipped_here.parent.glob("*.partial"))


SCREEN_ALL = """
import json, sys
from pathlib import Path
import assistant.safety.shipped as shipped
from assistant.safety import rules
shipped.PATH = Path(sys.argv[1]) if sys.argv[1] else None
if sys.argv[2] == "never build":
    def refused(*args, **kwargs):
        raise AssertionError("the tables were built")
    rules.build = refused
from assistant.safety import screen
lines = json.load(sys.stdin)
print(json.dumps([[r.level, r.categories, r.matched, r.recognised, r.advice] for r in map(screen, lines)]))
"""


def screened(cache: Path, lines: list[str], ship: Path | None, build: str) -> list:
    env = {**os.environ, yaml_cache.CACHE_ENV: str(cache)}
    done = subprocess.run([sys.executable, "-c", SCREEN_ALL, str(ship or ""), build], cwd=ROOT, env=env,
                          input=json.dumps(lines), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_an_empty_cache_screens_from_the_shipped_tables_as_from_tables_built_from_the_yaml(tmp_path, shipped_here):
    """Two fresh processes with an empty cache: one may not build and reads the shipped tables
    (and leaves no cache file: nothing was built), one builds them from the YAML."""
    lines = [row["phrase"] for path in [PHRASES, *HELD_OUT] for row in load_phrases(path)]
    lines += ["quit", "my chest hurts and I can't breathe", "no fever and short of breath", "x " * 3000 + "he stopped breathing"]
    (from_shipped := tmp_path / "a").mkdir()
    (from_yaml := tmp_path / "b").mkdir()
    read = screened(from_shipped, lines, shipped_here, "never build")
    assert not list(from_shipped.glob("red_flags-tables-*"))
    assert read == screened(from_yaml, lines, None, "build")
    assert list(from_yaml.glob("red_flags-tables-*.bin"))
    assert sum(level == "emergency" for level, *_ in read) > 100  # the lines really hold red flags


@pytest.mark.parametrize("misfit", ["missing", "flipped byte in the head", "flipped byte in a part", "truncated",
                                    "other magic", "other tables", "a link", "a folder"])
def test_a_shipped_file_that_does_not_fit_is_never_used(tmp_path, monkeypatch, shipped_here, misfit):
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path / "cache"))
    path = tmp_path / "red_flags.tables"
    data = shipped_here.read_bytes()
    opened = stored.open_tables(shipped_here, private=False)
    head_end = opened._start  # where the parts begin
    opened.close()
    if misfit == "flipped byte in the head":
        at = head_end // 2
        path.write_bytes(data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:])
    elif misfit == "flipped byte in a part":
        at = (head_end + len(data)) // 2
        path.write_bytes(data[:at] + bytes([data[at] ^ 0x20]) + data[at + 1:])
    elif misfit == "truncated":
        path.write_bytes(data[:head_end - 10])
    elif misfit == "other magic":
        path.write_bytes(b"X" + data[1:])
    elif misfit == "other tables":  # another YAML (or code that builds them): another digest and content
        path.write_bytes(stored.encode({**built(), "digest": "0" * 32, "content": "1" * 32}))
    elif misfit == "a link":
        path.symlink_to(shipped_here)
    elif misfit == "a folder":
        path.mkdir()
    monkeypatch.setattr(shipped, "PATH", path)
    digest = safety_rules._named().digest
    if misfit == "flipped byte in a part":  # the head is sound: the part is checked when it is read
        assert shipped.open_current(digest) is not None
    else:
        assert shipped.open_current(digest) is None
    tables = safety_rules.tables.__wrapped__()  # past the in-process cache
    assert not (d := tables_differ(tables.whole(), built())), d
