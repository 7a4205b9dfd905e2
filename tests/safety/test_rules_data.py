"""The API contract, the YAML, and the compiled and cached screening tables."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import FrozenInstanceError
from pathlib import Path

import pytest
from safety.safety_support import (
    CATEGORIES,
    CATEGORY_IDS,
    HELD_OUT,
    PHRASES,
    Screening,
    level,
    load_phrases,
    safety,
    safety_rules,
    screen,
    tables_differ,
)

from assistant import yaml_cache
from assistant.safety import firsts


# --- the API contract ------------------------------------------------------------------------------
def test_screening_api():
    result = screen("my face is drooping")
    assert isinstance(result, Screening)
    assert (result.level, result.is_emergency) == ("emergency", True)
    assert isinstance(result.categories, tuple) and isinstance(result.matched, tuple)
    with pytest.raises(FrozenInstanceError):
        result.level = "none"  # type: ignore[misc]
    assert Screening() == screen("hello") and Screening().labels() == []


def test_categories_come_from_the_yaml_with_plain_labels():
    assert set(CATEGORIES) == CATEGORY_IDS | {"pain"}  # (rv34) "pain": asked about only, no phrase set of its own yet
    assert all(isinstance(data["label"], str) and data["label"] for data in CATEGORIES.values())


def test_the_yaml_is_consistent():
    rules = safety._RULES
    signs = rules["signs"]
    assert {s["category"] for s in signs.values() if "category" in s} == CATEGORY_IDS | {"pain"}
    # the safety net covers every category but "pain" (a score of 9 or 10 is asked about, never the urgent turn by itself:
    # a net term escalates on "now" and would name a belly emergency only "a very bad pain", review rv34)
    assert set(rules["net"]["terms"]) == CATEGORY_IDS
    net_signs = {f"net_{category}" for category in rules["net"]["terms"]}
    for combo in rules["combos"]:
        assert combo["category"] in CATEGORY_IDS | {"pain"}
        assert set(combo["first"]) | set(combo["second"]) <= set(signs) | net_signs
    for spec in [*signs.values(), rules["net"]]:
        assert set(spec.get("escalate_on", ())) <= set(rules["escalators"])
    for spec in rules["context"].values():
        assert spec["effect"] in ("none", "ask", "downgrade", "keep")
        assert set(spec.get("unless", ())) <= set(rules["escalators"])
        assert set(spec.get("requires", ())) <= set(rules["escalators"])
        assert set(spec.get("unless_line", ())) <= set(rules["escalators"])  # said anywhere in the line
        short_signs = {f"short_{category}" for category in rules["short"]["terms"]}
        assert set(spec.get("signs", ())) <= set(signs) | net_signs | short_signs  # a context only for some signs
    for category in CATEGORIES.values():
        assert set(category.get("context_effects", {})) <= set(rules["context"])
    assert set(rules["short"]["terms"]) <= CATEGORY_IDS and rules["short"]["max_words"] <= 8
    assert "help" in rules["short"]["fillers"] and all(isinstance(w, str) for w in rules["short"]["fillers"])
    for rule in rules["missing_helper"]:  # YAML reads a bare no as False: every word must be a string
        assert all(isinstance(w, str) for w in rule["negations"] + rule["verbs"] + rule["not_after"])
    assert all(isinstance(w, str) for w in rules["context"]["negated"]["negation_words"] + rules["clauses"]["run_on_after"])
    advice = {key for spec in [*signs.values(), *CATEGORIES.values()] for key in spec.get("advice", ())}
    assert advice <= {"poison", "overdose", "carbon_monoxide", "spanish", "cpr"}  # what the urgent turn knows (cpr: someone not breathing or not responding)
    assert all(combo.get("level", "emergency") in ("ask", "emergency") for combo in rules["combos"])
    assert all(isinstance(spec.get("setting", False), bool) for spec in signs.values())
    assert all(set(spec.get("ignores", ())) <= set(rules["context"]) for spec in signs.values())
    labels = [spec["label"] for spec in [*signs.values(), *rules["combos"]] if "label" in spec]
    assert labels and all(isinstance(label, str) and label for label in labels)
    # every sign needs some literal text: it is only run on the clauses holding it (speed)
    assert not [sign.name for sign in safety._SIGNS if not sign.finder.anchors]


def test_every_match_lies_in_a_clause_holding_one_of_its_anchors():
    """The speed-up may never hide a match: a pattern list runs only on the clauses holding one
    of its anchors, so every match of every list, run everywhere, must be in such a clause."""
    rows = [row["phrase"] for path in [PHRASES, *HELD_OUT] for row in load_phrases(path)]
    doc = safety._Doc(". ".join(rows))
    for finder in safety._FINDERS.values():
        anchored = set(finder.clauses(doc))
        missed = [m.group() for m in finder.regex.finditer(doc.joined) if doc.clause_of[doc.word_at(m.start())] not in anchored]
        assert not missed, (finder.name, missed[:5])


def test_the_tables_are_cached_and_a_damaged_cache_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(tmp_path))
    load = safety_rules.load.__wrapped__  # past the in-process cache
    built = load()
    running = safety._TABLES.whole()  # what screening runs on is what the YAML gives:
    # (each comparison is a plain True or False with a short message: pytest's own diff of these tables took 20
    # minutes of a CI run, 2026-12-06)
    assert not (d := tables_differ({k: v for k, v in running.items() if k != "programs"},
                                   {k: v for k, v in built.items() if k != "programs"})), d
    assert len(running["programs"]) == len(built["programs"])
    # each list's program as built, or None where the tables were borrowed from another Python's shipped file (its
    # analysis lent, its programs never: each list compiles here at its first need; test_borrowed_tables.py). On 3.13
    # with the tables shipped from 3.11 every one is None (a CI run on 3.13 failed here, 2026-12-06).
    assert all(mine is None or mine == made for mine, made in zip(running["programs"], built["programs"]))
    (cached,) = tmp_path.glob("red_flags-tables-*.bin")
    for damage in (b"{not json", b"{}", b""):
        cached.write_bytes(damage)
        assert not (d := tables_differ(load(), built)), (damage, d)
    assert not (d := tables_differ(load(), built)), d  # read back from the rewritten file


def test_a_warm_start_imports_neither_pyyaml_nor_rapidfuzz(tmp_path):
    """Importing the safety net costs a cache read: PyYAML only builds the cache, rapidfuzz
    is loaded at the first word that needs a spelling guess. With the tables shipped with the
    app (shipped.py), even an empty cache builds nothing."""
    code = ("import sys; import assistant.safety.shipped as shipped; shipped.PATH = shipped.PATH if sys.argv[1] == 'shipped' else None; "
            "from assistant.safety import screen; print(sorted({'yaml', 'rapidfuzz'} & set(sys.modules)))")
    env = {**os.environ, yaml_cache.CACHE_ENV: str(tmp_path)}

    def imported(ship: str) -> str:
        return subprocess.run([sys.executable, "-c", code, ship], cwd=Path(__file__).parents[2], env=env,
                              capture_output=True, text=True, check=True).stdout.strip()

    from assistant.safety import shipped

    fits = shipped.open_current(safety_rules._named().digest) is not None  # made by this regex compiler
    # made by another Python's (3.13 reading the file 3.11 wrote): its analysis is lent, nothing parsed from the YAML,
    # and the tables are kept in the cache (test_borrowed_tables.py; this expected the YAML there, CI 3.13, 2026-12-06)
    lent = not fits and shipped.borrowed(safety_rules._named()) is not None
    assert imported("shipped") == ("[]" if fits or lent else "['yaml']")  # cold
    assert not fits or not list(tmp_path.glob("red_flags-tables-*"))  # nothing built
    assert imported("not shipped") == ("['yaml']" if fits else "[]")  # cold without them: the tables are built
    assert imported("not shipped") == "[]"


def test_the_yaml_is_read_once_at_import(monkeypatch):
    def no_file_access(*args, **kwargs):
        raise AssertionError("screen() must not read files")

    monkeypatch.setattr("builtins.open", no_file_access)
    monkeypatch.setattr(Path, "read_text", no_file_access)
    assert level("my face is drooping") == "emergency"


# --- without Python's private regex parser ---------------------------------------------------------
def test_without_the_private_regex_parser_the_tables_have_no_anchors_and_the_same_patterns(monkeypatch):
    source = (safety_rules.dialogues_dir() / "red_flags.yaml").read_bytes()
    normal = safety_rules.build(source)
    monkeypatch.setitem(sys.modules, "re._parser", None)  # `import re._parser` now fails
    assert safety_rules._regex_parser() is None
    fallback = safety_rules.build(source)
    # the same regexes, less the first-character look-ahead the parser is needed for (firsts.py)
    assert [f[:2] for f in fallback["finders"]] == [[name, firsts.plain(source)] for name, source, *_ in normal["finders"]]
    assert any(firsts.plain(source) != source for _, source, *_ in normal["finders"])
    assert all(anchors is None for _, _, anchors, _ in fallback["finders"])
    assert any(anchors for _, _, anchors, _ in normal["finders"])


def test_a_parser_that_fails_gives_no_anchors_rather_than_an_error(monkeypatch):
    class Broken:
        @staticmethod
        def parse(source):
            raise TypeError("changed in a new Python")

    monkeypatch.setattr(safety_rules, "_regex_parser", lambda: Broken)
    assert safety_rules._anchors(r"\bchest pain\b") is None


def test_without_anchors_every_line_is_screened_the_same(monkeypatch):
    """No anchors: every pattern list runs on every clause. Slower, the same results."""
    rows = [row["phrase"] for path in [PHRASES, HELD_OUT[0]] for row in load_phrases(path)]
    anchored = {row: screen(row) for row in rows}
    for finder in safety._FINDERS.values():
        monkeypatch.setattr(finder, "anchored", False)
    monkeypatch.setattr(safety, "_UNANCHORED", frozenset(range(len(safety._SIGNS))))
    monkeypatch.setattr(safety, "_UNANCHORED_CUES", frozenset(range(len(safety._GROUP_FINDERS))))  # every cue list too
    runs = []
    matches = safety._Finder.matches
    monkeypatch.setattr(safety._Finder, "matches", lambda self, *a: runs.append(1) or matches(self, *a))
    assert screen("the surgeon wants to replace my knee").level == "none"
    assert len(runs) >= sum(not sign.alone for sign in safety._SIGNS)  # really unanchored: every sign ran
    assert {row: screen(row) for row in rows} == anchored


def test_no_data_file_names_a_key_twice():
    # YAML keeps the last of two equal keys without a word: a second sign of the same name
    # would silently replace the first (it happened once, with `toxic_sign`).
    import yaml
    from yaml.constructor import SafeConstructor

    twice = []

    class Strict(yaml.SafeLoader):
        pass

    def mapping(loader, node, deep=False):
        seen = set()
        for key_node, _ in node.value:
            key = loader.construct_object(key_node, deep=deep)
            if key in seen:
                twice.append((key, key_node.start_mark.line + 1))
            seen.add(key)
        return SafeConstructor.construct_mapping(loader, node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    folder = Path(__file__).resolve().parents[2] / "dialogues"
    for path in sorted(folder.glob("*.yaml")):
        twice.clear()
        yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)
        assert not twice, (path.name, twice)
