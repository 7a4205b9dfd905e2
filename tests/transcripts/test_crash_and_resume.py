"""A conversation killed at any moment keeps every answer, and `resume --last` carries on."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
from pathlib import Path

from assistant.transcripts.reader import read_file
from assistant.transcripts.verify import verify

REPO = Path(__file__).resolve().parents[2]
ANSWERS = ["2", "My sister Ana", "Whether to have her thyroid removed", "The surgeon seemed rushed", "2", "1"]
TIMEOUT = 30


class Chat:
    """`second-opinion chat --plain --jsonl` in a real process, one JSON turn per line."""

    def __init__(self, data_dir: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "assistant", "chat", "--plain", "--jsonl", "--data-dir", str(data_dir)],
            cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0,
        )
        self._buffer = b""

    def read_turn(self) -> dict:
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buffer:
            ready, _, _ = select.select([fd], [], [], TIMEOUT)
            assert ready, "no turn from the chat process in time"
            chunk = os.read(fd, 65536)
            assert chunk, f"the chat process ended: {self.proc.stderr.read().decode()}"
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return json.loads(line)

    def say(self, text: str) -> dict:
        self.proc.stdin.write(text.encode() + b"\n")
        return self.read_turn()

    def kill(self) -> None:
        os.kill(self.proc.pid, signal.SIGKILL)
        self.proc.wait(TIMEOUT)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            stream.close()


def _resume(data_dir: Path, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", "resume", "--last", "--plain", "--data-dir", str(data_dir)],
        cwd=REPO, input=stdin, capture_output=True, text=True, timeout=TIMEOUT,
    )


def test_sigkill_loses_nothing_and_resume_last_carries_on(tmp_path):
    data_dir = tmp_path / "data"
    chat = Chat(data_dir)
    assert chat.read_turn()["state"] == "welcome"
    for number, answer in enumerate(ANSWERS, start=2):
        assert chat.say(answer)["turn"] == number
    chat.kill()
    assert chat.proc.returncode == -signal.SIGKILL

    result = _resume(data_dir, "sure, support\n")
    assert result.returncode == 0, result.stderr
    recap, _, rest = result.stdout.partition("Here is where you stopped:")
    assert f"Your {len(ANSWERS)} answers so far:" in recap
    for answer in ANSWERS:
        assert f"  > {answer}" in recap
    assert "I am helping someone else" in recap  # "2" is shown with what it meant
    assert "Which of these are true for" in rest  # the SURE question, where it stopped
    assert "safety check" in rest  # and the answer moved it on to the red-flag question

    (path,) = data_dir.iterdir()
    transcript = read_file(path)
    assert transcript.user_inputs() == [*ANSWERS, "sure, support"]
    assert transcript.slots()["who"] == "My sister Ana"
    assert verify(transcript).ok


def test_resume_with_nothing_typed_leaves_the_file_as_it_was(tmp_path):
    data_dir = tmp_path / "data"
    chat = Chat(data_dir)
    chat.read_turn()
    chat.say("1")
    chat.kill()
    (path,) = data_dir.iterdir()
    before = path.read_bytes()
    result = _resume(data_dir, "")
    assert result.returncode == 0 and "Your 1 answer so far:" in result.stdout
    assert path.read_bytes() == before
