"""Rows 5a-5c: plain mode as a whole process, from launch to exit.

5a: `python -m assistant chat --plain --jsonl --no-save` answering `quit` (start, the first
    turn, screening and answering one line, exit) next to `python -c "import jinja2,
    transitions"` (the libraries it cannot do without), both launch to exit.
5b: a conversation of 26 lines (the 24 answers of a straight path to the plan, then `summary` and
    `quit`; 25 lines until the timeline step was added) next to the `quit` run: what the
    conversation itself adds to a start.
5c: the `quit` run with an empty cache folder (first start after an install or an update:
    the YAML parsed, the red-flag tables built, the templates compiled, the regexes stored) next to the same run
    with the cache filled.
All with this interpreter from the repository root, alternating, medians; Python bytecode
cached for all (benchmarks/results/pycache), the parsed-content and template cache in
benchmarks/results/cache (never the user's). Standard input is a file, so the answers are
waiting: plain mode does not start its screening warm-up (assistant/warmup.py), and the first
answer pays for the screening it needs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .conversations import STRAIGHT_PATH
from .report import Row
from .timing import clock, interleave, seconds_since

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"
PYCACHE = RESULTS / "pycache"
CACHE = RESULTS / "cache"


def child_env(cache: Path | None = None) -> dict:
    """The environment for timed processes: bytecode cached (as after `pip install`), kept
    under benchmarks/results/ so the source tree is untouched, for the floor's libraries too;
    the app's own cache folder there too (or `cache`)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    env["SECOND_OPINION_CACHE_DIR"] = str(cache or CACHE)
    return env


PLAIN = [sys.executable, "-m", "assistant", "chat", "--plain", "--jsonl", "--no-save"]
FLOOR = [sys.executable, "-c", "import jinja2, transitions"]
QUIT = b"quit\n"
CONVERSATION = "".join(line + "\n" for line in [*STRAIGHT_PATH, "summary", "quit"]).encode()


def first_line(command: list[str], env: dict | None = None) -> tuple[float, str]:
    """Seconds from launch until the process writes its first line; and that line."""
    start = clock()
    process = subprocess.Popen(command, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, env=env or child_env())
    line = process.stdout.readline()
    elapsed = seconds_since(start)
    process.communicate()
    if not line or process.returncode != 0:
        raise RuntimeError(f"{' '.join(command[1:])} failed (exit {process.returncode}) before its first line")
    return elapsed, line.decode()


def whole_run(command: list[str], stdin: bytes = b"", env: dict | None = None) -> tuple[float, bytes]:
    """Seconds from launch to exit, with `stdin` waiting in a file; and what it printed."""
    with tempfile.TemporaryFile() as source:
        source.write(stdin)
        source.seek(0)
        start = clock()
        done = subprocess.run(command, cwd=ROOT, stdin=source, capture_output=True, env=env or child_env())
        elapsed = seconds_since(start)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command[1:])} failed (exit {done.returncode}):\n{done.stderr.decode()[-2000:]}")
    return elapsed, done.stdout


def cold_run() -> float:
    """The `quit` run with an empty cache folder (made and removed untimed)."""
    folder = Path(tempfile.mkdtemp(prefix="so-bench-cold-"))
    try:
        return whole_run(PLAIN, QUIT, env=child_env(folder / "cache"))[0]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def imported_modules(command: list[str]) -> list[str]:
    """Every module the command imports, from `python -X importtime`."""
    process = subprocess.run([command[0], "-X", "importtime", *command[1:]], cwd=ROOT, input=QUIT,
                             capture_output=True, check=True, env=child_env())
    return [line.rsplit("|", 1)[-1].strip() for line in process.stderr.decode().splitlines() if line.startswith("import time:")]


def check_outputs() -> None:
    _, out = whole_run(PLAIN, QUIT)
    lines = out.decode().splitlines()
    if len(lines) != 2 or '"turn": 1' not in lines[0] or '"kind": "bye"' not in lines[1]:
        raise RuntimeError(f"the quit run did not give the first turn and a goodbye: {out[:300]!r}")
    _, out = whole_run(PLAIN, CONVERSATION)
    turns = out.decode().splitlines()
    if len(turns) != len(STRAIGHT_PATH) + 3 or '"kind": "bye"' not in turns[-1]:
        raise RuntimeError(f"the conversation to the plan did not run to its goodbye ({len(turns)} turns)")


def run(quick: bool) -> list[Row]:
    check_outputs()  # also fills the caches, as any earlier run of the app would
    textual = sorted({m for m in imported_modules(PLAIN) if m.split(".")[0] == "textual"})
    repeats, budget = (9, 15) if quick else (25, 30)
    quit_pair = interleave(lambda: whole_run(PLAIN, QUIT)[0], lambda: whole_run(FLOOR)[0],
                           repeats=repeats, warmup=2, collect=False, budget=budget)
    talk_pair = interleave(lambda: whole_run(PLAIN, CONVERSATION)[0], lambda: whole_run(PLAIN, QUIT)[0],
                           repeats=repeats, warmup=1, collect=False, budget=budget)
    cold_pair = interleave(cold_run, lambda: whole_run(PLAIN, QUIT)[0],
                           repeats=max(5, repeats // 2), warmup=1, collect=False, budget=budget)
    return [
        Row("5a Plain mode, whole `quit` run", quit_pair.figure_median, quit_pair.floor_median, "s", 1.5,
            "import jinja2, transitions", extra_ok=not textual,
            note=("fresh processes, launch to exit; the answer waits in a file, so no warm-up; "
                  + ("Textual is not imported." if not textual else f"FAIL: Textual is imported ({', '.join(textual[:3])}...).")),
            samples={"figure": quit_pair.figure, "floor": quit_pair.floor}),
        Row(f"5b Plain mode, a {len(STRAIGHT_PATH) + 2}-line conversation", talk_pair.figure_median, talk_pair.floor_median, "s", 1.3,
            "the `quit` run", note=f"{len(STRAIGHT_PATH)} answers to the plan, `summary`, `quit`; launch to exit.",
            samples={"figure": talk_pair.figure, "floor": talk_pair.floor}),
        Row("5c Plain mode, `quit` run with an empty cache", cold_pair.figure_median, cold_pair.floor_median, "s", 2.5,
            "the same run, cache filled",
            note=("first start after an install or an update: YAML parsed, red-flag tables built, templates compiled "
                  "(target set by this benchmark, not issue 17: paid once per content version)."),
            samples={"figure": cold_pair.figure, "floor": cold_pair.floor}),
    ]
