"""The symptom log (seed 000: "date, severity, triggers, and what helped").

Kept private like the transcripts: `<data folder>/symptoms/log.jsonl`, the folder 0700 and the
file 0600, one JSON object per entry, appended with one write and fsync'd. Entries are never
rewritten. The folder is separate from the conversations so `list` never mistakes the log for
one. Bad input is a UserError: one line, exit 2, nothing written.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..errors import UserError
from ..transcripts import store
from .clean import inert

FOLDER = "symptoms"
FILE = "log.jsonl"
MAX_TEXT = 500
DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d")
DATE_HELP = "YYYY-MM-DD or YYYY-MM-DD HH:MM"


@dataclass(frozen=True)
class Entry:
    when: str  # "YYYY-MM-DD HH:MM" or "YYYY-MM-DD"
    text: str
    severity: int | None = None
    trigger: str | None = None
    helped: str | None = None

    def to_json(self) -> dict:
        return {"when": self.when, "text": self.text, "severity": self.severity, "trigger": self.trigger, "helped": self.helped}


def log_path(folder: Path) -> Path:
    return folder / FOLDER / FILE


def parse_severity(value) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    text = str(value).strip()
    if not text.isdigit() or not 0 <= int(text) <= 10:
        raise UserError(f"severity must be a whole number from 0 (none) to 10 (worst), not '{inert(text)[:20]}'")
    return int(text)


def parse_when(value: str | None, now: datetime | None = None) -> str:
    now = now or datetime.now()
    if value is None or not value.strip():
        return now.strftime("%Y-%m-%d %H:%M")
    text = value.strip()
    if text.lower() == "today":
        return now.strftime("%Y-%m-%d")
    for fmt in DATE_FORMATS:
        try:
            moment = datetime.strptime(text, fmt)
        except ValueError:
            continue
        date_only = fmt == "%Y-%m-%d"
        if (moment.date() > now.date()) if date_only else (moment > now.replace(second=59, microsecond=999999)):
            raise UserError(f"the date {text} is in the future; a log entry is about something that already happened")
        return moment.strftime("%Y-%m-%d" if date_only else "%Y-%m-%d %H:%M")
    raise UserError(f"cannot read the date '{inert(text)[:30]}'; use {DATE_HELP}, like 2026-11-30 or 2026-11-30 14:30")


def _words(value: str | None, what: str, required: bool = False) -> str | None:
    text = " ".join(inert(value or "").split())
    if not text:
        if required:
            raise UserError(f"{what} is empty; type a few words about what happened")
        return None
    if len(text) > MAX_TEXT:
        raise UserError(f"{what} is {len(text)} characters long; keep it under {MAX_TEXT}")
    return text


def make_entry(text: str, *, severity=None, trigger: str | None = None, helped: str | None = None, when: str | None = None, now: datetime | None = None) -> Entry:
    """A checked entry, or a UserError saying what is wrong and what is accepted."""
    return Entry(
        when=parse_when(when, now),
        text=_words(text, "the entry", required=True),
        severity=parse_severity(severity),
        trigger=_words(trigger, "the trigger"),
        helped=_words(helped, "what helped"),
    )


def add(folder: Path, entry: Entry) -> Path:
    """Append one entry to the private log; returns the log's path."""
    path = log_path(folder)
    store.ensure_dir(folder)
    try:
        path.parent.mkdir(mode=store.DIR_MODE, exist_ok=True)
        os.chmod(path.parent, store.DIR_MODE)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0), store.FILE_MODE)
        try:
            os.fchmod(fd, store.FILE_MODE)
            data = (json.dumps(entry.to_json(), ensure_ascii=False) + "\n").encode("utf-8")
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise UserError(f"{path}: cannot save the log entry ({exc.strerror})") from None
    return path


def read_log(folder: Path) -> list[Entry]:
    """Every entry, oldest first. A missing log is empty; a damaged line is a one-line UserError."""
    path = log_path(folder)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise UserError(f"{path}: cannot read the symptom log ({exc.strerror})") from None
    entries = []
    lines = data.split(b"\n")
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = json.loads(raw.decode("utf-8"))
            if not isinstance(record, dict) or not isinstance(record.get("text"), str) or not isinstance(record.get("when"), str):
                raise ValueError
            severity = record.get("severity")
            if severity is not None and (not isinstance(severity, int) or isinstance(severity, bool) or not 0 <= severity <= 10):
                raise ValueError
            entries.append(Entry(
                when=inert(record["when"]), text=inert(record["text"]), severity=severity,
                trigger=inert(record["trigger"]) if isinstance(record.get("trigger"), str) else None,
                helped=inert(record["helped"]) if isinstance(record.get("helped"), str) else None,
            ))
        except (ValueError, UnicodeDecodeError, RecursionError):
            if number == len(lines) and not data.endswith(b"\n"):
                continue  # a last line cut off by a crash while saving it
            raise UserError(f"{path}: line {number}: not a valid log entry") from None
    return sorted(entries, key=lambda e: e.when)


def table_rows(entries: list[Entry]) -> list[list[str]]:
    """The log as rows for a printed table: date, what happened, severity, trigger, what helped."""
    return [[e.when, e.text, "" if e.severity is None else f"{e.severity}/10", e.trigger or "", e.helped or ""] for e in entries]


TABLE_HEADER = ["Date", "What happened", "How bad (0-10)", "Trigger", "What helped"]
