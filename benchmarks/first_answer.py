"""Rows 5d-5e: the first answer after an install or an update (an empty cache folder), a line with
red flags in it, on this Python and on another one.

The red-flag tables and the self-harm cue lists ship built (assistant/safety/shipped.py), but
their regex programs fit only the Python that built them (its regex compiler). On another Python
the shipped analysis is borrowed and only the programs are made; before that, the tables were
built from the YAML at the first answer (about 4 s of CPU on 3.13, 20 s of wall time on a busy
machine).

5d: `python -m assistant chat --plain --jsonl --no-save` answering a red-flag line, then `quit`,
    with an empty cache folder, next to the same run with the cache filled (this interpreter).
5e: the same with another Python (3.12 or 3.13): the interpreter named by
    SECOND_OPINION_OTHER_PYTHON, else the first of python3.13, python3.12 on PATH that is not this
    one and imports jinja2, transitions and yaml (e.g. a venv with the app installed). No such
    Python: the row says so and fails (the figure is what issue 17 is about).
Fresh processes, launch to exit, alternating, medians; the answer waits in a file, so plain mode
does not warm up (assistant/warmup.py): the first answer pays whatever screening needs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .report import Row
from .startup import child_env, whole_run
from .timing import interleave

LINES = b"my chest hurts and I can't breathe\nquit\n"
OTHER_ENV = "SECOND_OPINION_OTHER_PYTHON"


def command(python: str) -> list[str]:
    return [python, "-m", "assistant", "chat", "--plain", "--jsonl", "--no-save"]


def other_python() -> str | None:
    """Another CPython to measure with (see the module's docstring), or None."""
    named = os.environ.get(OTHER_ENV)
    candidates = [named] if named else [shutil.which(name) for name in ("python3.13", "python3.12")]
    here = f"{sys.version_info[0]}.{sys.version_info[1]}"
    for python in filter(None, candidates):
        done = subprocess.run([python, "-c", "import sys, jinja2, transitions, yaml; print('%d.%d' % sys.version_info[:2])"],
                              capture_output=True, text=True)
        if done.returncode == 0 and done.stdout.strip() != here:
            return python
    return None


def version(python: str) -> str:
    return subprocess.run([python, "-c", "import platform; print(platform.python_version())"],
                          capture_output=True, text=True, check=True).stdout.strip()


def cold(python: str) -> float:
    """The run with an empty cache folder (made and removed untimed)."""
    folder = Path(tempfile.mkdtemp(prefix="so-bench-first-"))
    try:
        return whole_run(command(python), LINES, env=child_env(folder / "cache"))[0]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def pair(python: str, quick: bool):
    warm = Path(tempfile.mkdtemp(prefix="so-bench-warm-"))
    try:
        _, out = whole_run(command(python), LINES, env=child_env(warm / "cache"))  # fills the cache
        if '"urgent": true' not in out.decode():
            raise RuntimeError(f"{python}: the red-flag line was not answered as urgent: {out[:300]!r}")
        return interleave(lambda: cold(python), lambda: whole_run(command(python), LINES, env=child_env(warm / "cache"))[0],
                          repeats=3 if quick else 5, warmup=0, collect=False, budget=60 if quick else 120)
    finally:
        shutil.rmtree(warm, ignore_errors=True)


def run(quick: bool) -> list[Row]:
    rows = []
    here = pair(sys.executable, quick)
    rows.append(Row(f"5d First answer (a red flag) with an empty cache, Python {version(sys.executable)}", here.figure_median,
                    here.floor_median, "s", 2.5, "the same run, cache filled",
                    note="first start after an install: the shipped tables fit this Python.",
                    samples={"figure": here.figure, "floor": here.floor}))
    other = other_python()
    if other is None:
        rows.append(Row("5e First answer (a red flag) with an empty cache, another Python", 0.0, 0.0, "s", 2.5,
                        "the same run, cache filled", extra_ok=False,
                        note=f"FAIL: no other Python to measure with (set {OTHER_ENV})."))
        return rows
    there = pair(other, quick)
    rows.append(Row(f"5e First answer (a red flag) with an empty cache, Python {version(other)}", there.figure_median,
                    there.floor_median, "s", 2.5, "the same run, cache filled",
                    note="the shipped tables' analysis borrowed, this Python's programs made (shipped.borrowed).",
                    samples={"figure": there.figure, "floor": there.floor}))
    return rows
