"""Rows 6 and 7: the Textual UI, headless, each variant in a fresh process (ui_probe.py).

6a: launch -> first assistant turn on screen, the real app vs a bare Textual app with one
    Static and one Input (both headless via run_test at 80x24; the real app without saving).
6b: peak memory (VmHWM) at that moment, the same two apps.
7a: the first keypress of a fresh process's app (at the welcome, once the screening warm-up is
    done, as while the user reads: "1" typed, then the timed Enter that sends it; a number key
    at a choice list types into the answer box) -> the next turn on screen, vs the same press in further
    fresh apps in the same process (the same screen and log; first-time loading done).
7b: keypress -> next turn on screen after 500 answers vs after 5, the same method for both
    (one app; a warm-up press; then press, "back", press...).
7c: peak memory after 500 answers vs after 5 (before the presses of 7b).
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


def probe(*args: str) -> dict:
    done = subprocess.run([*PROBE, *args], cwd=ROOT, capture_output=True, check=False, env=child_env())
    if done.returncode != 0:
        raise RuntimeError(f"ui_probe {' '.join(args)} failed:\n{done.stderr.decode()[-2000:]}")
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
        Row("6b UI start: peak memory", median(real_mb), median(bare_mb), "MB", 1.2, "bare App: Static + Input",
            note="peak resident memory (VmHWM) of the same processes at that moment.", samples={"figure": real_mb, "floor": bare_mb}),
    ]
    first = Pair()
    for _ in range(4 if quick else 9):  # one first press per fresh process
        result = probe("first", "3")
        first.figure.append(result["first"])
        first.floor.extend(result["warm"])
    rows.append(Row("7a UI first keypress to next turn", first.figure_median, first.floor_median, "s", 1.5,
                    "the same press later, warm",
                    note=(f"median of {len(first.figure)} fresh processes: '1' at the welcome once the screening warm-up has "
                          f"finished, vs {len(first.floor)} of the same press in later fresh apps of the same processes."),
                    samples={"figure": first.figure, "floor": first.floor}))
    presses = 6 if quick else 20
    log, memory = Pair(), Pair()
    # short, long, short: drift hits both; the long log takes ~20 s to fill, so it runs once.
    for answers, times, peaks in ((5, log.floor, memory.floor), (500, log.figure, memory.figure), (5, log.floor, memory.floor)):
        result = probe("log", str(answers), str(presses if answers > 5 else presses // 2))
        times.extend(result["times"])
        peaks.append(result["filled_peak_mb"])
    rows.append(Row("7b UI long log: keypress to next turn, 500 answers vs 5", log.figure_median, log.floor_median, "s", 1.5,
                    "5 answers in the log",
                    note=(f"median of {len(log.figure)} and {len(log.floor)} presses of '2' at the same question, one app each, "
                          f"'back' after each press; the log keeps the newest {MAX_BLOCKS} blocks (assistant/tui/widgets/chat_log.py)."),
                    samples={"figure": log.figure, "floor": log.floor}))
    rows.append(Row("7c UI memory: peak after 500 answers vs 5", median(memory.figure), median(memory.floor), "MB", 1.2,
                    "after 5 answers", note="VmHWM of the same processes, after filling, before the presses.",
                    samples={"figure": memory.figure, "floor": memory.floor}))
    return rows
