"""Every transcript is validated on load: a bad file is one line naming the file, the line and
the problem, exit 2, no traceback, and the file is never modified."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.transcripts.reader import read_file
from assistant.transcripts.writer import TranscriptWriter


REPO = Path(__file__).resolve().parents[2]


def _lines(data: bytes) -> list[bytes]:
    return data.split(b"\n")


def _replace_line(data: bytes, number: int, new: bytes) -> bytes:
    lines = _lines(data)
    lines[number - 1] = new
    return b"\n".join(lines)


def _swap(data: bytes, a: int, b: int) -> bytes:
    lines = _lines(data)
    lines[a - 1], lines[b - 1] = lines[b - 1], lines[a - 1]
    return b"\n".join(lines)


def _edit_record(data: bytes, number: int, **changes) -> bytes:
    record = json.loads(_lines(data)[number - 1])
    record.update(changes)
    return _replace_line(data, number, json.dumps(record).encode())


# name -> (how to break a good file, the line the message must name, words it must contain)
# A good file starts: 1 header, 2 start transition, 3 turn 1, 4 user, 5 slot, 6 transition, 7 turn 2, 8 user.
BAD = {
    "empty": (lambda d: b"", 1, "empty"),
    "blank lines only": (lambda d: b"\n\n  \n", 1, "empty"),
    "binary": (lambda d: d[:200] + b"\x00\x01\xff\xfe" + d[200:], 1, "binary"),
    "not utf-8": (lambda d: _replace_line(d, 5, b'{"type":"slot","name":"role","value":"\xff\xfe"}'), 5, "UTF-8"),
    "malformed line": (lambda d: _replace_line(d, 5, b'{"type": "slot", "name": '), 5, "not a valid JSON record"),
    "not an object": (lambda d: _replace_line(d, 5, b"[1, 2, 3]"), 5, "not a valid JSON record"),
    "not a transcript": (lambda d: b"name,age\nAnna,80\n", 1, "not a JSON object"),
    "header cut off": (lambda d: d[:40], 1, "cut off"),
    "no header": (lambda d: b"\n".join(_lines(d)[1:]), 1, "not a transcript header"),
    "newer schema": (lambda d: _edit_record(d, 1, schema=3), 1, "newer version"),
    "unknown record type": (lambda d: _edit_record(d, 5, type="telemetry"), 5, "unknown record type"),
    "missing field": (lambda d: _replace_line(d, 4, b'{"type":"user","state":"welcome"}'), 4, "has no 'text'"),
    "wrong field type": (lambda d: _edit_record(d, 3, urgent="no"), 3, "true or false"),
    "unknown state": (lambda d: _edit_record(d, 7, state="nowhere"), 7, "unknown state 'nowhere'"),
    "turn before input swapped": (lambda d: _swap(d, 3, 4), 3, "bad record order"),
    "turn and input swapped": (lambda d: _swap(d, 7, 8), 7, "bad record order"),
    "turn numbers skip": (lambda d: _edit_record(d, 7, turn=5), 7, "turn 5 follows turn 1"),
    "second header": (lambda d: _replace_line(d, 6, _lines(d)[0]), 6, "second header"),
}

COMMANDS = {
    "resume": lambda f: ["resume", f, "--plain"],
    "verify": lambda f: ["replay", "--verify", f],
    "replay": lambda f: ["replay", "--plain", f],
    "export": lambda f: ["export", f, "--format", "html"],
}


@pytest.fixture(scope="module")
def good_bytes(tmp_path_factory, to_records) -> bytes:
    """A good transcript, recorded once for the module (every record is fsync'd, which takes time)."""
    writer = TranscriptWriter.new(tmp_path_factory.mktemp("good"))
    engine = Engine(listener=writer)
    engine.start()
    for line in to_records:
        engine.respond(line)
    writer.close()
    return writer.path.read_bytes()


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", BAD)
def test_bad_file_is_one_line_exit_2_and_left_unchanged(case, command, good_bytes, tmp_path, cli):
    breaker, line, words = BAD[case]
    path = tmp_path / "bad.jsonl"
    data = breaker(good_bytes)
    path.write_bytes(data)
    code, out, err = cli(*COMMANDS[command](str(path)), stdin="1\n")
    assert code == 2
    assert err.count("\n") == 1, err
    assert f"{path}: line {line}: " in err
    assert words in err
    assert "Traceback" not in err and out == ""
    assert path.read_bytes() == data


def test_bad_file_in_a_real_process_prints_no_traceback(good_bytes, tmp_path):
    path = tmp_path / "tampered.jsonl"
    path.write_bytes(_edit_record(good_bytes, 7, state="nowhere"))
    result = subprocess.run(
        [sys.executable, "-m", "assistant", "replay", "--verify", str(path)], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"second-opinion: {path}: line 7: unknown state 'nowhere' (tampered, or from another flow)"]


def test_missing_file_and_folder_are_one_line(tmp_path, cli):
    for target, words in ((tmp_path / "nope.jsonl", "no such file"), (tmp_path, "is a folder")):
        code, _, err = cli("export", target)
        assert code == 2 and err.count("\n") == 1 and words in err


def test_truncated_last_line_is_left_out_with_a_warning(good_bytes, tmp_path, cli):
    path = tmp_path / "crashed.jsonl"
    data = good_bytes + b'{"type":"user","te'  # killed in the middle of writing a record
    path.write_bytes(data)
    transcript = read_file(path)
    assert transcript.truncated_line == len(_lines(good_bytes))
    assert transcript.records[-1]["type"] == "turn"
    code, out, err = cli("export", path)
    assert code == 0 and "cut off" in err and f"line {transcript.truncated_line}" in err
    assert path.read_bytes() == data


def test_list_skips_a_bad_file_and_still_lists_the_others(record, to_records, data_dir, cli):
    record(to_records)
    (data_dir / "2000-01-01T00-00-00-bad000.jsonl").write_bytes(b"\x00\x00")
    code, out, err = cli("list", "--data-dir", data_dir)
    assert code == 0
    assert "Whether to have knee surgery" in out
    assert "bad000.jsonl: line 1: binary data" in err and "skipped" in err
