"""Save the plan as a private Markdown file. No Textual here: plain file work."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path


def save_markdown(markdown: str, folders: list[Path], now: datetime | None = None) -> Path:
    """Write `markdown` to a new file in the first folder that takes it; returns the path.

    The file is created with 0600 permissions (it is health data) and never overwrites
    another file. Raises the last OSError when no folder can take it.
    """
    stamp = (now or datetime.now()).strftime("%Y-%m-%d-at-%H%M")  # second-opinion-plan-2026-12-02-at-1430.md
    error: OSError | None = None
    for folder in folders:
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            return _write_new(folder, f"second-opinion-plan-{stamp}", markdown.rstrip() + "\n")
        except OSError as failure:
            error = failure
    raise error or OSError("no folder to save in")


def _write_new(folder: Path, stem: str, text: str) -> Path:
    for attempt in range(1, 1000):
        path = folder / (f"{stem}.md" if attempt == 1 else f"{stem}-{attempt}.md")
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            handle.write(text)
        return path.resolve()
    raise FileExistsError(f"too many saved plans in {folder}")
