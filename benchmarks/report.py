"""Rows of the results table, the Markdown table, the machine description and the JSON file."""

from __future__ import annotations

import json
import os
import platform
import sys
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path


@dataclass
class Row:
    """One figure next to its floor. `target`: the highest ratio that passes (None: shown only)."""

    name: str
    figure: float
    floor: float
    unit: str  # "s" (shown as ms or µs) or "MB" or "x"
    target: float | None
    floor_name: str
    note: str = ""
    extra_ok: bool = True  # a condition besides the ratio (e.g. "Textual is not imported")
    samples: dict = field(default_factory=dict)

    @property
    def ratio(self) -> float:
        return self.figure / self.floor if self.floor else float("inf")

    @property
    def verdict(self) -> str:
        if self.target is None:
            return "info"
        return "pass" if self.ratio <= self.target and self.extra_ok else "FAIL"

    def to_json(self) -> dict:
        record = asdict(self)
        record.update(ratio=round(self.ratio, 3), verdict=self.verdict)
        return record


def show(value: float, unit: str) -> str:
    if unit == "s":
        if value >= 1:
            return f"{value:.2f} s"
        if value >= 1e-3:
            return f"{value * 1e3:.2f} ms"
        return f"{value * 1e6:.1f} µs"
    if unit == "MB":
        return f"{value:.1f} MB"
    return f"{value:.3g} {unit}".strip()


def table(rows: list[Row]) -> str:
    lines = [
        "| # | measure | figure | floor | ratio | target | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        number, _, name = row.name.partition(" ")
        target = f"≤ {row.target:g}x" if row.target is not None else "—"
        lines.append(
            f"| {number} | {name} | {show(row.figure, row.unit)} | {show(row.floor, row.unit)} ({row.floor_name}) "
            f"| {row.ratio:.2f}x | {target} | {row.verdict} |"
        )
    return "\n".join(lines)


def notes(rows: list[Row]) -> str:
    return "\n".join(f"- {row.name.split(' ')[0]} {row.note}" for row in rows if row.note)


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            cpu = next((line.split(":", 1)[1].strip() for line in info if line.startswith("model name")), cpu)
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
    }


def describe(info: dict) -> str:
    return f"{info['cpu']}, {info['cores']} cores, {info['system']}, {info['implementation']} {info['python']}"


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages (the machine is shared: read figures with them)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (OSError, AttributeError):
        return None


def commit() -> str | None:
    """The commit measured (with "+" if the work tree had changes), or None outside git."""
    import subprocess

    root = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root, capture_output=True, text=True,
                               check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return head + ("+" if dirty else "")


def write_json(path: Path, rows: list[Row], info: dict, quick: bool, seconds: float, errors: list[str],
               load_before: list[float] | None = None) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {
        "when": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "commit": commit(),
        "load_average": {"before": load_before, "after": load_average()},
        "machine": info,
        "quick": quick,
        "seconds": round(seconds, 1),
        "rows": [row.to_json() for row in rows],
        "errors": errors,
    }
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
