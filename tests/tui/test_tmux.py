"""The real thing: `second-opinion` in a real terminal (tmux) at 80x24, answered by typing and clicking."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path
from shlex import quote

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Terminal:
    """One app in a detached tmux session on a private tmux server (never the user's own)."""

    def __init__(self, socket: Path, session: str) -> None:
        self.socket = socket
        self.session = session

    def tmux(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-S", str(self.socket), *args], check=check, capture_output=True, text=True, timeout=10)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.session).stdout

    def wait_for(self, text: str, timeout: float = 10.0) -> str:
        """Poll the screen until `text` shows; fail with what the screen shows."""
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)  # a poll interval, not a fixed wait: returns as soon as the text shows
        raise AssertionError(f"{text!r} did not appear within {timeout}s; the screen shows:\n{screen}")

    def type(self, text: str) -> None:
        self.tmux("send-keys", "-t", self.session, "-l", text)

    def press(self, key: str) -> None:
        self.tmux("send-keys", "-t", self.session, key)

    def click(self, text: str) -> None:
        """Click on `text` with the mouse, as a terminal reports it (SGR mouse sequences)."""
        lines = self.screen().splitlines()
        row = max(y for y, line in enumerate(lines) if text in line)
        column = lines[row].index(text) + 1
        for end in "Mm":  # press, release
            self.type(f"\x1b[<0;{column + 1};{row + 1}{end}")

    def alive(self) -> bool:
        return self.tmux("has-session", "-t", self.session, check=False).returncode == 0


@pytest.fixture
def terminal(tmp_path):
    term = Terminal(tmp_path / "tmux.sock", "second-opinion-test")
    # The data folder is set in the command itself: a tmux server does not pass our environment on.
    command = (
        f"cd {quote(str(ROOT))} && SECOND_OPINION_DATA_DIR={quote(str(tmp_path / 'data'))} "
        f"TERM=xterm-256color exec {quote(sys.executable)} -m assistant"
    )
    term.tmux("-f", "/dev/null", "new-session", "-d", "-s", term.session, "-x", "80", "-y", "24", command)
    yield term
    term.tmux("kill-server", check=False)


def test_welcome_then_answer_by_typing_and_clicking(terminal, tmp_path):
    screen = terminal.wait_for("Who is this decision for?")
    assert "I am the patient" in screen and "Help" in screen.splitlines()[-1]

    # Typed as a terminal delivers a burst: no letter may be lost on the way to the input box.
    terminal.type("for me")
    terminal.press("Enter")
    screen = terminal.wait_for("What do you need to decide?")
    assert "for me" in screen

    terminal.click("Whether to have surgery")
    screen = terminal.wait_for("What makes you unsure?")
    assert "Whether to have surgery" in screen

    terminal.press("C-q")
    deadline = time.monotonic() + 10
    while terminal.alive():
        assert time.monotonic() < deadline, "Ctrl+Q did not close the app"
        time.sleep(0.05)
    saved = [path for path in (tmp_path / "data").rglob("*") if path.is_file()]
    assert saved, "the conversation was saved in the private data folder given"
