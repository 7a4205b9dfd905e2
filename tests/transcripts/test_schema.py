"""Older schema versions are migrated on read, in memory; the file itself is never touched.

fixtures/ keeps one file per schema version, all holding the same conversation, so a
migration must turn each older file into exactly what the current writer produces."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.transcripts import schema
from assistant.transcripts.reader import read_file

FIXTURES = Path(__file__).parent / "fixtures"
CURRENT = FIXTURES / f"schema{schema.SCHEMA_VERSION}_gallbladder.jsonl"


def test_there_is_a_fixture_for_every_version():
    versions = sorted(int(p.name.split("_")[0].removeprefix("schema")) for p in FIXTURES.glob("schema*_*.jsonl"))
    assert versions == list(range(schema.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("version", sorted(schema.MIGRATIONS))
def test_an_older_file_reads_as_the_current_one(version):
    old = FIXTURES / f"schema{version}_gallbladder.jsonl"
    before = old.read_bytes()
    migrated, current = read_file(old), read_file(CURRENT)
    assert migrated.records == current.records
    assert migrated.header["schema"] == schema.SCHEMA_VERSION
    for key in ("flow", "flow_hash", "created"):
        assert migrated.header[key] == current.header[key]
    assert old.read_bytes() == before


def test_the_migrated_conversation_is_usable(cli):
    old = FIXTURES / "schema0_gallbladder.jsonl"
    code, out, _ = cli("export", old)
    assert code == 0 and "Whether to have my gallbladder removed" in out
    assert read_file(old).id == old.stem  # version 0 had no id: the file name gives one
