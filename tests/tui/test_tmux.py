"""The real thing: `second-opinion` in a real terminal (tmux) at 80x24, answered by typing and clicking."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path
from shlex import quote

import pytest

ROOT = Path(__file__).resolve().parents[2]



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

    def paste(self, text: str) -> None:
        """Paste as a terminal does when bracketed paste is on (tmux paste-buffer -p)."""
        subprocess.run(["tmux", "-S", str(self.socket), "load-buffer", "-"], input=text, check=True, capture_output=True, text=True, timeout=10)
        self.tmux("paste-buffer", "-p", "-d", "-t", self.session)

    def conversation(self) -> list[str]:
        """The screen without its last two rows (the answer box and the keys)."""
        return self.screen().splitlines()[:-2]

    def wait_for_box(self, text: str, timeout: float = 10.0) -> None:
        """Poll until the answer box (the row above the keys) holds exactly `text`."""
        deadline = time.monotonic() + timeout
        box = ""
        while time.monotonic() < deadline:
            box = self.screen().splitlines()[-2].strip()
            if box == text:
                return
            time.sleep(0.05)
        raise AssertionError(f"the answer box holds {box!r}, not {text!r}; the screen shows:\n{self.screen()}")

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
def terminal(tmp_path, warm_cache_dir):
    # Never skipped: .ci/run installs tmux with the system package manager when it is missing.
    assert shutil.which("tmux"), "tmux is not installed: install it (apt-get install tmux), as .ci/run does"
    term = Terminal(tmp_path / "tmux.sock", "second-opinion-test")
    # The folders are set in the command itself: a tmux server does not pass our environment on. Never the
    # machine's own data, settings (a saved --country) or cache (see warm_cache_dir).
    command = (
        f"cd {quote(str(ROOT))} && SECOND_OPINION_DATA_DIR={quote(str(tmp_path / 'data'))} "
        f"SECOND_OPINION_CACHE_DIR={quote(str(warm_cache_dir))} SECOND_OPINION_CONFIG_DIR={quote(str(tmp_path / 'config'))} "
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


def test_a_sentence_typed_or_pasted_at_a_choice_list_arrives_whole(terminal):
    terminal.wait_for("Who is this decision for?")
    # The choices have the focus. A sentence with spaces and a digit, as one fast burst: no
    # key may pick a choice or vanish, and the safety net must see the whole sentence.
    sentence = "tightness in my chest for 2 days"
    terminal.type(sentence)
    terminal.wait_for_box(sentence)
    terminal.press("Enter")
    terminal.wait_for("Is this happening now?")
    assert any(line.strip().startswith(sentence) for line in terminal.conversation()), "the sentence is the user's bubble"

    # A bracketed paste at the choices goes to the box, exactly as pasted; Enter sends it.
    terminal.paste("No, not right now")
    terminal.wait_for_box("No, not right now")
    terminal.press("Enter")
    terminal.wait_for("Let us go on from where we were")

    # Enter picks the highlighted choice once the arrows put it there; a number typed and Enter picks that one.
    terminal.press("Down")  # the first Down lands on choice 1 (user trial 8)
    terminal.press("Enter")
    terminal.wait_for("What do you need to decide?")
    for answer, next_question in (
        ("knee surgery", "What makes you unsure?"),
        ("skip", "By when does the choice need to be made?"),
        ("2", "Which of these fits best?"),
        ("1", "Which of these are true for you right now?"),
    ):
        terminal.type(answer)
        terminal.press("Enter")
        terminal.wait_for(next_question)

    # At a pick-any list, Space ticks; typed fast, every space must reach the box instead.
    terminal.type("I feel tightness in my chest")
    terminal.wait_for_box("I feel tightness in my chest")
    assert "[x]" not in terminal.screen(), "typing ticked nothing"
    terminal.press("Enter")
    terminal.wait_for("Is this happening now?")
    assert any(line.strip().startswith("I feel tightness in my chest") for line in terminal.conversation())


def test_answers_typed_ahead_of_their_questions_arrive_one_by_one(terminal, tmp_path):
    # A fast typist answers before the next question is on screen (here: five answers sent in
    # one go, the first at a choice list). Each Enter sends exactly what was typed since the
    # last one: nothing runs together, nothing is sent twice, no Enter picks a choice instead.
    terminal.wait_for("Who is this decision for?")
    answers = ["1", "whether to have my knee replaced", "skip", "the surgeon wants to do it in about 5 weeks", "2"]
    for answer in answers:
        terminal.type(answer)
        terminal.press("Enter")
    screen = terminal.wait_for("Which of these are true for you right now?")
    assert 'I took that as "Within a few weeks"' in screen
    saved = [json.loads(line) for path in (tmp_path / "data").rglob("*.jsonl") for line in path.read_text().splitlines()]
    assert [event["text"] for event in saved if event.get("type") == "user"] == answers
