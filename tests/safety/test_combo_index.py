"""Combinations (chest pain + sweating...) are looked at only where a sign they name was found
(screening._COMBOS_OF): every line of the red-flag data in tests/data screens exactly as it does
when every combination is looked at, as before the index."""

from __future__ import annotations

import csv
from pathlib import Path

from assistant.safety import screening

DATA = Path(__file__).resolve().parents[1] / "data"


def _lines() -> list[str]:
    lines = []
    for path in sorted(DATA.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as file:
            lines += [row[0] for row in csv.reader(file) if row and row[0] != "phrase"]
    return lines


def test_every_data_line_screens_as_with_every_combination_looked_at(monkeypatch):
    lines = _lines()
    indexed = [screening.screen(line) for line in lines]
    every = list(range(len(screening._COMBOS)))
    names = {name for combo in screening._COMBOS for name in combo["first"] | combo["second"]}
    names |= {sign.name for sign in screening._SIGNS}
    monkeypatch.setattr(screening, "_COMBOS_OF", {name: every for name in names})
    assert len(lines) > 5000
    assert [screening.screen(line) for line in lines] == indexed
    assert sum(result.level != "none" for result in indexed) > 1000  # the comparison covers real findings


def test_a_pair_is_still_found():
    pairs = [combo for combo in screening._COMBOS if combo.get("level", "emergency") == "emergency"]
    assert pairs and all(set(combo["first"]) | set(combo["second"]) <= set(screening._COMBOS_OF) for combo in pairs)
    assert screening.screen("chest pain and sweating").level == "emergency"
