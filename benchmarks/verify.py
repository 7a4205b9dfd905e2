"""Row 3: `replay --verify` in-process on 10, 100 and 1,000 transcripts of about 30 turns.

The transcripts are seeded walks through the flow (numbers, words, Enter, an occasional
command), written as the app writes them. 100 distinct walks; the 1,000 set holds each walk
ten times under its own id, so every set has the same mix of turns. The figure is the whole
command, `second-opinion replay --verify FILE...`, per transcript: reading, checking and
re-running each file. The floor is the same turns through the bare machine and templates
(see conversations.py), per transcript, over the set's distinct walks.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from pathlib import Path

from assistant.cli import main as cli_main
from assistant.flow import default_flow
from assistant.transcripts import store
from assistant.transcripts.writer import encode, make_header, now

from .conversations import BareReplay, capture, walk
from .report import Row
from .timing import clock, interleave, seconds_since

COUNTS = (10, 100, 1000)
DISTINCT = 100
LINES = 29  # 29 inputs: 30 assistant turns


def make_set(folder: Path) -> tuple[list[Path], list[list[str]]]:
    """1,000 files: walks 0..99, each written ten times (file i is walk i % 100)."""
    records_by_seed: dict[int, bytes] = {}
    walks = []
    for seed in range(DISTINCT):
        records: list[dict] = [make_header(default_flow(), created=now(), conversation_id="x")]
        walks.append(walk(seed, LINES, listener=records.append))
        records_by_seed[seed] = b"".join(encode(r) for r in records[1:])
    paths = []
    for i in range(max(COUNTS)):
        seed = i % DISTINCT
        conversation_id = store.new_id()
        header = make_header(default_flow(), created=now(), conversation_id=conversation_id)
        path = folder / f"{i:04d}-walk{seed:03d}-{conversation_id}.jsonl"
        path.write_bytes(encode(header) + records_by_seed[seed])
        paths.append(path)
    return paths, walks


def verify_command(files: list[str]) -> float:
    """Seconds per transcript for `replay --verify` on these files, in this process."""
    start = clock()
    with contextlib.redirect_stdout(io.StringIO()) as out:
        code = cli_main(["replay", "--verify", *files])
    elapsed = seconds_since(start)
    if code != 0:
        raise RuntimeError(f"replay --verify failed on the generated transcripts:\n{out.getvalue()[-2000:]}")
    return elapsed / len(files)


def run(quick: bool) -> list[Row]:
    bare = BareReplay()
    with tempfile.TemporaryDirectory(prefix="so-bench-verify-") as tmp:
        paths, walks = make_set(Path(tmp))
        recordings = [capture(lines, skip_start=False) for lines in walks]
        prepared = [bare.prepare(r) for r in recordings]
        rows, per_count = [], {}
        for count in COUNTS:
            files = [str(p) for p in paths[:count]]
            distinct = min(count, DISTINCT)

            def floor(distinct: int = distinct) -> float:
                start = clock()
                for recording, turns in zip(recordings[:distinct], prepared[:distinct]):
                    bare.run(recording, turns)
                return seconds_since(start) / distinct

            repeats = {10: 21, 100: 7, 1000: 3}[count] if not quick else {10: 9, 100: 3, 1000: 1}[count]
            pair = interleave(lambda files=files: verify_command(files), floor, repeats=repeats,
                              warmup=1 if count < 1000 else 0, budget={10: 5, 100: 15, 1000: 40}[count])
            per_count[count] = pair
            rows.append(Row(f"3{'abc'[len(rows)]} Verify {count:,} transcripts, per transcript", pair.figure_median,
                            pair.floor_median, "s", 3.0, "bare machine + templates",
                            samples={"figure": pair.figure, "floor": pair.floor}))
    turns = sum(len(r.turns) for r in recordings) / len(recordings)
    rows[0].note = (f"`replay --verify` in-process, {turns:.0f} turns per transcript; the figure also reads and checks each file, "
                    "the floor does not.")
    flat = Row("3d Verify, per transcript at 1,000 vs 10", per_count[1000].figure_median, per_count[10].figure_median, "s", 1.2,
               "per transcript at 10", note="time per transcript must stay flat as the count grows.")
    return [*rows, flat]
