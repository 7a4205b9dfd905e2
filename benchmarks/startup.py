"""Row 5: plain-mode start, in fresh processes: time to the first turn on standard output.

Figure: `python -m assistant chat --plain --jsonl --no-save` with standard input closed,
timed from launch until its first line (the first turn) arrives. Floor: `python -c "import
jinja2, transitions"`, timed the same way (it prints one line once the imports are done).
Both run with this interpreter from the repository root, alternating, median of many, with
bytecode cached for both (benchmarks/results/pycache) even where PYTHONDONTWRITEBYTECODE is set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .report import Row
from .timing import clock, interleave, seconds_since

ROOT = Path(__file__).resolve().parent.parent
PYCACHE = Path(__file__).resolve().parent / "results" / "pycache"


def child_env() -> dict:
    """The environment for timed processes: bytecode cached (as after `pip install`), kept
    under benchmarks/results/ so the source tree is untouched, for the floor's libraries too."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    return env
PLAIN = [sys.executable, "-m", "assistant", "chat", "--plain", "--jsonl", "--no-save"]
FLOOR = [sys.executable, "-c", "import jinja2, transitions; print('ready', flush=True)"]


def first_line(command: list[str]) -> tuple[float, str]:
    """Seconds from launch until the process writes its first line; and that line."""
    start = clock()
    process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=child_env())
    line = process.stdout.readline()
    elapsed = seconds_since(start)
    process.communicate()
    if not line or process.returncode != 0:
        raise RuntimeError(f"{' '.join(command[1:])} failed (exit {process.returncode}) before its first line")
    return elapsed, line.decode()


def imported_modules(command: list[str]) -> list[str]:
    """Every module the command imports, from `python -X importtime`."""
    process = subprocess.run([command[0], "-X", "importtime", *command[1:]], cwd=ROOT, stdin=subprocess.DEVNULL,
                             capture_output=True, check=True, env=child_env())
    return [line.rsplit("|", 1)[-1].strip() for line in process.stderr.decode().splitlines() if line.startswith("import time:")]


def run(quick: bool) -> list[Row]:
    _, line = first_line(PLAIN)
    if '"turn": 1' not in line:
        raise RuntimeError(f"plain mode's first line is not the first turn: {line[:200]}")
    textual = sorted({m for m in imported_modules(PLAIN) if m.split(".")[0] == "textual"})
    pair = interleave(lambda: first_line(PLAIN)[0], lambda: first_line(FLOOR)[0],
                      repeats=9 if quick else 25, warmup=2, collect=False, budget=20)
    return [Row(
        "5 Plain-mode start: first turn of `chat --plain`", pair.figure_median, pair.floor_median, "s", 1.5,
        "import jinja2, transitions", extra_ok=not textual,
        note=("fresh process, launch to first line on stdout; "
              + ("Textual is not imported." if not textual else f"FAIL: Textual is imported ({', '.join(textual[:3])}...).")),
        samples={"figure": pair.figure, "floor": pair.floor},
    )]
