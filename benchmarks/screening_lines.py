"""Every tuning line screened, one result a line: to prove a change to screening gives the same results.

    python3 -m benchmarks.screening_lines OUT      (run before and after a change, then diff the two files)

The lines: the first column of every CSV in tests/data (safety rounds, red-flag phrase lists, the
self-harm lists), every answer of the understanding rounds (tests/data/*.jsonl), and long lines joined
from them (20 lines at a time, as sentences and as one run-on line) so several sentences, windows and
long pieces are screened too. Each result is written in full (every field of Screening).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def lines() -> list[str]:
    out: list[str] = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.reader(handle))
        out += [row[0] for row in rows[1:] if row and row[0].strip()]
    for path in sorted(DATA.glob("understanding_round*.jsonl")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip():
                answer = json.loads(raw).get("answer")
                if isinstance(answer, str):
                    out.append(answer)
    joined = []
    for i in range(0, len(out), 20):
        group = out[i:i + 20]
        joined += [". ".join(group), " ".join(group)]
    return out + joined


def main(argv: list[str]) -> int:
    from assistant.safety import screen

    with open(argv[0], "w", encoding="utf-8") as handle:
        for line in lines():
            handle.write(f"{line!r}\t{screen(line)!r}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
