"""The red-flag tables kept on disk with their anchor scans compiled (assistant/safety/stored.py):
what is read back screens exactly as what is built from the YAML, and a file that is damaged,
stale or not private is never used but built again."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from safety.safety_support import HELD_OUT, PHRASES, load_phrases, safety_rules, tables_differ

from assistant import yaml_cache
from assistant.safety import stored

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def cache(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    return tmp_path


def fresh() -> dict:
    return safety_rules.load.__wrapped__()  # past the in-process cache


def the_file(folder: Path) -> Path:
    (path,) = folder.glob("red_flags-tables-*")
    return path


def test_a_stored_scan_is_the_regex_re_compile_makes(cache):
    tables = fresh()
    for scan in tables["scans"]:
        assert scan["program"], "no stored program: the scan would be compiled at the first line"
        loaded = stored.pattern(scan["anchors"], scan["program"])
        assert loaded == re.compile(scan["anchors"])  # equal patterns: same source, flags and program
        assert loaded.findall("chest pain | cant breathe") == re.compile(scan["anchors"]).findall("chest pain | cant breathe")


def test_every_pattern_list_is_stored_as_the_regex_re_compile_makes(cache):
    tables = fresh()
    assert len(tables["programs"]) == len(tables["finders"]) and all(tables["programs"])
    for (name, source, _, _), program in zip(tables["finders"], tables["programs"]):
        assert stored.pattern(source, program) == re.compile(source), name


def test_a_program_the_regex_engine_refuses_is_compiled_instead():
    source = r"(?=(chest|pain))"
    for bad in ([32, 2, b"\x01\x00\x00\x00\x02\x00\x00\x00"], [32, 2, b""], [32, 2, b"\x01"], ["x"], None):
        assert stored.pattern(source, bad) == re.compile(source)


def test_the_file_is_private_and_read_back_as_built(cache):
    built = fresh()
    path = the_file(cache)
    assert path.suffix == ".bin" and oct(path.stat().st_mode & 0o777) == "0o600"
    assert not (d := tables_differ(stored.read(path), built)), d
    assert not (d := tables_differ(fresh(), built)), d


@pytest.mark.parametrize("damage", ["flipped byte", "truncated", "other magic", "empty", "json", "readable by others", "a link"])
def test_a_damaged_or_foreign_file_is_never_used_but_rebuilt(cache, damage):
    built = fresh()
    path = the_file(cache)
    data = path.read_bytes()
    if damage == "flipped byte":  # inside the tables: the checksum no longer matches
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x20]) + data[middle + 1:])
    elif damage == "truncated":
        path.write_bytes(data[: len(data) - 100])
    elif damage == "other magic":
        path.write_bytes(b"X" + data[1:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "json":  # the cache as it was kept before
        path.write_text(json.dumps({"digest": built["digest"]}))
    elif damage == "readable by others":
        os.chmod(path, 0o644)
    elif damage == "a link":
        elsewhere = cache / "elsewhere.bin"
        path.rename(elsewhere)
        path.symlink_to(elsewhere)
    assert stored.read(path) is None
    assert not (d := tables_differ(fresh(), built)), d
    assert not (d := tables_differ(stored.read(the_file(cache)), built)), d  # replaced by a good file


def test_a_file_for_other_content_is_not_used(cache):
    """Well formed, but made from another version of the YAML: its digest says so."""
    built = fresh()
    path = the_file(cache)
    other = {**built, "digest": "0" * 32, "finders": []}
    assert stored.write(path, other)
    assert fresh() == built


def test_stale_files_are_removed(cache):
    built = fresh()
    current = the_file(cache)
    current.unlink()
    (cache / "red_flags-tables-0123.json").write_text("{}")  # as kept before, and by an older YAML
    (cache / "red_flags-tables-4567.bin").write_bytes(b"old")
    assert fresh() == built
    assert [p.name for p in cache.glob("red_flags-tables-*")] == [current.name]


def test_what_cannot_be_kept_exactly_is_not_written(tmp_path):
    assert not stored.write(tmp_path / "x.bin", {"a": object()})
    assert not (tmp_path / "x.bin").exists()
    assert stored.write(tmp_path / "y.bin", {"a": [1, "b", None]}) and stored.read(tmp_path / "y.bin") == {"a": [1, "b", None]}


# The processes below test the user's cache: the tables shipped with the app are left out (shipped.py).
NOT_SHIPPED = "import assistant.safety.shipped as shipped; shipped.PATH = None\n"
SCREEN_ALL = NOT_SHIPPED + """
import json, sys
from assistant.safety import screen
lines = json.load(sys.stdin)
print(json.dumps([[r.level, r.categories, r.matched, r.recognised, r.advice] for r in map(screen, lines)]))
"""


def screened_in(cache: Path, lines: list[str]) -> list:
    """Every line screened by a fresh process whose cache folder is `cache`."""
    env = {**os.environ, yaml_cache.CACHE_ENV: str(cache)}
    done = subprocess.run([sys.executable, "-c", SCREEN_ALL], cwd=ROOT, env=env, input=json.dumps(lines),
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_screening_from_the_stored_tables_equals_screening_built_from_the_yaml(tmp_path):
    """Two fresh processes: one builds the tables from the YAML (empty cache), one reads them
    back; every labelled line is screened the same by both."""
    lines = [row["phrase"] for path in [PHRASES, *HELD_OUT] for row in load_phrases(path)]
    lines += ["quit", "my chest hurts and I can't breathe", "no fever and short of breath", "x " * 3000 + "he stopped breathing"]
    built = screened_in(tmp_path, lines)
    assert len(list(tmp_path.glob("red_flags-tables-*.bin"))) == 1
    assert screened_in(tmp_path, lines) == built
    assert sum(level == "emergency" for level, *_ in built) > 100  # the lines really hold red flags


def test_a_string_holding_another_is_covered_by_it():
    """Anchors: a clause holding "a" is scanned anyway, so "ab" adds nothing (rules._uncovered)."""
    assert safety_rules._uncovered({"a", "ab", "b", "cab", "d"}) == {"a", "b", "d"}
    assert safety_rules._uncovered({"chest pain", "chest", "pain in chest", "breath"}) == {"chest", "breath"}
    assert safety_rules._uncovered({"stroke"}) == {"stroke"}


def test_anchor_sets_keep_exactly_the_strings_no_shorter_one_is_inside():
    """rules._uncovered checks each string against the shorter ones kept so far: the same set
    as checking it against every shorter string."""
    import random

    from assistant.safety.rules import _uncovered

    rng = random.Random(17)
    for _ in range(3000):
        strings = {"".join(rng.choice("abc") for _ in range(rng.randint(1, 5))) for _ in range(rng.randint(1, 12))}
        expected = {s for s in strings if not any(t in s for t in strings if len(t) < len(s))}
        assert _uncovered(strings) == expected, strings


# --- head and parts: a line reads only what it needs, and every part is checked ------------------
PARTS_READ = NOT_SHIPPED + """
import json, sys
from assistant.safety import rules, screen
screen(sys.argv[1])
print(json.dumps(sorted(rules.tables()._parts)))
"""


def parts_read(line: str, cache: Path) -> list[str]:
    env = {**os.environ, yaml_cache.CACHE_ENV: str(cache)}
    done = subprocess.run([sys.executable, "-c", PARTS_READ, line], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def test_a_line_without_a_sign_reads_only_the_head_and_a_sign_reads_a_few_lists(tmp_path):
    parts_read("quit", tmp_path)  # builds the file
    assert parts_read("quit", tmp_path) == []
    read = parts_read("my chest hurts and I can't breathe", tmp_path)
    assert stored.SIGN_TRIGGERS in read and stored.CUE_SCAN in read
    assert 0 < len(read) < len(fresh()["finders"]) // 4


def test_the_head_and_parts_put_back_together_are_the_tables(cache):
    built = fresh()
    head, parts = stored.split(built)
    assert stored.join(head, parts.__getitem__) == built
    assert set(head) & {"finders", "programs", "scans"} == set()  # the heavy parts are not read at start
    assert len(parts) == len(built["finders"]) + 3  # each list, the triggers, the cue scan, the rules whole


def test_the_head_keeps_every_rule_screening_reads_but_not_the_pattern_text(cache):
    """The head's rules (read at every start) leave out only what building reads: each list's
    patterns (screening runs them from their own parts), the idioms, pseudo-cues and macros."""
    built = fresh()
    head, parts = stored.split(built)
    full, slim = built["rules"], head["rules"]
    assert parts[stored.RULES] == full and len(marshal.dumps(slim)) < len(marshal.dumps(full)) / 2
    assert {key: value for key, value in slim.items() if key not in ("signs", "context", "escalators", "idioms", "pseudo_cues", "macros")} \
        == {key: value for key, value in full.items() if key not in ("signs", "context", "escalators", "idioms", "pseudo_cues", "macros")}
    assert not any("patterns" in spec for spec in slim["signs"].values()) and slim["macros"] == {}
    assert all(isinstance(value, int) for spec in [*slim["context"].values(), *slim["escalators"].values()]
               for key, value in spec.items() if key in safety_rules.KINDS)  # how many patterns, not their text
    for (name, spec, level), (slim_name, slim_spec, slim_level) in zip(safety_rules.sign_specs(full), safety_rules.sign_specs(slim), strict=True):
        assert (slim_name, slim_level) == (name, level)
        assert slim_spec == {key: value for key, value in spec.items() if key != "patterns"} or slim_spec == spec  # (net, short: kept)
    for kind in ("context", "escalators"):
        assert list(slim[kind]) == list(full[kind])
        for name, spec in full[kind].items():
            spec, thin = safety_rules.group_spec(spec), safety_rules.group_spec(slim[kind][name])
            assert {key: bool(value) for key, value in thin.items() if key in safety_rules.KINDS} \
                == {key: bool(value) for key, value in spec.items() if key in safety_rules.KINDS}  # the same kinds to look for
            assert {key: value for key, value in thin.items() if key not in safety_rules.KINDS} \
                == {key: value for key, value in spec.items() if key not in safety_rules.KINDS}  # window, effect, unless, words...


def test_lists_sharing_a_regex_are_stored_once(cache):
    built = fresh()
    sources = [source for _, source, _, _ in built["finders"]]
    assert len(set(sources)) < len(sources)  # the real rules repeat some (historical, past_time...)
    opened = stored.open_tables(the_file(cache))
    try:
        offsets = {tuple(opened._index[stored.finder_part(n)][:2]) for n in range(len(sources))}
    finally:
        opened.close()
    assert len(offsets) == len({(source, repr(anchors), repr(program)) for (_, source, anchors, _), program
                                in zip(built["finders"], built["programs"])})


def damaged_part(path: Path, name: str) -> None:
    """Flip a byte in the middle of one part of the stored file (its head stays good)."""
    opened = stored.open_tables(path)
    offset, length, _ = opened._index[name]
    start = opened._start
    opened.close()
    data = bytearray(path.read_bytes())
    data[start + offset + length // 2] ^= 0x20
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("name", [stored.SIGN_TRIGGERS, stored.CUE_SCAN, stored.finder_part(0)])
def test_a_damaged_part_is_never_used_but_built_again(cache, name):
    built = fresh()
    head, parts = stored.split(built)
    path = the_file(cache)
    damaged_part(path, name)
    opened = stored.open_tables(path)
    assert opened is not None and opened.head == head  # the head is good: read at start
    with pytest.raises(stored.Damaged):
        opened.part(name)
    rebuilt = []
    tables = stored.Tables(opened.head, opened.part, lambda: rebuilt.append(1) or fresh())
    assert tables.part(name) == parts[name] and rebuilt == [1]  # built again, not read from the damage
    assert tables.whole() == built
    opened.close()
    assert stored.read(the_file(cache)) == built  # and the file replaced by a good one
    assert stored.read(path) == built


def test_a_damaged_part_found_by_a_fresh_process_still_screens_the_same(tmp_path):
    lines = ["my chest hurts and I can't breathe", "no fever and short of breath", "quit"]
    expected = screened_in(tmp_path, lines)
    damaged_part(the_file(tmp_path), stored.SIGN_TRIGGERS)
    assert screened_in(tmp_path, lines) == expected
    assert stored.read(the_file(tmp_path)) is not None  # replaced by a good file


@pytest.mark.parametrize("damage", ["head byte", "head length"])
def test_a_damaged_head_is_never_read(cache, damage):
    fresh()
    path = the_file(cache)
    data = bytearray(path.read_bytes())
    at = len(stored.MAGIC) + 32
    if damage == "head byte":
        data[at + 8 + 100] ^= 0x20
    else:
        data[at:at + 8] = (len(data) * 2).to_bytes(8, "little")
    path.write_bytes(bytes(data))
    assert stored.open_tables(path) is None and stored.read(path) is None


def test_packed_triggers_read_as_the_triggers_built(cache):
    built = fresh()
    for scan in built["scans"]:
        packed = stored.pack(scan["triggers"])
        assert isinstance(packed, list)  # the real triggers are packed
        readable = stored.readable(packed)
        assert all(list(readable[anchor]) == numbers for anchor, numbers in scan["triggers"].items())
        assert stored.unpack(packed) == scan["triggers"]
        with pytest.raises(KeyError):
            readable["zqx never an anchor"]


@pytest.mark.parametrize("triggers", [{}, {"a\0b": [1]}, {"a": ["x"]}, {"a": [-1]}])
def test_triggers_that_cannot_be_packed_exactly_are_kept_as_they_are(triggers):
    assert stored.pack(triggers) is triggers and stored.unpack(triggers) is triggers and stored.readable(triggers) is triggers
