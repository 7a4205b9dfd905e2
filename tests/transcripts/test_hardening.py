"""The audit's findings on saved conversations (issue 15): races, hostile files, leaks to the terminal."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.transcripts import commands, reader, store, writer as writer_module
from assistant.transcripts.reader import read_file
from assistant.transcripts.verify import verify
from assistant.transcripts.writer import TranscriptWriter

CONTROL_BYTES = ("\x1b", "\x07", "\x00", "\x9b", "\x85", "\u202e", "\u2066")
HOSTILE = "Ann\x1b]0;pwned\x07\x1b[2J\x07\x9b31m\u202eevil\u2066 done"


def _no_raw_controls(text: str) -> bool:
    return not any(ch in text for ch in CONTROL_BYTES)


# --- 1. two windows, one conversation -------------------------------------------------------
@pytest.mark.parametrize("moment", ["before_start", "before_read", "after_read", "after_rebuild"])
def test_a_second_window_never_appends_from_a_stale_state(moment, record, data_dir, to_records, monkeypatch, cli):
    """Window A holds the conversation and answers; window B starts resuming it. Whatever the
    order (A closes before, while or after B loads), the file stays one valid conversation."""
    path = record(to_records[:5])
    from assistant.transcripts import resume as resume_module

    engine_a, _, _ = resume_module.resume(read_file(path))  # window A has it open

    answered = []

    def a_answers_and_closes():
        engine_a.respond("none")
        engine_a.listener.close()
        answered.append("none")

    real_read, real_rebuild = reader.read_file, resume_module.rebuild
    if moment == "before_start":
        a_answers_and_closes()

    def hooked_read(p):
        if moment == "before_read":
            a_answers_and_closes()
        result = real_read(p)
        if moment == "after_read":
            a_answers_and_closes()
        return result

    def hooked_rebuild(t):
        result = real_rebuild(t)
        if moment == "after_rebuild":
            a_answers_and_closes()
        return result

    monkeypatch.setattr(commands, "read_file", hooked_read)
    monkeypatch.setattr(resume_module, "rebuild", hooked_rebuild)
    code, out, err = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="none\n")
    transcript = read_file(path)  # never "bad record order"
    assert transcript.chain_problem is None
    assert verify(transcript).ok
    if code == 0:  # B loaded after A had closed: it carries on from A's last answer
        assert transcript.user_inputs() == [*to_records[:5], *answered, "none"]
    else:  # B was refused while A still held the conversation, before it read anything stale
        assert code == 2 and "open in another window" in err and err.count("\n") == 1
        assert transcript.user_inputs() == [*to_records[:5], *answered]
    if engine_a.listener is not None:
        engine_a.listener.close()


def test_resume_holds_the_lock_before_it_reads(record, data_dir, monkeypatch, cli):
    path = record(["1", "Whether to have knee surgery"])
    seen = []

    def spy(p):
        probe = os.open(p, os.O_RDONLY)
        try:
            import fcntl

            try:
                fcntl.flock(probe, fcntl.LOCK_EX | fcntl.LOCK_NB)
                seen.append("unlocked")
            except OSError:
                seen.append("locked")
        finally:
            os.close(probe)
        return read_file(p)

    monkeypatch.setattr(commands, "read_file", spy)
    code, _, _ = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="")
    assert code == 0 and seen == ["locked"]
    assert read_file(path).user_inputs() == ["1", "Whether to have knee surgery"]


# --- 4. no control character reaches the terminal ------------------------------------------------
def _hostile_file(record, to_records) -> Path:
    return record(["1", HOSTILE, "skip", "2"])


def test_replay_plain_list_and_recap_show_no_raw_controls(record, data_dir, to_records, cli):
    path = _hostile_file(record, to_records)
    for argv in (("replay", "--plain", path), ("list", "--data-dir", data_dir), ("resume", "--last", "--plain", "--data-dir", data_dir)):
        code, out, err = cli(*argv)
        assert code == 0, err
        assert _no_raw_controls(out) and _no_raw_controls(err), argv
    code, out, _ = cli("replay", "--plain", path)
    assert "evil" in out and "done" in out  # the words stay, only the controls go


def test_an_edited_turn_and_file_name_print_no_raw_controls(record, data_dir, cli, tmp_path):
    path = record(["1", "Knee surgery"])
    lines = path.read_bytes().splitlines()
    turn = json.loads(lines[2])
    turn["text"] = "Hello\x1b]0;owned\x07\x1b[31m red\x9b2J \u202eabc"
    lines[2] = json.dumps(turn).encode()
    odd = data_dir / "2026-01-01T00-00-00-\x1b[2J.jsonl"
    odd.write_bytes(b"\n".join(lines) + b"\n")
    for argv in (("replay", "--plain", odd), ("replay", "--verify", odd), ("list", "--data-dir", data_dir)):  # export: tested with the export
        code, out, err = cli(*argv)
        assert _no_raw_controls(out + err), (argv, out, err)
    code, out, err = cli("replay", "--verify", odd)
    assert code == 1 and "\\x1b" in out  # the diff shows where the escape was, made visible
    code, out, err = cli("resume", "--last", "--plain", "--data-dir", data_dir / "nowhere\x1b[2J")
    assert code == 2 and _no_raw_controls(err)


def test_the_window_history_shows_typed_text_without_controls(record, to_records):
    from assistant.transcripts.resume import rebuild

    path = _hostile_file(record, to_records)
    _, _, history = rebuild(read_file(path))
    said = [s for s, _ in history if s]
    assert any("evil" in s for s in said)
    assert all(_no_raw_controls(s) for s in said)


def test_the_replay_window_steps_hold_no_controls(record, to_records):
    from assistant.transcripts.replay import steps

    path = _hostile_file(record, to_records)
    assert all(_no_raw_controls(text) for _, text in steps(read_file(path)))


# --- 8. deeply nested JSON ----------------------------------------------------------------------
def test_deeply_nested_json_is_one_line_and_list_skips_it(record, data_dir, cli):
    good = record(["1", "Knee surgery"])
    bomb = data_dir / "2999-01-01T00-00-00-deep00.jsonl"
    lines = good.read_bytes().splitlines()
    lines.insert(3, b'{"type":"slot","name":"x","value":' + b"[" * 200_000 + b"]" * 200_000 + b"}")
    bomb.write_bytes(b"\n".join(lines) + b"\n")
    code, out, err = cli("replay", "--plain", bomb)
    assert code == 2 and err.count("\n") == 1 and "line 4" in err and "Traceback" not in err
    code, out, err = cli("list", "--data-dir", data_dir)
    assert code == 0 and "Knee surgery" in out
    assert "deep00" in err and "skipped" in err and err.count("\n") == 1


def test_nesting_deep_enough_to_load_but_not_to_use_is_refused(record, data_dir, cli):
    good = record(["1", "Knee surgery"])
    lines = good.read_bytes().splitlines()
    lines.insert(3, b'{"type":"slot","name":"x","value":' + b"[" * 500 + b"]" * 500 + b"}")
    good.write_bytes(b"\n".join(lines) + b"\n")
    code, _, err = cli("export", good)
    assert code == 2 and "line 4" in err and "nested" in err


# --- 10. resume --last and a damaged newest file ------------------------------------------------------
def test_resume_last_skips_a_damaged_newest_file_with_one_note(record, data_dir, cli):
    record(["1", "Older decision"])
    empty = data_dir / "2999-01-01T00-00-00-empty0.jsonl"
    empty.write_bytes(b"")
    code, out, err = cli("resume", "--last", "--plain", "--data-dir", data_dir)
    assert code == 0 and "Older decision" in out
    assert err.count("\n") == 1 and "empty0" in err and "skipped" in err
    assert empty.read_bytes() == b""


def test_resume_last_with_only_damaged_files_is_one_line(data_dir, cli):
    data_dir.mkdir()
    (data_dir / "2999-01-01T00-00-00-empty0.jsonl").write_bytes(b"")
    code, out, err = cli("resume", "--last", "--plain", "--data-dir", data_dir)
    assert code == 2 and "no conversation that can be resumed" in err


# --- 11. data folder permissions ---------------------------------------------------------------------
def test_our_default_folder_is_tightened_to_0700(tmp_path, monkeypatch):
    import platformdirs

    folder = tmp_path / "default"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o777)
    monkeypatch.delenv(store.ENV_VAR, raising=False)
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(folder))
    TranscriptWriter.new(store.data_dir(None))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_chosen_folder_readable_by_others_is_left_alone_with_one_warning(tmp_path, capsys):
    folder = tmp_path / "shared"
    folder.mkdir()
    os.chmod(folder, 0o755)
    store.ensure_dir(folder)
    store.ensure_dir(folder)  # once per run, not once per call
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "other users may look into" in err and str(folder) in err
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


def _another_start_makes(folder: Path, monkeypatch, as_file: bool = False) -> None:
    """Between this start's look at `folder` and its mkdir, another start (a second browser tab,
    a second terminal) makes it: as a folder, or (hostile) as a file."""
    real_mkdir = Path.mkdir

    def raced_mkdir(self, *args, **kwargs):
        if self == folder:
            if as_file:
                folder.write_text("not a folder")
            else:
                real_mkdir(self, mode=0o700, parents=True)
        return real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(Path, "mkdir", raced_mkdir)


def test_two_starts_making_the_data_folder_at_once_both_go_on(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "fresh" / "data"
    _another_start_makes(folder, monkeypatch)
    assert store.ensure_dir(folder) == folder  # it was an error ("File exists"), and a blank browser tab
    assert folder.is_dir() and stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert capsys.readouterr().err == ""


def test_a_file_made_where_the_data_folder_goes_is_one_clear_error(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    _another_start_makes(folder, monkeypatch, as_file=True)
    with pytest.raises(store.UserError, match="is not a folder"):
        store.ensure_dir(folder)
    assert folder.read_text() == "not a folder"  # nothing overwritten


# --- issue 17: one write and one fdatasync per answer ----------------------------------------------
def test_one_write_and_one_sync_per_answer_and_the_answer_is_on_disk_before_the_next_question(data_dir, monkeypatch):
    syncs, writes = [], []
    real_sync, real_write = writer_module._sync, os.write

    def counting_sync(fd):
        real_sync(fd)
        syncs.append(fd)

    def counting_write(fd, data):
        writes.append(fd)
        return real_write(fd, data)

    monkeypatch.setattr(writer_module, "_sync", counting_sync)
    monkeypatch.setattr(writer_module.os, "write", counting_write)
    writer = TranscriptWriter.new(data_dir)
    engine = Engine(listener=writer)
    engine.start()
    assert (len(writes), len(syncs)) == (1, 1)
    for number, line in enumerate(["1", "Whether to have knee surgery", "back", "Whether to have knee surgery", "skip"], start=2):
        turn = engine.respond(line)
        assert (len(writes), len(syncs)) == (number, number)  # one of each per answer
        on_disk = read_file(writer.path)  # as the next question appears
        assert on_disk.user_inputs()[-1] == line
        assert on_disk.turns()[-1]["turn"] == turn.number
    writer.close()
