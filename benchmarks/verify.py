"""Row 3: `replay --verify` on 10, 100 and 1,000 transcripts of about 30 turns, in fresh processes.

The transcripts are seeded walks through the flow (numbers, words, Enter, an occasional
command), written as the app writes them. 100 distinct walks; the 1,000 set holds each walk
ten times under its own id, so every set has the same mix of turns.
3a-c: the whole command, `python -m assistant replay --verify FILE...`, launch to exit, per
    transcript: starting, reading, checking and re-running each file. Floor, per transcript:
    a process that only imports jinja2 and transitions (launch to exit), plus what no verify
    can leave out, done in this (warm) process: reading each file and parsing its lines as
    JSON, and today's engine answering its recorded lines from a fresh conversation. So the
    ratio is what verify itself adds (its imports and caches, the checks of every record and
    chain hash, comparing each turn) to running the engine; the engine's own cost per turn
    against a bare machine and templates is row 1, and is shown here too as 3f.
    (Until 2026-12-03 the floor was the bare machine and templates alone: every answer's
    screening and reading, row 1's cost, then counted a second time as verify's.)
3d: the cost of one more transcript (from 100 to 1,000 files) vs from 10 to 100: flat means
    each file costs the same however many come before it (start-up cancels out).
3e: peak memory (VmHWM) of the 1,000-file run vs the 10-file run.
3f: (shown, no target) the 1,000-file run per transcript against the old floor: start + the
    same turns through the bare machine and templates (see conversations.py).
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from assistant.engine import Engine
from assistant.flow import default_flow
from assistant.transcripts import schema, store
from assistant.transcripts.writer import encode, make_header, now

from .conversations import BareReplay, capture, walk
from .peak import last_peak
from .report import Row
from .startup import FLOOR, ROOT, child_env, whole_run
from .timing import clock, interleave, median, seconds_since

COUNTS = (10, 100, 1000)
DISTINCT = 100
LINES = 29  # 29 inputs: 30 assistant turns


def chained(records: list[dict]) -> bytes:
    """The records as the app's writer puts them in a new file: each line with its chain hash."""
    chain, lines = "", []
    for record in records:
        line = encode(record)[:-1]
        chain = schema.chain_hash(chain, line)
        lines.append(schema.with_chain(line, chain) + b"\n")
    return b"".join(lines)


def make_set(folder: Path) -> tuple[list[Path], list[list[str]]]:
    """1,000 files: walks 0..99, each written ten times (file i is walk i % 100)."""
    records_by_seed: dict[int, list[dict]] = {}
    walks = []
    for seed in range(DISTINCT):
        records: list[dict] = [make_header(default_flow(), created=now(), conversation_id="x")]
        walks.append(walk(seed, LINES, listener=records.append))
        records_by_seed[seed] = records[1:]
    paths = []
    for i in range(max(COUNTS)):
        seed = i % DISTINCT
        conversation_id = store.new_id()
        header = make_header(default_flow(), created=now(), conversation_id=conversation_id)
        path = folder / f"{i:04d}-walk{seed:03d}-{conversation_id}.jsonl"
        path.write_bytes(chained([header, *records_by_seed[seed]]))
        paths.append(path)
    return paths, walks


def verify_command(files: list[str], peaks: list[float]) -> float:
    """Seconds for `replay --verify` on these files in a fresh process; its peak memory to `peaks`."""
    start = clock()
    done = subprocess.run([sys.executable, "-m", "benchmarks.peak", "assistant", "replay", "--verify", *files],
                          cwd=ROOT, capture_output=True, env=child_env())
    elapsed = seconds_since(start)
    if done.returncode != 0:
        raise RuntimeError(f"replay --verify failed on the generated transcripts:\n{(done.stdout + done.stderr).decode()[-2000:]}")
    peaks.append(last_peak(done.stderr.decode()))
    return elapsed


def engine_rerun(path: Path) -> None:
    """What any verify must do for one file: read it, parse its records, and have a fresh
    engine answer its recorded lines."""
    records = [json.loads(line) for line in path.read_bytes().splitlines()]
    engine = Engine()
    engine.start()
    for record in records:
        if record.get("type") == "user":
            engine.respond(record["text"])


def run(quick: bool) -> list[Row]:
    bare = BareReplay()
    with tempfile.TemporaryDirectory(prefix="so-bench-verify-") as tmp:
        paths, walks = make_set(Path(tmp))
        recordings = [capture(lines, skip_start=False) for lines in walks]
        prepared = [bare.prepare(r) for r in recordings]
        rows, pairs, peaks, bare_floor = [], {}, {}, []
        for count in COUNTS:
            files = [str(p) for p in paths[:count]]

            def floor(count: int = count) -> float:
                elapsed = whole_run(FLOOR)[0]  # starting Python with the two libraries
                # The benchmark's own objects (every recorded turn) are kept out of the collector
                # while the floor runs, as `replay --verify` keeps its loaded data out of it.
                gc.collect()
                gc.freeze()
                try:
                    start = clock()
                    for path in paths[:count]:
                        engine_rerun(path)
                    rerun = seconds_since(start)
                    if count == max(COUNTS):  # the old floor, for 3f: the same turns through the bare machine
                        start = clock()
                        for i in range(count):
                            bare.run(recordings[i % DISTINCT], prepared[i % DISTINCT])
                        bare_floor.append(elapsed + seconds_since(start))
                finally:
                    gc.unfreeze()
                return elapsed + rerun

            peaks[count] = []
            repeats = {10: 15, 100: 5, 1000: 3}[count] if not quick else {10: 7, 100: 3, 1000: 1}[count]
            pair = interleave(lambda files=files, count=count: verify_command(files, peaks[count]), floor, repeats=repeats,
                              warmup=1 if count < 1000 else 0, collect=False, budget={10: 10, 100: 20, 1000: 60}[count])
            if count < 1000:
                peaks[count] = peaks[count][1:]  # the warm-up's
            pairs[count] = pair
            rows.append(Row(f"3{'abc'[len(rows)]} Verify {count:,} transcripts, per transcript", pair.figure_median / count,
                            pair.floor_median / count, "s", 3.0, "start + read + engine re-run",
                            samples={"figure": pair.figure, "floor": pair.floor, "count": count}))
    turns = sum(len(r.turns) for r in recordings) / len(recordings)
    rows[0].note = (f"fresh process, launch to exit, {turns:.0f} turns per transcript; the floor reads and parses each file and "
                    "re-runs its lines through a fresh engine (warm, in the benchmark's process); the figure also checks every "
                    "record and chain hash and compares every turn.")
    t10, t100, t1000 = (pairs[c].figure_median for c in COUNTS)
    late, early = (t1000 - t100) / 900, (t100 - t10) / 90
    flat = Row("3d Verify, one more transcript: from 100 to 1,000 vs from 10 to 100", late, early, "s", 1.2,
               "from 10 to 100", note="the cost of each further file must not grow with the count (start-up cancels out).")
    memory = Row("3e Verify, peak memory: 1,000 transcripts vs 10", median(peaks[1000]), median(peaks[10]), "MB", 1.5,
                 "10 transcripts", note="VmHWM of the same processes, read at exit (benchmarks/peak.py).",
                 samples={"figure": peaks[1000], "floor": peaks[10]})
    old = Row("3f Verify 1,000 transcripts vs start + bare machine + templates", pairs[1000].figure_median / 1000,
              median(bare_floor) / 1000, "s", None, "start + bare machine + templates",
              note="the old floor of 3a-c (no target): what reading answers (row 1) adds on top of verify's own work.",
              samples={"floor": bare_floor})
    return [*rows, flat, memory, old]
