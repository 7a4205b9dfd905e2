"""A paste of several lines in plain mode is one answer (the lead in tmux, helper ut16): the paste's last line used to
wait in the terminal and go to the next question. Bracketed paste where the terminal marks it, and without the marks,
the line still in the terminal's edit buffer taken with the rest. Each fails without paste.py; typed lines and pipes
must not change."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path
from shlex import quote

import pytest

from assistant import paste
from assistant.plain import read_answer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def pty():
    master, slave = os.openpty()
    stdin = io.TextIOWrapper(io.FileIO(slave, "r", closefd=False), encoding="utf-8")
    yield master, stdin
    os.close(master)
    os.close(slave)


def test_a_marked_paste_is_one_answer_sent_by_the_enter_after_it(pty):
    master, stdin = pty
    # As a terminal sends it: the marks, each line ended by CR (the terminal makes it a new line), then Enter.
    os.write(master, b"\x1b[200~whether to have TAVI\ror stay on medicines\rthe cardiologist is unsure\x1b[201~\r")
    assert read_answer(stdin, True) == "whether to have TAVI\nor stay on medicines\nthe cardiologist is unsure\n"
    os.write(master, b"2\r")
    assert read_answer(stdin, True) == "2\n"  # the next answer is the next line typed, nothing left over


def test_words_typed_before_and_after_a_marked_paste_stay_in_place(pty):
    master, stdin = pty
    os.write(master, b"my notes: \x1b[200~June: ENT\rAugust: grommets\x1b[201~ thanks\r")
    assert read_answer(stdin, True) == "my notes: June: ENT\nAugust: grommets thanks\n"


def test_a_marked_paste_in_a_pipe_is_one_answer_without_its_marks():
    stdin = io.StringIO("\x1b[200~first line\nsecond line\x1b[201~\n1\n")
    assert read_answer(stdin, False) == "first line\nsecond line\n"
    assert read_answer(stdin, False) == "1\n"


def test_an_unmarked_paste_keeps_its_last_line_for_this_answer(pty, monkeypatch):
    """No marks (a terminal without bracketed paste): two lines arrive whole, the third waits in the edit buffer. It is
    taken for this answer, and the Enter pressed after it sends it (written here once the buffer was read)."""
    master, stdin = pty
    taken = paste.unsent_part
    done = threading.Event()

    def read_then_enter(stream):
        got = taken(stream)
        done.set()
        os.write(master, b" too\r")  # the person adds two words, then presses Enter
        return got

    monkeypatch.setattr(paste, "unsent_part", read_then_enter)
    os.write(master, b"June: first ear infection\rAugust: two more\rOctober: ENT")
    assert read_answer(stdin, True) == "June: first ear infection\nAugust: two more\nOctober: ENT too\n"
    assert done.is_set()


def test_the_edit_buffer_holds_the_last_line_of_a_paste(pty):
    master, stdin = pty
    os.write(master, b"one\rtwo")
    assert stdin.readline() == "one\n"
    assert paste.unsent_part(stdin) == "two"
    assert paste.unsent_part(stdin) == ""  # taken once


def test_lines_typed_one_at_a_time_stay_one_answer_each(pty):
    master, stdin = pty
    os.write(master, b"1\r")
    assert read_answer(stdin, True) == "1\n"
    os.write(master, b"my mother\r")
    assert read_answer(stdin, True) == "my mother\n"


def test_a_paste_ending_with_enter_is_sent_at_once(pty):
    master, stdin = pty
    os.write(master, b"June: ENT\rAugust: grommets\r")
    assert read_answer(stdin, True) == "June: ENT\nAugust: grommets\n"


def test_a_pipe_still_gives_one_answer_a_line():
    stdin = io.StringIO("1\n2\n")
    assert read_answer(stdin, False) == "1\n"
    assert read_answer(stdin, False) == "2\n"


def test_plain_mode_asks_a_terminal_to_mark_pastes_and_stops_at_the_end(monkeypatch):
    from assistant.engine import Engine
    from assistant.plain import run_plain

    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setenv("TERM", "xterm-256color")
    plain_default = Tty()
    assert run_plain(Engine(), stdin=Tty("quit\n"), stdout=plain_default, warm_up=None) == 0
    # not asked for by default: in line mode the terminal echoes the marks, and a paste would show "^[[200~...^[[201~"
    assert paste.ON not in plain_default.getvalue()
    monkeypatch.setenv("SECOND_OPINION_PASTE_MARKS", "1")
    out = Tty()
    assert run_plain(Engine(), stdin=Tty("quit\n"), stdout=out, warm_up=None) == 0
    text = out.getvalue()
    assert paste.ON in text and text.rindex(paste.OFF) > text.index(paste.ON)
    piped = io.StringIO()
    run_plain(Engine(), stdin=io.StringIO("quit\n"), stdout=piped, warm_up=None)
    assert paste.ON not in piped.getvalue()  # a pipe gets no terminal codes
    monkeypatch.setenv("TERM", "dumb")
    dumb = Tty()
    run_plain(Engine(), stdin=Tty("quit\n"), stdout=dumb, warm_up=None)
    assert paste.ON not in dumb.getvalue()  # a dumb terminal would show the request as text


# --- the real thing: plain mode in tmux, a paste of 3 lines and then Enter ------------------------------------------

class _Terminal:
    def __init__(self, socket: Path) -> None:
        self.socket = socket

    def tmux(self, *args: str, **kw) -> subprocess.CompletedProcess:
        return subprocess.run(["tmux", "-S", str(self.socket), *args], check=kw.get("check", True), capture_output=True, text=True,
                              timeout=10, input=kw.get("input"))

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", "plain").stdout

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.05)  # a poll interval, not a fixed wait
        raise AssertionError(f"{text!r} did not appear within {timeout}s; the screen shows:\n{screen}")

    def type_line(self, text: str) -> None:
        self.tmux("send-keys", "-t", "plain", "-l", text)
        self.tmux("send-keys", "-t", "plain", "Enter")


@pytest.fixture
def plain_terminal(tmp_path, warm_cache_dir):
    assert shutil.which("tmux"), "tmux is not installed: install it (apt-get install tmux), as .ci/run does"
    term = _Terminal(tmp_path / "tmux.sock")
    # Never the machine's own settings or cache: a tmux server passes none of our environment on (warm_cache_dir).
    command = (f"cd {quote(str(ROOT))} && SECOND_OPINION_CACHE_DIR={quote(str(warm_cache_dir))} "
               f"SECOND_OPINION_CONFIG_DIR={quote(str(tmp_path / 'config'))} TERM=xterm-256color exec {quote(sys.executable)} -m assistant chat --plain --data-dir {quote(str(tmp_path / 'data'))}")
    term.tmux("-f", "/dev/null", "new-session", "-d", "-s", "plain", "-x", "80", "-y", "24", command)
    yield term
    term.tmux("kill-server", check=False)


@pytest.mark.parametrize("marked", [True, False], ids=["bracketed", "unmarked"])
def test_three_pasted_lines_answer_one_question_in_tmux(plain_terminal, marked):
    term = plain_terminal
    term.wait_for("Who is this decision for?")
    term.type_line("2")
    term.wait_for("Who are you helping?")
    term.type_line("my mother")
    term.wait_for("What do you and your mother need to decide?")
    term.tmux("load-buffer", "-b", "three", "-", input="whether she should have TAVI\nor stay on medicines\nthe cardiologist is unsure")
    term.tmux("paste-buffer", *(["-p"] if marked else []), "-b", "three", "-t", "plain")
    term.wait_for("the cardiologist is unsure")
    term.tmux("send-keys", "-t", "plain", "Enter")
    screen = term.wait_for("What makes you unsure?")
    flat = " ".join(screen.split())  # the terminal's own line breaks left out
    assert "Got it: whether she should have TAVI or stay on medicines the cardiologist is unsure." in flat
    # The next question waits for its own answer: nothing of the paste was left for it.
    term.type_line("the risks of the procedure")
    screen = term.wait_for("By when does the choice need to be made?")
    flat = " ".join(screen.split())
    assert "Sorry" not in flat and "did not understand" not in flat
    assert flat.endswith("5. Not sure >"), "the time question waits for its answer"
    assert "> the risks of the procedure Thank you." in flat, "the reason typed answered the reason question"
