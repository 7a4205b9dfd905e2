"""Rows 6 and 7: the Textual UI, headless, each variant in a fresh process (ui_probe.py).

6a: launch -> first assistant turn on screen, the real app vs a bare Textual app with one
    Static and one Input (both headless via run_test at 80x24; the real app without saving).
6b: peak memory (VmHWM) at that moment, the same two apps.
7:  keypress -> next turn on screen with 500 turns in the log vs with 5.
"""

from __future__ import annotations

import json
import subprocess
import sys

from assistant.tui.widgets.chat_log import MAX_BLOCKS

from .report import Row
from .startup import ROOT, child_env, first_line
from .timing import Pair, interleave, median

PROBE = [sys.executable, "-m", "benchmarks.ui_probe"]


def start(kind: str, memory: list[float]) -> float:
    elapsed, line = first_line([*PROBE, "start", kind])
    memory.append(json.loads(line)["peak_mb"])
    return elapsed


def log_presses(turns: int, presses: int) -> dict:
    done = subprocess.run([*PROBE, "log", str(turns), str(presses)], cwd=ROOT, capture_output=True, check=False,
                          env=child_env())
    if done.returncode != 0:
        raise RuntimeError(f"ui_probe log {turns} failed:\n{done.stderr.decode()[-2000:]}")
    return json.loads(done.stdout.decode().splitlines()[-1])


def run(quick: bool) -> list[Row]:
    real_mb, bare_mb = [], []
    pair = interleave(lambda: start("real", real_mb), lambda: start("bare", bare_mb),
                      repeats=5 if quick else 15, warmup=1, collect=False, budget=25)
    real_mb, bare_mb = real_mb[1:], bare_mb[1:]  # the warm-up's own figures out
    rows = [
        Row("6a UI start: first assistant turn on screen", pair.figure_median, pair.floor_median, "s", 1.3,
            "bare App: Static + Input", note="fresh process, launch to the first turn in a screen update, headless 80x24 (run_test).",
            samples={"figure": pair.figure, "floor": pair.floor}),
        Row("6b UI start: peak memory", median(real_mb), median(bare_mb), "MB", 1.3, "bare App: Static + Input",
            note="peak resident memory (VmHWM) of the same processes at that moment.", samples={"figure": real_mb, "floor": bare_mb}),
    ]
    presses = 6 if quick else 20
    log = Pair()
    # short, long, short: drift hits both; the long log takes ~20 s to fill, so it runs once.
    log.floor.extend(log_presses(5, presses // 2)["times"])
    log.figure.extend(log_presses(500, presses)["times"])
    log.floor.extend(log_presses(5, presses - presses // 2)["times"])
    rows.append(Row("7 UI long log: keypress to next turn, 500 turns vs 5", log.figure_median, log.floor_median, "s", 1.5,
                    "5 turns in the log",
                    note=(f"median of {len(log.figure)} and {len(log.floor)} presses of '2' at the same question (long log: one "
                          "app, 'back' after each press; short log: a fresh app for each press); the log keeps "
                          f"the newest {MAX_BLOCKS} blocks (assistant/tui/widgets/chat_log.py)."),
                    samples={"figure": log.figure, "floor": log.floor}))
    return rows
