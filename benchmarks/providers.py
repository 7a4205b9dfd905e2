"""How often the records letters find the right providers: `python3 -m benchmarks.providers`.

Scores assistant/kit/plan.providers_named on tests/data/provider_names_self.tsv, a set written by
the developer of the extractor (not an independent one: read the figure as an upper bound).
A line is right when the names found are exactly the names expected; precision and recall
count single names.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "provider_names_self.tsv"


def key(name: str) -> str:
    name = re.sub(r"^(?:the\s+)", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"\bdoctor\b", "dr", name, flags=re.IGNORECASE)
    return " ".join(name.replace(".", "").lower().split())


def cases(path: Path = DATA) -> list[tuple[str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, _, expected = line.partition("\t")
        rows.append((text, [n.strip() for n in expected.split(" ; ") if n.strip()]))
    return rows


def score(path: Path = DATA) -> dict:
    from assistant.kit.plan import providers_named

    right, found_ok, found_all, expected_all, misses = 0, 0, 0, 0, []
    for text, expected in cases(path):
        found = {key(n) for n in providers_named([text])}
        want = {key(n) for n in expected}
        right += found == want
        found_ok += len(found & want)
        found_all += len(found)
        expected_all += len(want)
        if found != want:
            misses.append((text, sorted(want), sorted(found)))
    total = len(cases(path))
    return {
        "lines": total,
        "right": right,
        "precision": found_ok / found_all if found_all else 1.0,
        "recall": found_ok / expected_all if expected_all else 1.0,
        "misses": misses,
    }


def main() -> int:
    result = score()
    print(f"{result['right']} of {result['lines']} lines right ({result['right'] / result['lines']:.0%}); "
          f"names: precision {result['precision']:.0%}, recall {result['recall']:.0%}")
    for text, want, found in result["misses"]:
        print(f"  {text!r}: expected {want}, found {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
