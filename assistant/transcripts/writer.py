"""Save a conversation as it happens: the engine's listener, appending one record per event.

Each record is one line, written with a single write() to a file opened O_APPEND, then
fsync'd, so a process killed at any moment keeps everything the user had sent, and the cost
of a turn does not depend on how long the conversation is. Nothing is ever rewritten.

The file is created (0600, exclusively) at the first event, with the header first. A resumed
conversation appends to its old file, but only once the user adds something: until then the
file's bytes are untouched. An exclusive lock stops two windows writing one conversation.
"""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path

from .. import __version__
from ..errors import UserError
from ..flow import Flow, default_flow
from . import schema, store

try:  # POSIX: lock a conversation while it is open
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None

_sync = getattr(os, "fdatasync", os.fsync)  # the data and its length; cheaper than fsync


def _jsonable(value):
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    return str(value)


def encode(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False, separators=(",", ":"), default=_jsonable) + "\n").encode("utf-8")


def now() -> datetime:
    return datetime.now().astimezone().replace(microsecond=0)


def make_header(flow: Flow, *, created: datetime, conversation_id: str, start_state: str | None = None, role: str | None = None) -> dict:
    return {
        "type": "header",
        "schema": schema.SCHEMA_VERSION,
        "app": __version__,
        "flow": flow.id,
        "flow_hash": flow.fingerprint,
        "content_version": flow.content_version,
        "created": created.isoformat(),
        "id": conversation_id,
        "role": role,  # null until the first answer; see the `slot` record named "role"
        "start_state": start_state,
    }


class TranscriptWriter:
    """Call it with each engine event; it appends the event to the conversation's file."""

    def __init__(self, path: Path, *, header: dict | None = None, fd: int | None = None, pending: list[bytes] | None = None) -> None:
        self.path = path
        self._fd = fd
        self._pending = pending or []  # written just before the first event
        if header is not None:
            self._pending.insert(0, encode(header))

    # --- two ways to start ----------------------------------------------------------------
    @classmethod
    def new(cls, folder: Path, *, flow: Flow | None = None, start_state: str | None = None, role: str | None = None) -> TranscriptWriter:
        """A writer for a new conversation in `folder` (created 0700 if missing)."""
        store.ensure_dir(folder)
        created, conversation_id = now(), store.new_id()
        header = make_header(flow or default_flow(), created=created, conversation_id=conversation_id, start_state=start_state, role=role)
        return cls(store.new_path(folder, created, conversation_id), header=header)

    @classmethod
    def append_to(cls, path: Path, resumed: dict, *, needs_newline: bool) -> TranscriptWriter:
        """A writer that continues an existing file. Locks it now; writes at the first event."""
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise UserError(f"{path}: cannot be continued ({exc.strerror})") from None
        _lock(fd, path)
        # A crash can leave a last line without its newline: end it first, so records stay one per line.
        # One write, so a crash cannot leave the newline without the record that explains it.
        return cls(path, fd=fd, pending=[(b"\n" if needs_newline else b"") + encode(resumed)])

    # --- the listener ---------------------------------------------------------------------
    def __call__(self, event: dict) -> None:
        if self._fd is None:
            self._open_new()
        try:
            while self._pending:
                self._append(self._pending.pop(0))
            self._append(encode(event))
        except OSError as exc:
            raise UserError(f"{self.path}: cannot save the conversation ({exc.strerror})") from None

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # also releases the lock
            self._fd = None

    def __del__(self) -> None:
        try:
            self.close()
        except OSError:  # pragma: no cover - closing at interpreter exit
            pass

    # --- internals ------------------------------------------------------------------------
    def _open_new(self) -> None:
        try:
            self._fd = store.create_private_file(self.path)
        except OSError as exc:
            raise UserError(f"{self.path}: cannot save the conversation ({exc.strerror}); use --no-save to keep nothing") from None
        _lock(self._fd, self.path)

    def _append(self, data: bytes) -> None:
        view = memoryview(data)
        while view:
            written = os.write(self._fd, view)
            view = view[written:]
        _sync(self._fd)


def _lock(fd: int, path: Path) -> None:
    if fcntl is None:
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise UserError(f"{path}: this conversation is open in another window; close it there first") from None
