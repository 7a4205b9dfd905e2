"""Save the plan as a private Markdown file. No Textual here: plain file work."""

from __future__ import annotations

import os
import re
from datetime import datetime
from pathlib import Path


_TITLE = "**Your second-opinion plan**"
# Escapes the chat's Markdown needs only where a mark could start something: in a saved file they
# read as stray backslashes ("now\\.", "\\(not an emergency\\)"). A backslash before any other mark
# (*, _, [, <, `, \\) stays: those may be the person's own words made inert.
_NEEDLESS = re.compile(r"\\([.()!?:+#-])")
# "\<18 mmHg": a < that cannot open an HTML tag (not before a letter, / or !) needs no escape;
# nor a > inside a line (only a line's first > starts a quote).
_NEEDLESS_ANGLE = re.compile(r"\\<(?![A-Za-z/!?])|(?<=.)\\>")


def plan_file_text(markdown: str) -> str:
    """The plan as a file: from its title on (not the turn's lead line, "I took that as ..."),
    without escapes that only guard marks that cannot start anything mid-line (a user trial found
    "I took that as..." at the top of the file and "\\." in the text)."""
    start = markdown.find(_TITLE)
    text = markdown[start:] if start > 0 else markdown
    lines = []
    for line in text.splitlines():
        head, rest = re.match(r"(\s*(?:[-+*] |\d+\\?\. )?)(.*)", line).groups()  # a list mark stays as it is
        rest = _NEEDLESS_ANGLE.sub(lambda found: found.group(0)[1:], _NEEDLESS.sub(r"\1", rest))
        lines.append(head + rest)
    return "\n".join(lines)


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
