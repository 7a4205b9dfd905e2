"""Row 4: a long conversation, saved as it happens: turn 1,000 next to turn 10.

One conversation of 1,000 lines with the transcript writer attached (a temporary data
folder, so each event is appended and synced to disk as in real use). The lines repeat a
30-line cycle: a straight path to the plan, then summary, help, why, sources, back, Enter
and restart. 990 is a multiple of 30, so lines 991-1,000 ask the engine for exactly what
lines 1-10 did, with 990 turns of history behind them. Figure: the mean of lines 991-1,000;
floor: the mean of lines 1-10; median over repeated conversations.
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from pathlib import Path

from assistant.engine import Engine
from assistant.transcripts.writer import TranscriptWriter

from .conversations import STRAIGHT_PATH
from .report import Row
from .timing import clock, median, seconds_since

CYCLE = [*STRAIGHT_PATH, "summary", "help", "why", "sources", "back", "", "restart"]
LINES = 1000
EARLY, LATE = range(0, 10), range(990, 1000)


def conversation(folder: Path, lines: int = LINES) -> tuple[list[float], int]:
    """Seconds for each line of one saved conversation, and the size of its transcript."""
    writer = TranscriptWriter.new(folder)
    engine = Engine(listener=writer)
    engine.start()
    times = []
    for i in range(lines):
        line = CYCLE[i % len(CYCLE)]
        start = clock()
        engine.respond(line)
        times.append(seconds_since(start))
    writer.close()
    return times, os.path.getsize(writer.path)


def run(quick: bool) -> list[Row]:
    assert len(CYCLE) == 30 and 990 % len(CYCLE) == 0
    late, early = [], []
    with tempfile.TemporaryDirectory(prefix="so-bench-long-") as tmp:
        folder = Path(tmp)
        conversation(folder, lines=60)  # warm-up
        began = time.monotonic()
        for _ in range(3 if quick else 7):
            if late and time.monotonic() - began > 30:  # a slow machine: fewer repeats
                break
            gc.collect()
            gc.freeze()
            try:
                times, size = conversation(folder)
            finally:
                gc.unfreeze()
            late.append(sum(times[i] for i in LATE) / len(LATE))
            early.append(sum(times[i] for i in EARLY) / len(EARLY))
    return [Row(
        "4 Long conversation: turn 1,000 vs turn 10 (saving on)", median(late), median(early), "s", 1.2, "turns 1-10",
        note=(f"mean of lines 991-1,000 vs lines 1-10 of one saved conversation (transcript {size / 1e6:.1f} MB, "
              f"synced to disk at each event; temp folder on {tempfile.gettempdir()})."),
        samples={"figure": late, "floor": early},
    )]
