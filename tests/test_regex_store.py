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
    again = private_file.read(store, regex_store.MAGIC)["regexes"]  # what was stored before is kept beside it
    assert (module.MORE.pattern, 0) in again and (module.KEPT.pattern, re.IGNORECASE) in again


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


def test_a_table_s_regexes_are_kept_like_a_module_s_and_come_back_as_compiled(tmp_path, fresh_store, monkeypatch):
    """Regexes a table builder holds in a dict (the concept tables: not global names) are stored when it is marked
    `kept`; the next run gets each back from re's cache; one made from typed words beside them is never stored."""
    monkeypatch.setattr(regex_store, "_tables", [])
    typed = "my brother Quorvath"

    @regex_store.kept
    def build() -> dict:
        return {"families": {"took": re.compile(r"(?<!\w)(?:(?P<e0>took|swallowed)(?!\w))"),
                             "pills": re.compile(r"(?<!\w)(?:(?P<e0>pills?|tablets?)(?!\w))")},
                "rules": [("overdose", 2, ("took", "pills"))], "window": 2,
                "quiet": [re.compile(r"(?<!\w)(?:vitamins? delta)(?!\w)", re.IGNORECASE)]}

    tables = build()
    said = re.compile(re.escape(typed))  # compiled from a line, held beside the tables
    store = tmp_path / "regexes-test.bin"
    assert regex_store.record(store) >= 3  # (and the global regexes of the modules loaded so far)
    kept = private_file.read(store, regex_store.MAGIC)["regexes"]
    assert {(p.pattern, 0) for p in tables["families"].values()} <= set(kept)
    assert (tables["quiet"][0].pattern, re.IGNORECASE) in kept
    assert not any("Quorvath" in source for source, _ in kept) and said.pattern
    assert regex_store.record(store) == 0  # nothing new: nothing written

    for name in ("_primed", "_stored", "_walked"):
        getattr(regex_store, name).clear()
    _as_in_a_new_run()
    assert regex_store.prime(store) == len(kept)
    again = build()
    for name, pattern in tables["families"].items():
        assert again["families"][name] is regex_store._primed[(str, pattern.pattern, 0)]
        assert again["families"][name] == pattern and again["families"][name].groupindex == {"e0": 1}
    assert again["families"]["pills"].search("she took all her tablets today").group("e0") == "tablets"
    assert again["quiet"][0].search("VITAMIN DELTA") and not again["families"]["took"].search("overtook")


def test_the_tables_regexes_come_back_in_the_next_process_whatever_its_hash_seed(tmp_path):
    """The tables marked `kept` (concept signs, doubt net...) are built alike in every process (a builder whose regex
    changed with the hash seed, from a set's order, would add its regexes to the store at every start): a second run
    of a conversation, under another seed, gets every one back from the store and compiles none of them."""
    lines = "".join(f"{line}\n" for line in ("2", "for my brother, whether to have his knee replaced", "quit"))
    probe = (
        "import hashlib, runpy, sys\n"
        "sys.argv = ['assistant', 'chat', '--plain', '--jsonl', '--no-save']\n"
        "try:\n"
        "    runpy.run_module('assistant', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "from assistant import regex_store\n"
        "kept = regex_store._tables\n"
        "primed = set(map(id, regex_store._primed.values()))\n"
        "sources = hashlib.sha256('\\n'.join(sorted({p.pattern for p in kept})).encode()).hexdigest()\n"
        "import re\n"
        "compiled = {id(v) for v in re._cache.values()} - primed  # what re compiled in this run (the cue tables' stoppers are made\n"
        "back = {p.pattern for p in kept if id(p) in primed}  # by the regex engine from their own stored programs: neither)\n"
        "again = {p.pattern for p in kept if id(p) in compiled}\n"
        "print('KEPT', len(again), 'BACK', len(back), 'SOURCES', sources, file=sys.stderr)\n"
    )
    seen = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": str(ROOT), "SECOND_OPINION_CACHE_DIR": str(tmp_path), "PYTHONHASHSEED": seed}
        answers = tmp_path / "answers.txt"  # waiting in a file: no warm-up thread building the tables beside the run
        answers.write_text(lines)
        with answers.open() as stdin:
            done = subprocess.run([sys.executable, "-c", probe], stdin=stdin, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120)
        assert done.returncode == 0, done.stderr
        seen.append(done.stderr.split("KEPT", 1)[1].split())
    (first_compiled, _, first_back, _, first_sources), (compiled, _, back, _, sources) = seen
    assert int(first_compiled) > 200 and first_back == "0"  # the concept tables alone hold some 230 different regexes
    assert sources == first_sources
    assert compiled == "0" and back == first_compiled


def test_a_table_regex_is_what_re_compile_makes_and_is_parsed_once_when_kept(tmp_path, fresh_store, monkeypatch):
    """table_regex makes what re.compile makes (the same program, flags and groups: Pattern equality compares them)
    for every regex of the concept tables, and a first run that keeps a table parses each of its regexes once, not
    again to record it."""
    from re import _compiler, _parser

    from assistant.safety import concept_signs, doubt_concepts, doubt_net, self_harm_concepts

    monkeypatch.setattr(regex_store, "_tables", [])
    monkeypatch.setattr(regex_store, "_made", {})
    _as_in_a_new_run()
    for module in (concept_signs, doubt_concepts, doubt_net, self_harm_concepts):
        module._tables.cache_clear()
        module._tables()
        module._tables.cache_clear()  # (rebuilt as usual by the next test that screens)
    made = [p for p in regex_store._tables if (p.pattern, 0) in regex_store._made]
    assert len({p.pattern for p in made}) > 200
    for pattern in made:
        again = _compiler.compile(pattern.pattern, 0)
        assert again == pattern and again.groupindex == pattern.groupindex and again.groups == pattern.groups
        assert re.compile(pattern.pattern) is pattern  # in re's cache, where re.compile looks
    parsed = []
    real_parse = _parser.parse
    monkeypatch.setattr(_parser, "parse", lambda source, flags=0, state=None: parsed.append(source) or real_parse(source, flags, state))

    @regex_store.kept
    def build() -> dict:
        return {"family": regex_store.table_regex(r"(?<!\w)(?:(?P<e0>wont wake|cant wake)(?!\w))"),
                "quiet": regex_store.table_regex(r"(?<!\w)(?:lol|haha)(?!\w)", re.IGNORECASE)}

    tables = build()
    assert regex_store.record(tmp_path / "regexes-test.bin") >= 2
    assert sorted(parsed).count(tables["family"].pattern) == 1 and sorted(parsed).count(tables["quiet"].pattern) == 1
    assert tables["quiet"].search("LOL ok") and tables["family"].search("she wont wake up").group("e0") == "wont wake"
