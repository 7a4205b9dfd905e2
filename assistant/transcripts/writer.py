"""Save a conversation as it happens: the engine's listener, appending one record per event.

Each record is one line. The records of one answer (the input, its slots and moves, the turn
that answers it) are written together when the turn arrives: one write() to a file opened
O_APPEND, then one fdatasync, before the engine hands the turn to the face. So an answer is
on disk before the next question appears, a process killed at any moment keeps everything
the user had seen answered, and the cost of a turn does not depend on how long the
conversation is. Nothing is ever rewritten.

Each line carries `chain`, a hash over the line and the line before it (schema.py), so an
edit made after the file was written shows (reader.py).

The file is created (0600, exclusively) at the first event, with the header first. A resumed
conversation appends to its old file, but only once the user adds something: until then the
file's bytes are untouched. An exclusive lock stops two windows writing one conversation.

A restart after the plan starts a new file: the finished conversation keeps its plan (it ends
with `end` reason "restart", without the `restart` input, so it still resumes at its plan),
and the new file's header says where it came from: "restarted": {"from": id, "turn": N,
"state": "done"}, the turn count and state the restart was typed at (resume.py replays it).
"""

from __future__ import annotations

import hashlib
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


# One encoder for every record: json.dumps with these options builds a new one per call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_jsonable)


def _one_line_encoder():
    """A record as the JSON text `_ENCODER.encode` gives, from the C encoder that `encode` builds
    anew for every call (with the same options), made once: about a third of the time. Records are
    built from answers and never refer to themselves, so the check for circular references is
    left out. Without the C encoder, `_ENCODER.encode`."""
    from json import encoder

    if encoder.c_make_encoder is None or encoder.c_encode_basestring is None:  # pragma: no cover - CPython has both
        return _ENCODER.encode
    scan = encoder.c_make_encoder(None, _ENCODER.default, encoder.c_encode_basestring, None, _ENCODER.key_separator,
                                  _ENCODER.item_separator, _ENCODER.sort_keys, _ENCODER.skipkeys, _ENCODER.allow_nan)
    return lambda record: "".join(scan(record, 0))


_json = _one_line_encoder()
_SHA256 = hashlib.sha256()  # copied for each record's chain: cheaper than looking the algorithm up again


def encode(record: dict) -> bytes:
    return (_json(record) + "\n").encode("utf-8")


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
        "country": _country_in_use(),  # whose emergency numbers the turns give (replay and verify use the same)
    }


def _country_in_use() -> str:
    from ..safety.numbers import current_country

    return current_country()


