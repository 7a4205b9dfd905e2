"""Row 4: a long conversation, turn 1,000 next to turn 10; and what saving an answer costs.

4:  one conversation of 1,000 lines, each event encoded as the transcript writer encodes it but
    kept in memory (no disk: syncs would hide the engine's own growth). The lines repeat a
    30-line cycle: a straight path to the plan, then summary, help, why, back, Enter
    and restart. 990 is a multiple of 30, so lines 991-1,000 ask the engine for exactly what
    lines 1-10 did, with 990 turns of history behind them. Figure: the mean of lines 991-1,000;
    floor: the mean of lines 1-10; median over repeated conversations.
4b: what saving one answer costs: the straight path to the plan answered twice in a row, with the
    transcript writer attached (a temporary data folder, so each answer is written and synced
    before the next question, as in real use) and without it; the figure is the difference per
    answer (encoding, chain hashes, one write() and one fdatasync). The floor: appending the
    same number of bytes per answer to a file in the same folder with one fdatasync, the least
    that keeping an answer safe on disk costs. (Until 2026-12-03 the figure was the whole saved
    turn, engine included, against the bare fdatasync: the engine's reading of the answer then
    counted as a cost of saving, and a second sync per answer would have hidden under it.)
"""

from __future__ import annotations

import gc
import os
import tempfile
import time
from pathlib import Path

from assistant.engine import Engine
from assistant.transcripts.writer import TranscriptWriter, encode

from .conversations import STRAIGHT_PATH
from .report import Row
from .timing import clock, interleave, median, seconds_since

CYCLE = [*STRAIGHT_PATH, "summary", "help", "why", "back", "", "restart"]
LINES = 1000
EARLY, LATE = range(0, 10), range(990, 1000)


def conversation(lines: int = LINES) -> tuple[list[float], int]:
    """Seconds for each line of one conversation, its events encoded in memory; and their size."""
    size = 0

    def listener(record: dict) -> None:
        nonlocal size
        size += len(encode(record))

    engine = Engine(listener=listener)
    engine.start()
    times = []
    for i in range(lines):
        line = CYCLE[i % len(CYCLE)]
        start = clock()
        engine.respond(line)
        times.append(seconds_since(start))
    return times, size


def answers(folder: Path | None) -> tuple[float, int]:
    """Seconds per answer of the straight path; saved as in real use (a new transcript in
    `folder`) unless `folder` is None; and the bytes written per answer."""
    writer = TranscriptWriter.new(folder) if folder is not None else None
    engine = Engine(listener=writer)
    engine.start()
    if writer is not None:
        writer.flush()  # the first turn's records: not an answer
        before = os.fstat(writer._fd).st_size if writer._fd is not None else 0
    start = clock()
    for line in STRAIGHT_PATH:
        engine.respond(line)
    elapsed = seconds_since(start)
    size = 0
    if writer is not None:
        size = writer.path.stat().st_size - before
        writer.close()
        os.unlink(writer.path)
    return elapsed / len(STRAIGHT_PATH), size // len(STRAIGHT_PATH)


def saving_cost(folder: Path, sizes: list[int], turn: int) -> float:
    """Seconds per answer that saving adds: the path saved minus the path unsaved, back to back
    (which goes first alternates, so neither side always runs on a warmer cache)."""
    if turn % 2:
        unsaved, _ = answers(None)
        saved, size = answers(folder)
    else:
        saved, size = answers(folder)
        unsaved, _ = answers(None)
    sizes.append(size)
    return saved - unsaved


def appends_with_sync(folder: Path, size: int, count: int = len(STRAIGHT_PATH)) -> float:
    """Seconds per `size`-byte append + fdatasync to one new file in `folder`."""
    record = b"x" * (size - 1) + b"\n"
    path = folder / "floor.jsonl"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        start = clock()
        for _ in range(count):
            os.write(fd, record)
            getattr(os, "fdatasync", os.fsync)(fd)
        elapsed = seconds_since(start)
    finally:
        os.close(fd)
        os.unlink(path)
    return elapsed / count


def run(quick: bool) -> list[Row]:
    assert len(CYCLE) == 30 and 990 % len(CYCLE) == 0
    late, early = [], []
    with tempfile.TemporaryDirectory(prefix="so-bench-long-") as tmp:
        folder = Path(tmp)
        sizes: list[int] = []
        answers(folder)  # a warm-up, and the bytes an answer writes
        answer_bytes = answers(folder)[1]
        count = iter(range(10_000))
        saved = interleave(lambda: saving_cost(folder, sizes, next(count)), lambda: appends_with_sync(folder, answer_bytes),
                           repeats=7 if quick else 21, warmup=1, budget=10 if quick else 20)
        conversation(lines=60)  # warm-up
        began = time.monotonic()
        for _ in range(3 if quick else 7):
            if late and time.monotonic() - began > 30:  # a slow machine: fewer repeats
                break
            gc.collect()
            gc.freeze()
            try:
                times, size = conversation()
            finally:
                gc.unfreeze()
            late.append(sum(times[i] for i in LATE) / len(LATE))
            early.append(sum(times[i] for i in EARLY) / len(EARLY))
    return [
        Row("4 Long conversation: turn 1,000 vs turn 10", median(late), median(early), "s", 1.2, "turns 1-10",
            note=(f"mean of lines 991-1,000 vs lines 1-10 of one conversation, events encoded in memory "
                  f"({size / 1e6:.1f} MB), not written: the engine's own growth."),
            samples={"figure": late, "floor": early}),
        Row("4b Saving one answer", saved.figure_median, saved.floor_median, "s", 1.5, f"{answer_bytes:,}-byte append + fdatasync",
            note=(f"what the transcript writer adds to `Engine.respond`, per answer over the {len(STRAIGHT_PATH)}-answer path "
                  f"(saved minus unsaved, back to back), vs one append of the bytes an answer writes and one fdatasync in the "
                  f"same folder ({tempfile.gettempdir()})."),
            samples={"figure": saved.figure, "floor": saved.floor, "bytes_per_answer": sizes}),
    ]
