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
    """Both ways in one pass (p19): each time a line's signs are weighed into findings, the findings with the index
    and with every combination looked at are compared; the rest of screening is the same code on the same input, so
    equal findings at every call is equal screening (and the line's result is the indexed one). Each distinct line
    is screened once."""
    lines = list(dict.fromkeys(_lines()))
    every = list(range(len(screening._COMBOS)))
    names = {name for combo in screening._COMBOS for name in combo["first"] | combo["second"]}
    names |= {sign.name for sign in screening._SIGNS}
    every_of = {name: every for name in names}
    indexed_of, findings, calls, differ = screening._COMBOS_OF, screening._findings, [], []

    def both_ways(hits, cues):
        indexed = findings(hits, cues)
        monkeypatch.setattr(screening, "_COMBOS_OF", every_of)
        try:
            looked_at = findings(hits, cues)
        finally:
            monkeypatch.setattr(screening, "_COMBOS_OF", indexed_of)
        calls.append(1)
        if looked_at != indexed:
            differ.append((indexed, looked_at))
        return indexed

    monkeypatch.setattr(screening, "_findings", both_ways)
    results = [screening.screen(line) for line in lines]
    assert len(lines) > 5000
    assert differ == []
    assert len(calls) > 5000  # the comparison ran on the lines' signs, not on nothing
    assert sum(result.level != "none" for result in results) > 1000  # the comparison covers real findings


def test_a_pair_is_still_found():
    pairs = [combo for combo in screening._COMBOS if combo.get("level", "emergency") == "emergency"]
    assert pairs and all(set(combo["first"]) | set(combo["second"]) <= set(screening._COMBOS_OF) for combo in pairs)
    assert screening.screen("chest pain and sweating").level == "emergency"
