"""After an edit of dialogues/red_flags.yaml, the red-flag tables are built again reusing what the
earlier tables of the same code worked out for each unchanged pattern list (rules._kept): only
new or changed lists are analysed and compiled, and the tables are exactly those a build from
nothing gives."""

from __future__ import annotations

import os
from functools import cache

import pytest
import yaml
from safety.safety_support import safety_rules

from assistant import yaml_cache
from assistant.paths import dialogues_dir
from assistant.safety import firsts, shipped, stored

NEW_PATTERN = "zqx never typed by anyone"


@pytest.fixture
def folders(tmp_path, monkeypatch):
    cache, dialogues = tmp_path / "cache", tmp_path / "dialogues"
    cache.mkdir()
    dialogues.mkdir()
    safety_rules.load()  # the real YAML's tables, in this process (before the folders are changed)
    monkeypatch.setenv(yaml_cache.CACHE_ENV, str(cache))
    monkeypatch.setattr(safety_rules, "dialogues_dir", lambda: dialogues)
    monkeypatch.setattr(shipped, "PATH", None)  # only the user's cache here (the shipped tables: below)
    return cache, dialogues


@cache
def edited_yaml() -> bytes:
    """The real rules with one pattern added to one sign (the same rules otherwise)."""
    rules = yaml.safe_load((dialogues_dir() / "red_flags.yaml").read_text(encoding="utf-8"))
    first = next(iter(rules["signs"].values()))
    first["patterns"] = [*first["patterns"], NEW_PATTERN]
    return yaml.safe_dump(rules, allow_unicode=True, sort_keys=False).encode()


def counted(monkeypatch) -> list[str]:
    """The regex sources analysed and compiled from here on."""
    done: list[str] = []
    real = safety_rules._compiled

    def spy(source):
        done.append(source)
        return real(source)

    monkeypatch.setattr(safety_rules, "_compiled", spy)
    return done


def without_names(tables: dict) -> dict:
    return {key: value for key, value in tables.items() if key not in ("digest", "code", "content")}


def test_an_edit_compiles_only_the_changed_list_and_gives_the_tables_a_full_build_gives(folders, monkeypatch):
    cache, dialogues = folders
    assert stored.write(cache / "red_flags-tables-earlier.bin", safety_rules.load())  # the real YAML's, by this code
    edited = edited_yaml()
    (dialogues / "red_flags.yaml").write_bytes(edited)
    done = counted(monkeypatch)
    after = safety_rules.load.__wrapped__()
    assert len(done) == 1 and NEW_PATTERN in done[0]  # one list changed: only it was compiled
    monkeypatch.undo()  # the real _compiled: a build from nothing
    assert without_names(after) == without_names(safety_rules.build(edited))
    (path,) = cache.glob("red_flags-tables-*")  # the earlier tables were removed
    assert path.name != "red_flags-tables-earlier.bin" and stored.read(path) == after


class Stop(Exception):
    pass


@pytest.mark.parametrize("earlier", ["other code", "damaged"])
def test_tables_made_by_other_code_or_damaged_are_not_reused(folders, monkeypatch, earlier):
    cache, dialogues = folders
    path = cache / "red_flags-tables-earlier.bin"
    if earlier == "other code":  # as an older rules.py or another Python made them
        assert stored.write(path, {**safety_rules.load(), "code": "0" * 32})
    else:
        assert stored.write(path, safety_rules.load())
        path.write_bytes(path.read_bytes()[:-10])
    (dialogues / "red_flags.yaml").write_bytes(edited_yaml())
    given = []

    def build(source, kept=None):
        given.append(kept)
        raise Stop

    monkeypatch.setattr(safety_rules, "build", build)
    with pytest.raises(Stop):
        safety_rules.load.__wrapped__()
    assert given == [{}]  # nothing reused: every list is worked out again


def test_the_tables_of_this_code_are_reused_whole(folders, monkeypatch):
    cache, dialogues = folders
    tables = safety_rules.load()
    assert stored.write(cache / "red_flags-tables-earlier.bin", tables)
    (dialogues / "red_flags.yaml").write_bytes(edited_yaml())
    given = []
    monkeypatch.setattr(safety_rules, "build", lambda source, kept=None: given.append(kept) or (_ for _ in ()).throw(Stop))
    with pytest.raises(Stop):
        safety_rules.load.__wrapped__()
    assert given[0] == {firsts.plain(source): (source, anchors, program)
                        for (_, source, anchors, _), program in zip(tables["finders"], tables["programs"])}


@pytest.mark.parametrize("module", ["rules", "firsts", "trie"])
def test_an_edit_of_any_module_that_builds_the_tables_builds_them_again(folders, monkeypatch, module):
    """The tables are named by the code that built them: rules.py and the modules it builds with
    (a change to the look-ahead in firsts.py must not leave tables of the old one in use)."""
    from assistant.safety import trie

    cache, dialogues = folders
    (dialogues / "red_flags.yaml").write_bytes((dialogues_dir() / "red_flags.yaml").read_bytes())
    monkeypatch.setattr(safety_rules, "build", lambda source, kept=None: {"built": True})
    first = safety_rules.load.__wrapped__()
    assert first["built"] and safety_rules.load.__wrapped__()["code"] == first["code"]  # the same code: read back
    changed = cache.parent / f"{module}_edited.py"
    target = {"rules": safety_rules, "firsts": firsts, "trie": trie}[module]
    changed.write_bytes(open(target.__file__, "rb").read() + b"\n# an edit\n")
    monkeypatch.setattr(target, "__file__", str(changed))
    again = safety_rules.load.__wrapped__()
    assert again["code"] != first["code"]


def test_shipped_tables_of_an_earlier_yaml_lend_their_lists_and_are_kept(folders, monkeypatch, tmp_path):
    """The tables shipped with the app, stale after an edit of the YAML: with an empty cache only
    the changed list is compiled, and the shipped file is left in place (never the app's to remove)."""
    cache, dialogues = folders
    ship = tmp_path / "red_flags.tables"
    ship.write_bytes(stored.encode(safety_rules.load()))  # the real YAML's, by this code
    os.chmod(ship, 0o644)
    monkeypatch.setattr(shipped, "PATH", ship)
    (dialogues / "red_flags.yaml").write_bytes(edited_yaml())
    assert shipped.open_current(safety_rules._named().digest) is None  # stale: not used as it is
    done = counted(monkeypatch)
    after = safety_rules.load.__wrapped__()
    assert len(done) == 1 and NEW_PATTERN in done[0]
    monkeypatch.undo()
    assert without_names(after) == without_names(safety_rules.build(edited_yaml()))
    assert ship.exists() and list(cache.glob("red_flags-tables-*.bin"))
