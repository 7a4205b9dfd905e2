"""The program's own regexes are kept compiled between runs (regex_store.py): what comes back is
what `re.compile` makes; only regexes modules keep among their global names are kept (never one
made from a typed line); a damaged or foreign store is never used; a usual run writes nothing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from assistant import private_file, regex_store

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def fresh_store(monkeypatch):
    """An empty store in this process; re's cache as it was afterwards."""
    for name in ("_primed", "_stored", "_walked"):
        monkeypatch.setattr(regex_store, name, {})
    before, newer = dict(re._cache), dict(getattr(re, "_cache2", {}))  # (Python 3.12+ keeps a second cache)
    yield
    re._cache.clear()
    re._cache.update(before)
    if hasattr(re, "_cache2"):
        re._cache2.clear()
        re._cache2.update(newer)


def _as_in_a_new_run() -> None:
    """re's caches empty, as at the start of the next run."""
    re._cache.clear()
    if hasattr(re, "_cache2"):
        re._cache2.clear()


def _module_with_regexes(name: str, tag: str) -> types.ModuleType:
    module = types.ModuleType(name)
    module.KEPT = re.compile(rf"(?P<word>kept{tag})\s+\d+", re.IGNORECASE)
    module.held = [re.compile(rf"in a list {tag}")]  # not a global name of its own: not kept
    sys.modules[name] = module
    return module


def test_only_regexes_modules_keep_are_stored_and_they_come_back_as_compiled(tmp_path, fresh_store, monkeypatch):
    module = _module_with_regexes("so_test_regexes_a", "alpha")
    monkeypatch.setitem(sys.modules, "so_test_regexes_a", module)
    typed = re.compile(r"\bmy[\s,]+zorblax\b")  # made from what someone typed, held by a local
    re.search(r"inside a function \d", "x")  # compiled and dropped
    store = tmp_path / "regexes-test.bin"
    assert regex_store.record(store) >= 1
    kept = private_file.read(store, regex_store.MAGIC)["regexes"]
    assert (module.KEPT.pattern, re.IGNORECASE) in kept
    assert not any("zorblax" in source or "in a list" in source or "inside a function" in source for source, _ in kept)
    assert typed.pattern  # (held until here)

    # the next run: put back into re's cache, found there by re.compile, the same regex
    for name in ("_primed", "_stored", "_walked"):
        getattr(regex_store, name).clear()
    _as_in_a_new_run()
    assert regex_store.prime(store) == len(kept)
    again = re.compile(module.KEPT.pattern, re.IGNORECASE)
    assert again is regex_store._primed[(str, module.KEPT.pattern, re.IGNORECASE)]
    assert again == module.KEPT and again.groupindex == {"word": 1}
    assert again.match("KEPTalpha  42").group("word") == "KEPTalpha"


def test_a_usual_run_writes_nothing(tmp_path, fresh_store, monkeypatch):
    module = _module_with_regexes("so_test_regexes_b", "beta")
    monkeypatch.setitem(sys.modules, "so_test_regexes_b", module)
    store = tmp_path / "regexes-test.bin"
    regex_store.record(store)
    written = store.stat().st_mtime_ns
    os.utime(store, ns=(written - 10**9, written - 10**9))
    assert regex_store.record(store) == 0
    assert store.stat().st_mtime_ns == written - 10**9
    # a module gaining a regex is looked at again
    module.MORE = re.compile(r"more beta \w+")
    assert regex_store.record(store) == 1


@pytest.mark.parametrize("damage", ["garbage", "truncated", "readable by others", "other format", "a link"])
def test_a_damaged_or_foreign_store_is_never_used(tmp_path, fresh_store, monkeypatch, damage):
    module = _module_with_regexes("so_test_regexes_c", "gamma")
    monkeypatch.setitem(sys.modules, "so_test_regexes_c", module)
    store = tmp_path / "regexes-test.bin"
    regex_store.record(store)
    data = store.read_bytes()
    if damage == "garbage":
        store.write_bytes(data[:-40] + os.urandom(40))
    elif damage == "truncated":
        store.write_bytes(data[: len(data) // 2])
    elif damage == "readable by others":
        store.chmod(0o644)
    elif damage == "other format":
        private_file.write(store, regex_store.MAGIC, [("x", 0)])
    else:
        target = tmp_path / "elsewhere.bin"
        store.rename(target)
        store.symlink_to(target)
    for name in ("_primed", "_stored", "_walked"):
        getattr(regex_store, name).clear()
    _as_in_a_new_run()
    assert regex_store.prime(store) == 0
    assert re._cache == {}


def test_a_stored_program_the_engine_would_not_make_is_not_put_back(tmp_path, fresh_store):
    store = tmp_path / "regexes-test.bin"
    source = r"an odd \d+ one"
    good = regex_store._program(source, 0, re.compile(source))
    bad = (good[0], good[1][:-4], *good[2:])  # a program cut short
    private_file.write(store, regex_store.MAGIC, {"regexes": {(source, 0): bad}, "modules": {}})
    _as_in_a_new_run()
    assert regex_store.prime(store) == 0
    assert re.compile(source).match("an odd 12 one")


def test_fresh_processes_keep_the_app_s_regexes_and_never_a_typed_word(tmp_path):
    """Two runs of the program: the second compiles none of the app's module regexes again, and
    the store holds nothing of what was typed."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SECOND_OPINION_CACHE_DIR": str(tmp_path)}
    lines = "2\nfor my brother Zorblax, whether to have his knee replaced\nquit\n"
    probe = (
        "import re, runpy, sys\n"
        "sys.argv = ['assistant', 'chat', '--plain', '--jsonl', '--no-save']\n"
        "try:\n"
        "    runpy.run_module('assistant', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "from assistant import regex_store\n"
        "from assistant.understanding.helpers import with_name\n"
        "named = with_name('My brother Zorblax, 7', 'my brother zorblax')  # a regex of typed words\n"
        "assert any('zorblax' in key[1] for key in re._cache if isinstance(key[1], str))\n"
        "regex_store.record(regex_store.path('plain'))\n"
        "from assistant.understanding import read\n"
        "mine = [v for m in list(sys.modules.values()) if (m.__name__ or '').startswith('assistant.')\n"
        "        for v in list(vars(m).values()) if isinstance(v, re.Pattern)]\n"
        "primed = set(map(id, regex_store._primed.values()))\n"
        "print('PRIMED', len(primed), 'MINE', len(mine), 'BACK', sum(id(v) in primed for v in mine), file=sys.stderr)\n"
    )
    for run in range(2):
        done = subprocess.run([sys.executable, "-c", probe], input=lines, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
    counts = done.stderr.split("PRIMED", 1)[1].split()
    primed, mine, back = int(counts[0]), int(counts[2]), int(counts[4])
    assert primed > 50 and mine > 50
    assert back >= mine * 0.9, done.stderr  # nearly all of the app's module regexes came back from the store
    stores = list(tmp_path.glob("regexes-plain-*.bin"))
    assert len(stores) == 1
    assert b"orblax" not in stores[0].read_bytes()
