"""The transcript format: versioned, append-only JSON Lines.

Line 1 is the header; every later line is one event, in the order it happened:

  {"type": "header", "schema": 1, "app": "0.1.0", "flow": "second-opinion", "flow_hash": "...",
   "content_version": "1.0.0", "created": "2026-11-23T10:15:02+01:00", "id": "a1b2c3",
   "role": null, "start_state": null}
  {"type": "turn", "turn": 1, "state": "welcome", "text": "...", "choices": [...], "urgent": false, "template": "..."}
  {"type": "user", "text": "1", "state": "welcome"}
  {"type": "slot", "name": "role", "value": "patient"}
  {"type": "transition", "trigger": "answer", "source": "welcome", "dest": "decision_what"}
  {"type": "plan", "plan": {...}}            on reaching the final state
  {"type": "end", "reason": "quit"}          on quit
  {"type": "resumed", "at": "...", "turn": 7, "state": "records"}   written when a resumed
      conversation gets its first new input; "recovered_line": N when line N was cut off by a crash

`role` in the header is null when the conversation starts, because the role is its first
question: the `slot` record named "role" says who it is for. Events are the engine's own
listener events (docs/ARCHITECTURE.md) with nothing removed, so nothing is lost.

Since schema 2 every line ends with `"chain":"<hash>"`: the first 32 hex digits of the SHA-256
of the hash on the line before (nothing for the header) and the line's own bytes without
that field. Changing, adding, removing or reordering a line after it was written breaks the
chain from there on (reader.py says so). It is tamper evidence, not a signature: it tells a
damaged or hand-edited file from one this app wrote, not a careful forger from the owner.
Version 1 files have no chain: they read as "not chained", never as changed.

Older files are migrated on read, one version at a time (MIGRATIONS); files are never rewritten.
"""

from __future__ import annotations

import hashlib
import re

SCHEMA_VERSION = 2
CHAIN_FIELD = "chain"
_CHAIN_TAIL = re.compile(rb',"chain":"([0-9a-f]{32})"\}\Z')


def chain_hash(previous: str, body: bytes) -> str:
    """The chain value of a line whose bytes without the chain field are `body` (one JSON object)."""
    return hashlib.sha256(previous.encode("ascii") + b"\n" + body).hexdigest()[:32]


def with_chain(body: bytes, value: str) -> bytes:
    """`{...}` -> `{...,"chain":"value"}`: the field goes last, so the body is the line before it."""
    return body[:-1] + b',"chain":"' + value.encode("ascii") + b'"}'


def split_chain(line: bytes) -> tuple[bytes, str] | None:
    """(the line without its chain field, the chain value), or None when it has none at its end."""
    match = _CHAIN_TAIL.search(line.rstrip(b"\r"))
    if match is None:
        return None
    return line[: match.start()] + b"}", match.group(1).decode("ascii")

# Fields each record type must have, and their JSON types (object = any JSON value).
RECORD_FIELDS: dict[str, dict[str, type | tuple[type, ...] | None]] = {
    "header": {"schema": int, "flow": str, "flow_hash": str, "created": str},
    "user": {"text": str, "state": str},
    "transition": {"trigger": str, "source": str, "dest": str},
    "slot": {"name": str, "value": None},
    "turn": {"turn": int, "state": str, "text": str, "choices": list, "urgent": bool},
    "plan": {"plan": dict},
    "end": {"reason": str},
    "resumed": {"at": str, "turn": int, "state": str},
}

TYPE_NAMES = {int: "a whole number", str: "text", list: "a list", bool: "true or false", dict: "an object"}


def field_problem(record: dict) -> str | None:
    """What is wrong with one record's shape, or None."""
    kind = record.get("type")
    if kind not in RECORD_FIELDS:
        return f"unknown record type {kind!r}" if kind is not None else "the record has no 'type'"
    for name, wanted in RECORD_FIELDS[kind].items():
        if name not in record:
            return f"the '{kind}' record has no '{name}'"
        value = record[name]
        # bool is an int in Python; a turn number of `true` is still wrong.
        if wanted is not None and (not isinstance(value, wanted) or (wanted is int and isinstance(value, bool))):
            return f"'{name}' in the '{kind}' record must be {TYPE_NAMES[wanted]}"
    if kind in ("header", "resumed") and record.get("country") is not None and not isinstance(record["country"], str):
        return f"'country' in the '{kind}' record must be text"  # optional: files before it have none (t11)
    return None


# --- migrations -------------------------------------------------------------------------
# Version 0 (the first prototype) named the record type "event", the header's version
# "version", its flow hash "fingerprint", and a transition's ends "from" and "to".
# It had no id, role, start_state or content_version.


def _v0_to_v1(header: dict, records: list[dict]) -> tuple[dict, list[dict]]:
    def renamed(record: dict) -> dict:
        out = dict(record)
        if "event" in out:
            out["type"] = out.pop("event")
        if out.get("type") == "transition":
            if "from" in out:
                out["source"] = out.pop("from")
            if "to" in out:
                out["dest"] = out.pop("to")
        return out

    new_header = renamed(header)
    new_header.pop("version", None)
    new_header["schema"] = 1
    new_header["flow_hash"] = new_header.pop("fingerprint", "")
    for key in ("id", "role", "start_state", "content_version"):
        new_header.setdefault(key, None)
    return new_header, [renamed(r) for r in records]


def _v1_to_v2(header: dict, records: list[dict]) -> tuple[dict, list[dict]]:
    # Version 2 only adds the chain field to every line; the reader checks and removes it.
    return {**header, "schema": 2}, records


MIGRATIONS = {0: _v0_to_v1, 1: _v1_to_v2}  # version -> function to the next version


def version_of(header: dict) -> object:
    return header.get("schema", header.get("version"))


def migrate(header: dict, records: list[dict]) -> tuple[dict, list[dict]]:
    """Bring an older file's records up to SCHEMA_VERSION, in memory only."""
    version = version_of(header)
    while version != SCHEMA_VERSION:
        header, records = MIGRATIONS[version](header, records)
        version = version_of(header)
    return header, records
