"""The screening warm-up is a head start, never a condition: every first answer is screened in full."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from pathlib import Path

from assistant import warmup
from assistant.engine import Engine
from assistant.plain import run_plain

ROOT = Path(__file__).resolve().parents[1]
RED_FLAG = "my chest hurts and I can't breathe"


def test_the_warm_up_loads_and_compiles_screening_off_the_main_thread():
    ran_in: list[str] = []

    def task() -> None:
        warmup.get_screening_ready()
        ran_in.append(threading.current_thread().name)

    warmup.start(task).join()
    assert ran_in == ["second-opinion warm-up"]
    assert "assistant.safety" in sys.modules


def test_a_warm_up_that_fails_costs_nothing_but_time():
    def broken() -> None:
        raise RuntimeError("the warm-up broke")

    thread = warmup.start(broken)
    thread.join()
    stdout = io.StringIO()
    assert run_plain(Engine(), jsonl=True, stdin=io.StringIO(RED_FLAG + "\n"), stdout=stdout, warm_up=broken) == 0
    assert json.loads(stdout.getvalue().splitlines()[1])["urgent"] is True


def test_plain_mode_screens_the_first_answer_in_full_when_the_warm_up_never_finishes():
    """A fresh process, so nothing of screening is loaded yet; the warm-up is stuck before it
    loads anything. The first answer must still be read as the emergency it is."""
    code = f"""
import io, json, sys, threading
from assistant.engine import Engine
from assistant.plain import run_plain
stuck, entered = threading.Event(), threading.Event()
def never_finishes():
    entered.set()
    stuck.wait()
assert 'assistant.safety.screening' not in sys.modules and 'assistant.safety.rules' not in sys.modules  # the numbers table only
out = io.StringIO()
code = run_plain(Engine(), jsonl=True, stdin=io.StringIO({RED_FLAG + chr(10)!r}), stdout=out, warm_up=never_finishes)
assert entered.is_set() and not stuck.is_set(), 'the warm-up started and never finished'
turns = [json.loads(line) for line in out.getvalue().splitlines()]
print(json.dumps({{'code': code, 'urgent': turns[1]['urgent'], 'state': turns[1]['state']}}))
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["code"] == 0 and report["urgent"] is True, report
    assert report["state"] == Engine().flow.urgent_state


def test_plain_mode_does_not_warm_up_when_the_answer_is_already_there(tmp_path):
    """Piped input that is already waiting: a warm-up would only compete with screening it."""
    started: list[bool] = []
    source = tmp_path / "in.txt"
    source.write_text(RED_FLAG + "\n")
    with open(source, encoding="utf-8") as stdin:
        out = io.StringIO()
        run_plain(Engine(), jsonl=True, stdin=stdin, stdout=out, warm_up=lambda: started.append(True))
    assert started == []
    assert json.loads(out.getvalue().splitlines()[1])["urgent"] is True


async def test_the_window_screens_the_first_answer_in_full_when_the_warm_up_never_finishes(tmp_path):
    from assistant.tui.app import SecondOpinionApp

    stuck, entered = threading.Event(), threading.Event()

    def never_finishes() -> None:
        entered.set()
        stuck.wait()

    app = SecondOpinionApp(Engine(), save_dirs=[tmp_path], cursor_blink=False, warm_up=never_finishes)
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(500):  # started once the first turn is drawn
                if app.warm_up_thread is not None:
                    break
                await pilot.pause()
            assert app.chat.current_turn is not None and app.chat.current_turn.state == "welcome"
            entered.wait()
            await app.chat.send(RED_FLAG)
            assert app.chat.current_turn.urgent, "the first answer was screened"
            assert app.warm_up_thread.is_alive(), "...while the warm-up still had not finished"
    finally:
        stuck.set()


def test_after_the_warm_up_the_first_answer_imports_nothing_of_the_assistant():
    """The warm-up reads a harmless line and a number at the first question as the engine reads an
    answer (warmup.get_reading_ready): what a first answer would import, it has imported. A fresh
    process, so nothing is loaded before."""
    code = """
import sys
from assistant import warmup
from assistant.engine import Engine
engine = Engine()
engine.start()
warmup.get_screening_ready()
before = set(sys.modules)
for line in ("1", "I am not sure who it is for"):
    fresh = Engine()
    fresh.start()
    fresh.respond(line)
print(' '.join(sorted(m for m in set(sys.modules) - before if m.startswith('assistant'))))
"""
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [], f"imported at the first answer: {result.stdout}"


def test_the_reading_warm_up_changes_no_conversation():
    engine = Engine()
    engine.start()
    before = (engine.state, dict(engine.slots), engine.turn_count)
    warmup.get_reading_ready()
    assert (engine.state, dict(engine.slots), engine.turn_count) == before
