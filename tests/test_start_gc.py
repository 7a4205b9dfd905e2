"""The collector is held while the program starts and let go once it has: after the first answer
in plain mode, before any other command runs; never touched when nobody held it."""

from __future__ import annotations

import gc
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant import cli, start_gc
from assistant.engine import Engine
from assistant.plain import run_plain

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def held():
    """Hold as the program does; afterwards the collector is as it was, whatever the test did."""
    was_enabled = gc.isenabled()
    start_gc.hold()
    try:
        yield
    finally:
        start_gc._held = False
        gc.unfreeze()  # the test process keeps collecting its own objects
        if was_enabled:
            gc.enable()


def test_release_does_nothing_unless_hold_stopped_the_collector():
    assert gc.isenabled()
    start_gc.release()
    assert gc.isenabled() and not start_gc.held() and gc.get_freeze_count() == 0
    gc.disable()  # someone else's choice: neither hold nor release overrides it
    try:
        start_gc.hold()
        assert not start_gc.held()
        start_gc.release()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_plain_mode_collects_again_from_the_second_answer_on(held):
    seen = []

    def listener(event: dict) -> None:
        if event["type"] == "user":
            seen.append((event["text"], gc.isenabled()))

    stdout = io.StringIO()
    assert run_plain(Engine(listener=listener), jsonl=True, stdin=io.StringIO("1\nmy knee\nquit\n"), stdout=stdout, warm_up=None) == 0
    assert seen == [("1", False), ("my knee", True), ("quit", True)]
    assert gc.isenabled() and not start_gc.held()
    assert gc.get_freeze_count() > 0  # what the start made is kept out of later collections
    assert len(stdout.getvalue().splitlines()) == 4  # the conversation itself is unchanged


_COLLECTING: list[bool] = []


def _record_collector(args) -> int:
    _COLLECTING.append(gc.isenabled())
    return 0


def test_other_commands_run_with_the_collector_let_go(held, monkeypatch):
    _COLLECTING.clear()
    monkeypatch.setitem(cli.HANDLERS, "graph", f"{__name__}:_record_collector")
    assert cli.main(["graph"]) == 0
    assert _COLLECTING == [True]


def test_the_program_holds_the_collector_from_its_first_line_to_the_first_answer():
    """A fresh `python -m assistant`: no collection during the start, collection after the first answer."""
    probe = (
        "import gc, runpy, sys\n"
        "import assistant.plain as plain\n"
        "states = []\n"
        "respond = plain.Engine.respond\n"
        "def spy(self, line):\n"
        "    states.append(gc.isenabled())\n"
        "    return respond(self, line)\n"
        "plain.Engine.respond = spy\n"
        "sys.argv = ['assistant', 'chat', '--plain', '--jsonl', '--no-save']\n"
        "try:\n"
        "    runpy.run_module('assistant', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "print('STATES', states, gc.isenabled(), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], input="1\nquit\n", capture_output=True, text=True, cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "STATES [False, True] True" in done.stderr, done.stderr
    assert len(done.stdout.splitlines()) == 3
