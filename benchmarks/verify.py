"""Row 3: `replay --verify` on 10, 100 and 1,000 transcripts of about 30 turns, in fresh processes.

The transcripts are seeded walks through the flow (numbers, words, Enter, an occasional
command), written as the app writes them. 100 distinct walks; the 1,000 set holds each walk
ten times under its own id, so every set has the same mix of turns.
3a-c: the whole command, `python -m assistant replay --verify FILE...`, launch to exit, per
    transcript: starting, reading, checking and re-running each file. Floor, per transcript:
    a process that only imports jinja2 and transitions (launch to exit), plus the same turns
    through the bare machine and templates (see conversations.py), over the set's walks.
3d: the cost of one more transcript (from 100 to 1,000 files) vs from 10 to 100: flat means
    each file costs the same however many come before it (start-up cancels out).
3e: peak memory (VmHWM) of the 1,000-file run vs the 10-file run.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

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


def run(quick: bool) -> list[Row]:
    bare = BareReplay()
    with tempfile.TemporaryDirectory(prefix="so-bench-verify-") as tmp:
        paths, walks = make_set(Path(tmp))
        recordings = [capture(lines, skip_start=False) for lines in walks]
        prepared = [bare.prepare(r) for r in recordings]
        rows, pairs, peaks = [], {}, {}
        for count in COUNTS:
            files = [str(p) for p in paths[:count]]

            def floor(count: int = count) -> float:
                elapsed = whole_run(FLOOR)[0]  # starting Python with the two libraries
                start = clock()
                for i in range(count):
                    bare.run(recordings[i % DISTINCT], prepared[i % DISTINCT])
                return elapsed + seconds_since(start)

            peaks[count] = []
            repeats = {10: 15, 100: 5, 1000: 3}[count] if not quick else {10: 7, 100: 3, 1000: 1}[count]
            pair = interleave(lambda files=files, count=count: verify_command(files, peaks[count]), floor, repeats=repeats,
                              warmup=1 if count < 1000 else 0, collect=False, budget={10: 10, 100: 20, 1000: 60}[count])
            if count < 1000:
                peaks[count] = peaks[count][1:]  # the warm-up's
            pairs[count] = pair
            rows.append(Row(f"3{'abc'[len(rows)]} Verify {count:,} transcripts, per transcript", pair.figure_median / count,
                            pair.floor_median / count, "s", 3.0, "start + bare machine + templates",
                            samples={"figure": pair.figure, "floor": pair.floor, "count": count}))
    turns = sum(len(r.turns) for r in recordings) / len(recordings)
    rows[0].note = (f"fresh process, launch to exit, {turns:.0f} turns per transcript; the figure also reads and checks each file, "
                    "the floor does not.")
    t10, t100, t1000 = (pairs[c].figure_median for c in COUNTS)
    late, early = (t1000 - t100) / 900, (t100 - t10) / 90
    flat = Row("3d Verify, one more transcript: from 100 to 1,000 vs from 10 to 100", late, early, "s", 1.2,
               "from 10 to 100", note="the cost of each further file must not grow with the count (start-up cancels out).")
    memory = Row("3e Verify, peak memory: 1,000 transcripts vs 10", median(peaks[1000]), median(peaks[10]), "MB", 1.5,
                 "10 transcripts", note="VmHWM of the same processes, read at exit (benchmarks/peak.py).",
                 samples={"figure": peaks[1000], "floor": peaks[10]})
    return [*rows, flat, memory]
