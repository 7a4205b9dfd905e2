"""The real thing: `second-opinion` in a real terminal (tmux) at 80x24, answered by typing."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True, timeout=10).stdout


def session_alive(session: str) -> bool:
    return subprocess.run(["tmux", "has-session", "-t", session], capture_output=True, timeout=10).returncode == 0


def wait_for_screen(session: str, text: str, timeout: float = 10.0) -> str:
    """Poll the pane until `text` shows; fail with what the screen shows."""
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", session)
        if text in screen:
            return screen
        time.sleep(0.05)  # a poll interval, not a fixed wait: returns as soon as the text shows
    raise AssertionError(f"{text!r} did not appear within {timeout}s; the screen shows:\n{screen}")


@pytest.fixture
def session(tmp_path):
    name = f"so-test-{uuid.uuid4().hex[:8]}"
    env = {**os.environ, "SECOND_OPINION_DATA_DIR": str(tmp_path / "data"), "TERM": "xterm-256color"}
    command = f"cd {ROOT} && exec {sys.executable} -m assistant"
    subprocess.run(
        ["tmux", "-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "80", "-y", "24", command],
        check=True, env=env, timeout=10,
    )
    yield name
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, timeout=10)


def click_text(session: str, text: str) -> None:
    """Click on `text` with the mouse, as the terminal reports it (SGR mouse sequences)."""
    lines = tmux("capture-pane", "-p", "-t", session).splitlines()
    row = max(y for y, line in enumerate(lines) if text in line)
    column = lines[row].index(text) + 1
    for end in "Mm":  # press, release
        tmux("send-keys", "-t", session, "-l", f"\x1b[<0;{column + 1};{row + 1}{end}")


def test_welcome_then_answer_by_typing_and_clicking(session, tmp_path):
    started = time.monotonic()
    screen = wait_for_screen(session, "Who is this decision for?")
    shown_after = time.monotonic() - started
    assert "I am the patient" in screen and "Help" in screen.splitlines()[-1]
    assert shown_after < 10

    # Typed fast, as a terminal delivers a burst: no letter may be lost on the way to the input.
    tmux("send-keys", "-t", session, "-l", "for me")
    tmux("send-keys", "-t", session, "Enter")
    screen = wait_for_screen(session, "What do you need to decide?")
    assert "for me" in screen

    click_text(session, "Whether to have surgery")
    screen = wait_for_screen(session, "What makes you unsure?")
    assert "Whether to have surgery" in screen

    tmux("send-keys", "-t", session, "C-q")
    deadline = time.monotonic() + 10
    while session_alive(session):
        assert time.monotonic() < deadline, "Ctrl+Q did not close the app"
        time.sleep(0.05)
    saved = [path for path in (tmp_path / "data").rglob("*") if path.is_file()]
    assert saved, "the conversation was saved in the private data folder"
