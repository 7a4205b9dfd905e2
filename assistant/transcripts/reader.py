"""Load a transcript: read, migrate and validate it, or fail as one line naming file and line.

Nothing here writes. A last line without its newline that is not valid JSON is what a crash
mid-write leaves behind: it is set aside (Transcript.truncated_line) and the caller warns.
A cut-off line that a later resume already recovered (the next record is `resumed` with
`recovered_line`) is skipped quietly. Anything else that is wrong is a TranscriptError.

A line whose chain hash does not match (schema.py) was changed after it was written: the
file still reads (it is the user's own conversation), and Transcript.chain_problem says
where, for the commands to warn. Files from before the chain read as not chained.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UserError
from ..flow import Flow, default_flow
from ..machine import BOOT
from ..understand import clean
from . import schema
from .store import id_of


MAX_DEPTH = 32  # a record nests three or four levels; more is not ours, and would hurt later


def printable(text: str) -> str:
    """Recorded text as it may be printed to a terminal. Typed text is stored exactly as typed,
    escape sequences too; shown raw they would act (clear the screen, retitle the window), so
    they go (understand.clean), and so do invisible format characters such as bidi overrides."""
    return "".join(ch for ch in clean(text) if ch.isprintable())


class TranscriptError(UserError):
    """A transcript that cannot be used: 'FILE: line N: problem'."""

    def __init__(self, path: Path | str, line: int | None, problem: str) -> None:
        where = f"{path}: line {line}: " if line else f"{path}: "
        super().__init__(where + problem)
        self.path, self.line, self.problem = str(path), line, problem


@dataclass
class Transcript:
    path: Path
    header: dict
    records: list[dict]  # every record after the header, migrated to the current schema
    lines: list[int] = field(default_factory=list)  # the file line of each record
    truncated_line: int | None = None  # a cut-off last line, left out
    ends_with_newline: bool = True
    chained: bool = True  # False for files written before the chain (schema 1 and older)
    chain_problem: str | None = None  # "line N: ..." when the file was changed after it was written
    last_chain: str | None = None  # the chain hash of the last record, for appending

    @property
    def id(self) -> str:
        """The id `resume` finds this file by (from its name; the header's copy may be stale)."""
        return id_of(self.path)

    def of_type(self, kind: str) -> list[dict]:
        return [r for r in self.records if r["type"] == kind]

    def user_inputs(self) -> list[str]:
        return [r["text"] for r in self.of_type("user")]

    def inputs_with_country(self) -> list[tuple[str, str | None]]:
        """Each recorded input with the country whose numbers were in use when it was typed: the
        header's `country`, changed by a `resumed` record's `country` (a resume with --country); None
        in a file written before the country was recorded (the numbers in use now, as before)."""
        from ..safety.numbers import known_code

        country, out = known_code(self.header.get("country")), []
        for record in self.records:
            if record["type"] == "resumed" and known_code(record.get("country")):
                country = known_code(record.get("country"))
            elif record["type"] == "user":
                out.append((record["text"], country))
        return out

    def country(self) -> str | None:
        """The country whose numbers the conversation last used (header, or a later resume with
        --country); None in a file written before the country was recorded."""
        from ..safety.numbers import known_code

        country = known_code(self.header.get("country"))
        for record in self.of_type("resumed"):
            country = known_code(record.get("country")) or country
        return country

    def turns(self) -> list[dict]:
        return self.of_type("turn")

    def plan(self) -> dict | None:
        """The last plan the conversation reached since its last restart, if any."""
        last = None
        for record in self.records:
            if record["type"] == "transition" and record["trigger"] == "restart":
                last = None
            elif record["type"] == "plan" or (record["type"] == "turn" and record.get("plan") is not None):
                last = record["plan"]
        return last

    def understood_as(self, index: int, flow: Flow | None = None) -> list[tuple[str, str | None]] | None:
        """The choice(s) the `user` record at `index` was understood as: (id, the flow's label,
        None for an id it no longer has), from the slot its question fills before the next turn
        or input. None when the question has no choices or the input set no choice (a command)."""
        flow = flow or default_flow()
        spec = flow.states.get(self.records[index]["state"])
        if spec is None or not spec.choices or not spec.slot:
            return None
        for later in self.records[index + 1 :]:
            if later["type"] in ("turn", "user"):
                break
            if later["type"] == "slot" and later["name"] == spec.slot:
                ids = later["value"] if isinstance(later["value"], list) else [later["value"]]
                labels = flow.choice_labels(spec.name)
                return [(str(i), labels.get(str(i))) for i in ids]
        return None

    def slots(self) -> dict:
        """The answers as recorded since the last restart (a `back` keeps the later value)."""
        values: dict = {}
        for record in self.records:
            if record["type"] == "transition" and record["trigger"] == "restart":
                values = {}
            elif record["type"] == "slot":
                values[record["name"]] = record["value"]
        return values

    def last_state(self) -> str:
        for record in reversed(self.records):
            if record["type"] in ("turn", "resumed"):
                return record["state"]
        return BOOT


def _lines(path: Path, data: bytes) -> list[bytes]:
    if not data.strip():
        raise TranscriptError(path, 1, "the file is empty")
    if b"\x00" in data:
        raise TranscriptError(path, data[: data.index(b"\x00")].count(b"\n") + 1, "binary data, not a transcript")
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TranscriptError(path, data[: exc.start].count(b"\n") + 1, "not UTF-8 text, not a transcript") from None
    lines = data.split(b"\n")
    if lines[-1] == b"":
        lines.pop()  # the newline that ends the last record
    return lines


class _TooDeep(Exception):
    pass


def _too_deep(value) -> bool:
    """True when lists and objects nest deeper than MAX_DEPTH (walked without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > MAX_DEPTH:
            return True
        children = item.values() if isinstance(item, dict) else item
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False


def _parse(line: bytes) -> dict | None:
    try:
        record = json.loads(line)
    except RecursionError:
        raise _TooDeep from None
    except ValueError:
        return None
    if not isinstance(record, dict):
        return None
    if line.count(b"[") + line.count(b"{") > MAX_DEPTH and _too_deep(record):
        raise _TooDeep
    return record


def _parse_at(path: Path, line: bytes, number: int) -> dict | None:
    try:
        return _parse(line)
    except _TooDeep:
        raise TranscriptError(path, number, f"lists or objects nested more than {MAX_DEPTH} deep: not a transcript record") from None


class _Chain:
    """Checks each line's chain hash in file order; remembers the first line that does not match."""

    def __init__(self, chained: bool) -> None:
        self.chained = chained
        self.last: str | None = "" if chained else None
        self.problem: str | None = None

    def check(self, raw: bytes, number: int, record: dict) -> None:
        if not self.chained:
            if schema.CHAIN_FIELD in record and self.problem is None:
                self.problem = f"line {number}: a chain hash in a file that says it has none"
            return
        split = schema.split_chain(raw)
        if split is None:
            if self.problem is None:
                self.problem = f"line {number}: the record has no chain hash"
            return
        body, value = split
        if value != schema.chain_hash(self.last, body) and self.problem is None:
            self.problem = f"line {number}: the record does not match its chain hash"
        self.last = value  # later lines are checked against what they were written after
        record.pop(schema.CHAIN_FIELD, None)


def read_file(path: Path | str) -> Transcript:
    """Read, migrate and check one transcript. Raises TranscriptError; never writes."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise TranscriptError(path, None, "no such file") from None
    except IsADirectoryError:
        raise TranscriptError(path, None, "is a folder, not a transcript") from None
    except OSError as exc:
        raise TranscriptError(path, None, f"cannot be read ({exc.strerror})") from None
    lines = _lines(path, data)
    ends_with_newline = data.endswith(b"\n")
    header = _parse_at(path, lines[0], 1)
    if header is None:
        cut = len(lines) == 1 and not ends_with_newline
        raise TranscriptError(path, 1, "the header was cut off; the file holds no conversation" if cut else "the header is not a JSON object: this is not a transcript")
    if header.get("type", header.get("event")) != "header":
        raise TranscriptError(path, 1, "the first line is not a transcript header")
    version = schema.version_of(header)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        raise TranscriptError(path, 1, f"the schema version {version!r} is not valid")
    if version > schema.SCHEMA_VERSION:
        raise TranscriptError(path, 1, f"written by a newer version of second-opinion (transcript schema {version}; this version reads up to {schema.SCHEMA_VERSION})")
    chain = _Chain(chained=version >= 2)
    chain.check(lines[0], 1, header)
    records, numbers, truncated = [], [], None
    for index, raw in enumerate(lines[1:], start=2):
        record = _parse_at(path, raw, index)
        if record is None:
            if index == len(lines) and not ends_with_newline:
                truncated = index
                continue
            follower = _parse_at(path, lines[index], index + 1) if index < len(lines) else None
            if follower and follower.get("type") == "resumed" and follower.get("recovered_line") == index:
                continue  # cut off by a crash and already recovered by a resume
            raise TranscriptError(path, index, "not a valid JSON record")
        chain.check(raw, index, record)
        records.append(record)
        numbers.append(index)
    if version != schema.SCHEMA_VERSION:
        header, records = schema.migrate(header, records)
    transcript = Transcript(path, header, records, numbers, truncated, ends_with_newline, chain.chained, chain.problem, chain.last)
    validate(transcript)
    return transcript


def validate(transcript: Transcript, flow: Flow | None = None) -> None:
    """Check each record's shape and that the records tell one consistent conversation."""
    flow = flow or default_flow()
    path = transcript.path
    problem = schema.field_problem(transcript.header)
    if problem:
        raise TranscriptError(path, 1, problem)
    known = set(flow.states) | {BOOT}

    def state_ok(name: str, line: int) -> None:
        if name not in known:
            raise TranscriptError(path, line, f"unknown state '{name}' (tampered, or from another flow)")

    start = transcript.header.get("start_state")
    if start is not None:
        state_ok(start, 1)
    state, last_turn, awaiting_turn = BOOT, 0, False
    restarted = transcript.header.get("restarted")
    if restarted is not None:  # a file begun by a restart after a plan (writer.py)
        if not (isinstance(restarted, dict) and isinstance(restarted.get("turn"), int) and isinstance(restarted.get("state"), str)):
            raise TranscriptError(path, 1, "'restarted' in the header must be an object with 'turn' and 'state'")
        state_ok(restarted["state"], 1)
        state, last_turn = restarted["state"], restarted["turn"]
    for record, line in zip(transcript.records, transcript.lines):
        problem = schema.field_problem(record)
        if problem:
            raise TranscriptError(path, line, problem)
        kind = record["type"]
        if kind == "header":
            raise TranscriptError(path, line, "a second header (two files joined?)")
        if kind == "transition":
            state_ok(record["source"], line)
            state_ok(record["dest"], line)
            if record["source"] != state:
                raise TranscriptError(path, line, f"bad record order: a move from '{record['source']}' while the conversation is at '{state}'")
            state = record["dest"]
        elif kind in ("user", "turn"):
            state_ok(record["state"], line)
            if record["state"] != state:
                raise TranscriptError(path, line, f"bad record order: a '{kind}' record at '{record['state']}' while the conversation is at '{state}'")
            if kind == "user":
                if last_turn == 0:
                    raise TranscriptError(path, line, "bad record order: an input before the assistant's first turn")
                if awaiting_turn:
                    raise TranscriptError(path, line, "bad record order: two inputs with no assistant turn between them")
                awaiting_turn = True
            else:
                if record["turn"] != last_turn + 1:
                    raise TranscriptError(path, line, f"bad record order: turn {record['turn']} follows turn {last_turn}")
                last_turn, awaiting_turn = record["turn"], False
        elif kind == "resumed":
            state_ok(record["state"], line)
            if record["turn"] < last_turn:
                raise TranscriptError(path, line, f"bad record order: resumed at turn {record['turn']} after turn {last_turn}")
            state, last_turn, awaiting_turn = record["state"], record["turn"], False
        elif kind == "plan" and state != flow.final:
            raise TranscriptError(path, line, f"bad record order: a plan while the conversation is at '{state}'")