class TranscriptWriter:
    """Call it with each engine event; it appends the event to the conversation's file.

    `chain` is the hash of the file's last record when continuing a chained file, "" for a new
    file, None for an older file written before records were chained (it stays unchained)."""

    def __init__(self, path: Path, *, header: dict | None = None, fd: int | None = None, chain: str | None = "", flow: Flow | None = None) -> None:
        self.path = path
        self._fd = fd
        self._chain = chain
        self._written_chain = chain  # the chain after the last record on disk
        self._flow = flow
        self._buffer: list[bytes] = []  # encoded, not yet written
        self._has_event = False  # the buffer holds more than the preamble (header or `resumed`)
        self._turn = 0  # the last turn number seen, for a restart's new file
        if header is not None:
            self._buffer.append(self._encode(header))
        self._mark_preamble()

    def _mark_preamble(self) -> None:
        """What is buffered now (header, or `resumed`) goes first into the file, whatever follows."""
        self._preamble, self._preamble_chain = list(self._buffer), self._chain

    # --- two ways to start ----------------------------------------------------------------
    @classmethod
    def new(cls, folder: Path, *, flow: Flow | None = None, start_state: str | None = None, role: str | None = None) -> TranscriptWriter:
        """A writer for a new conversation in `folder` (created 0700 if missing)."""
        store.ensure_dir(folder)
        created, conversation_id = now(), store.new_id()
        flow = flow or default_flow()
        header = make_header(flow, created=created, conversation_id=conversation_id, start_state=start_state, role=role)
        return cls(store.new_path(folder, created, conversation_id), header=header, flow=flow)

    @staticmethod
    def lock(path: Path) -> int:
        """Open an existing conversation for appending and lock it: before it is read, so no
        other window can add to it between our reading it and our writing to it."""
        try:
            fd = os.open(path, os.O_WRONLY | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
        except OSError as exc:
            raise UserError(f"{path}: cannot be continued ({exc.strerror})") from None
        _lock(fd, path)
        return fd

    @classmethod
    def append_to(cls, path: Path, resumed: dict, *, needs_newline: bool, fd: int | None = None, chain: str | None = None) -> TranscriptWriter:
        """A writer that continues an existing file (locked by `lock`, or now); writes at the first event."""
        writer = cls(path, fd=cls.lock(path) if fd is None else fd, chain=chain)
        writer._turn = resumed.get("turn", 0)
        # A crash can leave a last line without its newline: end it first, so records stay one per line.
        # One write, so a crash cannot leave the newline without the record that explains it.
        writer._buffer.append((b"\n" if needs_newline else b"") + writer._encode(resumed))
        writer._mark_preamble()
        return writer

    # --- the listener ---------------------------------------------------------------------
    def __call__(self, event: dict) -> None:
        kind = event.get("type")
        if kind == "transition" and event.get("trigger") == "restart" and event.get("source") == self.flow.final:
            self._start_again(event)
            return
        if kind == "turn":
            self._turn = event.get("turn", self._turn)
        self._buffer.append(self._encode(event))
        self._has_event = True
        if kind == "turn":  # the answer is complete: on disk before it is shown
            self.flush()

    @property
    def flow(self) -> Flow:
        if self._flow is None:
            self._flow = default_flow()
        return self._flow

    def _start_again(self, event: dict) -> None:
        """A restart at the plan: close the finished file, carry on in a new one."""
        finished_id = store.id_of(self.path)
        # The `restart` input stays out of the finished file (it would replay to the welcome).
        if self._preamble:  # not written yet: the `resumed` record (and its newline) still go first
            self._buffer, self._chain = list(self._preamble), self._preamble_chain
        else:
            self._buffer, self._chain = [], self._written_chain
        self._buffer.append(self._encode({"type": "end", "reason": "restart", "state": event["source"]}))
        self._has_event = True
        self.close()
        created, conversation_id = now(), store.new_id()
        header = make_header(self.flow, created=created, conversation_id=conversation_id)
        header["restarted"] = {"from": finished_id, "turn": self._turn, "state": event["source"]}
        self.path, self._chain = store.new_path(self.path.parent, created, conversation_id), ""
        self._buffer = [self._encode(header), self._encode(event)]
        self._has_event = True  # written with the turn that follows

    def flush(self) -> None:
        """Write what is buffered in one write() and one fdatasync."""
        if not self._has_event:
            return  # merely opening a conversation never writes
        if self._fd is None:
            self._open_new()
        data, self._buffer, self._has_event = b"".join(self._buffer), [], False
        try:
            self._append(data)
            self._written_chain, self._preamble = self._chain, []
        except OSError as exc:
            raise UserError(f"{self.path}: cannot save the conversation ({exc.strerror})") from None

    def close(self) -> None:
        try:
            if self._fd is not None or self._has_event:
                self.flush()  # records after the last turn (none today; stay safe)
        finally:
            if self._fd is not None:
                os.close(self._fd)  # also releases the lock
                self._fd = None

    def __del__(self) -> None:
        try:
            self.close()
        except OSError:  # pragma: no cover - closing at interpreter exit
            pass

    # --- internals ------------------------------------------------------------------------
    def _encode(self, record: dict) -> bytes:
        if self._chain is None:
            return encode(record)
        # The bytes of schema.with_chain(body, schema.chain_hash(chain, body)) + newline, with
        # fewer copies of the line (a turn's line is its whole text). The hash starts from a copy
        # of an empty SHA-256 (no algorithm looked up per record) and is fed the previous chain,
        # the newline and the body in turn, so the line is never put together to be hashed.
        body = _json(record).encode("utf-8")
        digest = _SHA256.copy()
        digest.update(self._chain.encode("ascii"))
        digest.update(b"\n")
        digest.update(body)
        self._chain = digest.hexdigest()[:32]
        return b"".join((memoryview(body)[:-1], b',"chain":"', self._chain.encode("ascii"), b'"}\n'))

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
