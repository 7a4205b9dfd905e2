"""Saving as it happens: one private, append-only file per conversation, every record on disk."""

from __future__ import annotations

import argparse
import json
import os
import re
import stat

import pytest

from assistant.engine import Engine
from assistant.errors import UserError
from assistant.session import new_engine
from assistant.transcripts import store
from assistant.transcripts.reader import read_file
from assistant.transcripts.writer import TranscriptWriter


def _args(**overrides) -> argparse.Namespace:
    return argparse.Namespace(**{"data_dir": None, "no_save": False, **overrides})


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_folder_is_0700_and_file_0600_even_with_a_permissive_umask(tmp_path):
    folder = tmp_path / "nested" / "data"
    old = os.umask(0o000)
    try:
        engine = new_engine(_args(data_dir=str(folder)))
        engine.start()
    finally:
        os.umask(old)
    (path,) = folder.iterdir()
    assert _mode(folder) == 0o700
    assert _mode(path) == 0o600
    assert store.is_private(path)


def test_each_event_is_on_disk_before_the_next_and_earlier_bytes_never_change(data_dir):
    engine = new_engine(_args(data_dir=str(data_dir)))
    engine.start()
    (path,) = data_dir.iterdir()
    before = path.read_bytes()
    for line in ["2", "My father", "Whether he should have a pacemaker"]:
        engine.respond(line)
        now = path.read_bytes()
        assert now.startswith(before) and len(now) > len(before)  # appended, never rewritten
        assert json.loads(now.splitlines()[-1])["type"] == "turn"  # the turn is saved by the time it is shown
        before = now
    records = [json.loads(line) for line in before.splitlines()]
    for record in records:
        del record["chain"]
    assert records[0]["type"] == "header" and records[0]["schema"] == 2
    assert records[0]["flow_hash"] == engine.flow.fingerprint
    assert [r["text"] for r in records if r["type"] == "user"] == ["2", "My father", "Whether he should have a pacemaker"]
    assert {"name": "who", "value": "My father", "type": "slot"} in records
    # The role is the first answer, so the header leaves it null and the slot record says it.
    assert records[0]["role"] is None and {"type": "slot", "name": "role", "value": "caregiver"} in records


def test_every_listener_event_is_saved_unchanged(data_dir):
    seen = []
    writer = TranscriptWriter.new(data_dir)
    engine = Engine(listener=lambda event: (seen.append(json.loads(json.dumps(event))), writer(event)))
    engine.start()
    for line in ["1", "Whether to have surgery", "quit"]:
        engine.respond(line)
    saved = [json.loads(line) for line in writer.path.read_text().splitlines()[1:]]
    assert all(len(record.pop("chain")) == 32 for record in saved)  # tamper evidence, on every line
    assert saved == seen
    assert saved[-1]["kind"] == "bye" and saved[-2] == {"type": "end", "reason": "quit", "state": "decision_why"}


def test_no_save_writes_nothing(tmp_path):
    folder = tmp_path / "data"
    engine = new_engine(_args(data_dir=str(folder), no_save=True))
    engine.start()
    engine.respond("1")
    assert not folder.exists()


def test_environment_variable_chooses_the_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("SECOND_OPINION_DATA_DIR", str(tmp_path / "from-env"))
    assert store.data_dir(None) == tmp_path / "from-env"
    assert store.data_dir(str(tmp_path / "flag")) == tmp_path / "flag"  # --data-dir wins


def test_default_folder_is_the_user_data_folder(monkeypatch):
    import platformdirs

    monkeypatch.delenv("SECOND_OPINION_DATA_DIR", raising=False)
    assert str(store.data_dir(None)) == platformdirs.user_data_dir("second-opinion", appauthor=False)


def test_an_unusable_folder_fails_as_one_line_before_the_conversation_starts(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(UserError, match="is not a folder.*--no-save"):
        new_engine(_args(data_dir=str(blocker)))


def test_compare_start_is_recorded_and_replayed(data_dir):
    engine = new_engine(_args(data_dir=str(data_dir), start_at="compare"))
    first = engine.start()
    (path,) = data_dir.iterdir()
    transcript = read_file(path)
    assert transcript.header["start_state"] == "compare_first" == first.state


def test_two_windows_cannot_write_one_conversation(record, to_records):
    path = record(to_records)
    resumed = {"type": "resumed", "at": "2026-11-23T10:00:00+00:00", "turn": 15, "state": "records"}
    first = TranscriptWriter.append_to(path, resumed, needs_newline=False)
    try:
        with pytest.raises(UserError, match="open in another window"):
            TranscriptWriter.append_to(path, resumed, needs_newline=False)
    finally:
        first.close()


def test_file_names_start_with_the_time_and_end_with_the_id(data_dir):
    writers = [TranscriptWriter.new(data_dir) for _ in range(20)]
    assert len({store.id_of(w.path) for w in writers}) == 20
    for writer in writers:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-[0-9a-f]{6}\.jsonl", writer.path.name)
        assert store.id_of(writer.path) == writer.path.stem[-6:]
