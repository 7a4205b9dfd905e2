"""The red-flag tables on disk, and their anchor scans kept compiled.

Compiling the anchor scan (one large regex, see rules.py) costs tens of milliseconds, most of it
in Python's regex parser, and was paid by the first line screened, even `quit`. So the tables
keep each scan's compiled program (the list of opcodes Python's `re` builds from the source) and
`pattern()` hands it straight to the regex engine: about 1 ms. The program is what `re.compile`
makes of the same source with this Python (the tests check the two are equal, which compares the
programs); without the private pieces this needs, or if the engine refuses it, `re.compile`.

The tables are kept with marshal, not JSON (loading is several times faster, and JSON reads long
lists of numbers slowly), in one file per content version (rules.py names it by a hash of the
YAML, the code that builds it and this Python). The file is a head and parts (`split`): the head
is what every line needs (the rules without their pattern text, the sign scan, each pattern
list's name and kind), read at start; the parts are what only some lines need (the sign scan's
triggers, the cue scan, each pattern list's regex source, anchors and program; the rules whole,
for rebuilding), each read at its first need. A line without
a sign (`quit`) reads no part, a line with one reads the triggers and the few lists it runs.
The head carries its SHA-256 and the SHA-256 of every part, and a part is checked before it is
used: a file is used only when it is a regular file of this user that nobody else can read,
starts with this format's magic, and its head matches its digest; a part that does not match
its digest is never used (the tables are built again, see `Tables`). marshal loads only plain
data here (no code is run).
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import re
import sys
import threading
from array import array
from collections.abc import Callable
from pathlib import Path

from .. import private_file

MAGIC = b"second-opinion red-flag tables 2\n"
_DIGEST, _SIZE = 32, 8  # bytes of the head's SHA-256 and of its length


@functools.cache  # read by the red-flag tables and the cue tables: the sources are hashed once per process
def version() -> bytes:
    """What a stored file depends on besides the content: the regex compiler that made its
    programs (this Python's implementation and major.minor, its regex engine's MAGIC and the
    source of the `re` modules that parse and compile; all of sys.version if that source cannot
    be read), the marshal format, and this file. Not the whole sys.version: tables made by another
    build of the same regex compiler fit too (the ones shipped with the app, shipped.py)."""
    try:
        import _sre

        engine = f"{_sre.MAGIC}|{_sre.CODESIZE}"
    except (ImportError, AttributeError):
        engine = "?"
    try:
        folder = Path(re.__file__).parent
        compiler = hashlib.sha256(b"".join((folder / f"{name}.py").read_bytes() for name in ("_parser", "_compiler", "_constants"))).hexdigest()
    except (OSError, TypeError):
        compiler = sys.version
    return (f"{sys.implementation.name}|{sys.version_info[0]}.{sys.version_info[1]}|{compiler}|{engine}|{marshal.version}|".encode()
            + Path(__file__).read_bytes())


# --- compiled scans --------------------------------------------------------------------------
def program(source: str, parsed=None) -> list | None:
    """[flags, groups, opcodes] of `source` as `re.compile(source)` builds it (the opcodes as the
    bytes of an array of unsigned ints: quicker to load than a list), or None when this Python's
    private regex compiler cannot be used (the pattern then compiles as usual)."""
    try:
        from re import _compiler, _parser

        parsed = parsed if parsed is not None else _parser.parse(source, 0)  # (already parsed: rules.py)
        if parsed.state.groupdict:  # named groups: not needed here, keep it simple
            return None
        return [parsed.state.flags, parsed.state.groups, array("I", _compiler._code(parsed, 0)).tobytes()]
    except Exception:  # noqa: BLE001 - a changed private compiler: compile as usual
        return None


def pattern(source: str, compiled: list | None = None) -> re.Pattern:
    """The regex of `source`: from its stored program if there is one (see `program`), else
    compiled now."""
    if compiled:
        try:
            import _sre

            flags, groups, opcodes = compiled
            return _sre.compile(source, flags, array("I", opcodes).tolist(), groups - 1, {}, (None,) * groups)
        except Exception:  # noqa: BLE001 - refused by the engine (it checks every program): compile
            pass
    return re.compile(source)


# --- head and parts ----------------------------------------------------------------------------
FINDERS, SIGN_SCAN = "+finders", "+scan 0"  # in the head: [name, scan, anchored, same] per list; the sign scan's regex
SIGN_TRIGGERS, CUE_SCAN = "triggers 0", "scan 1"  # parts: the sign scan's triggers; the cue scan whole


def finder_part(number: int) -> str:
    return f"finder {number}"  # a part: [regex source, anchors, program] of pattern list `number`


RULES = "rules"  # a part: the rules whole, pattern text included (the head keeps them without it: `slim`)


def slim(rules: dict) -> dict:
    """The rules as screening reads them at every start: without the pattern text, which only
    building the tables reads (each pattern list is read from its own part, as its regex). A
    context's or escalator's list of patterns of a kind becomes how many there are (screening
    asks only whether it has any), a sign's patterns, the idioms, the pseudo-cues and the macros
    are left out. The safety net's and short-message terms are kept (the signs made of them
    read them). About 70% of the rules' bytes, unmarshalled at every start for nothing."""
    from .rules import KINDS  # (rules.py imports this module)

    def group(spec):
        if isinstance(spec, list):  # an escalator given as a list: anywhere in the line (rules.group_spec)
            return {"line": len(spec)}
        return {key: len(value) if key in KINDS and isinstance(value, list) else value for key, value in spec.items()}

    out = dict(rules)
    out["signs"] = {name: {key: value for key, value in spec.items() if key != "patterns"} for name, spec in rules["signs"].items()}
    for name in ("context", "escalators"):
        out[name] = {key: group(spec) for key, spec in rules[name].items()}
    out["idioms"], out["pseudo_cues"], out["macros"] = len(rules["idioms"]), len(rules["pseudo_cues"]), {}
    return out


def split(tables: dict) -> tuple[dict, dict]:
    """(head, parts) of the tables (see the module's docstring); `join` puts them back together.
    Tables of another shape are all head."""
    finders, programs, scans = (tables.get(key) for key in ("finders", "programs", "scans"))
    if not (isinstance(finders, list) and isinstance(programs, list) and len(programs) == len(finders)
            and isinstance(scans, list) and len(scans) == 2 and isinstance(tables.get("rules"), dict)):
        return dict(tables), {}
    head = {key: value for key, value in tables.items() if key not in ("finders", "programs", "scans")}
    parts, same = {RULES: tables["rules"]}, {}
    head["rules"] = slim(tables["rules"])
    head[FINDERS] = []
    for number, ((name, source, anchors, scan), program) in enumerate(zip(finders, programs)):
        head[FINDERS].append([name, scan, anchors is not None, same.setdefault(source, number)])  # same: lists sharing a regex
        parts[finder_part(number)] = [source, anchors, program]
    head[SIGN_SCAN] = {key: value for key, value in scans[0].items() if key != "triggers"}
    parts[SIGN_TRIGGERS] = pack(scans[0]["triggers"])
    parts[CUE_SCAN] = {**scans[1], "triggers": pack(scans[1]["triggers"])} if "triggers" in scans[1] else scans[1]
    return head, parts


def join(head: dict, part: Callable[[str], object]) -> dict:
    """The tables from their head and `part` (name -> part): what `split` was given."""
    if FINDERS not in head:
        return dict(head)
    tables = {key: value for key, value in head.items() if key not in (FINDERS, SIGN_SCAN)}
    tables["rules"] = part(RULES)
    finders, programs = [], []
    for number, (name, scan, _, _) in enumerate(head[FINDERS]):
        source, anchors, program = part(finder_part(number))
        finders.append([name, source, anchors, scan])
        programs.append(program)
    cues = part(CUE_SCAN)
    return {**tables, "finders": finders, "programs": programs,
            "scans": [{**head[SIGN_SCAN], "triggers": unpack(part(SIGN_TRIGGERS))},
                      {**cues, "triggers": unpack(cues["triggers"])} if "triggers" in cues else cues]}


# --- a scan's triggers, packed -------------------------------------------------------------------
def pack(triggers):
    """A scan's triggers (anchor -> sorted pattern list numbers) as [the anchors joined by NUL,
    all the numbers, where each anchor's numbers end] (the two lists as the bytes of arrays of
    unsigned ints): read several times faster than the dict (no list or number objects to make).
    Kept as they are if they cannot be packed exactly."""
    try:
        if isinstance(triggers, dict) and not any("\0" in anchor for anchor in triggers) and triggers:
            numbers, ends = array("I"), array("I")
            for served in triggers.values():
                numbers.extend(served)
                ends.append(len(numbers))
            return ["\0".join(triggers), numbers.tobytes(), ends.tobytes()]
    except (TypeError, OverflowError):
        pass
    return triggers


class Triggers:
    """Packed triggers (see `pack`) read as the dict: `triggers[anchor]` -> its numbers."""

    def __init__(self, packed: list):
        anchors, numbers, ends = packed
        self._numbers, self._ends = array("I", numbers), array("I", ends)
        self._at = dict(zip(anchors.split("\0"), range(len(self._ends))))

    def __getitem__(self, anchor: str):
        at = self._at[anchor]
        return self._numbers[self._ends[at - 1] if at else 0:self._ends[at]]

    def items(self):
        return ((anchor, list(self[anchor])) for anchor in self._at)


def unpack(triggers):
    """The triggers as `pack` was given them."""
    return dict(Triggers(triggers).items()) if isinstance(triggers, list) else triggers


def readable(triggers):
    """Triggers as screening looks anchors up in them (packed or not)."""
    return Triggers(triggers) if isinstance(triggers, list) else triggers


class Damaged(Exception):
    """A part that does not match its digest, or cannot be read."""


class Tables:
    """The tables as screening reads them: `head` at once, each part at its first need (kept).
    `fetch` reads a part; if it raises Damaged, `rebuild()` gives the whole tables again (built
    from the YAML: the same content, the head's digest names it) and parts come from them."""

    def __init__(self, head: dict, fetch: Callable[[str], object], rebuild: Callable[[], dict]):
        self.head, self.finders = head, head[FINDERS]
        self._fetch, self._rebuild, self._parts, self._lock = fetch, rebuild, {}, threading.Lock()

    def part(self, name: str):
        value = self._parts.get(name, self)
        if value is self:
            with self._lock:  # the warm-up thread may be reading it
                value = self._parts.get(name, self)
                if value is self:
                    try:
                        value = self._fetch(name)
                    except Damaged:
                        self._fetch = split(self._rebuild())[1].__getitem__
                        value = self._fetch(name)
                    self._parts[name] = value
        return value

    def whole(self) -> dict:
        return join(self.head, self.part)


# --- the file ----------------------------------------------------------------------------------
class Opened:
    """A stored file whose head was read and checked; `part(name)` reads and checks one part."""

    def __init__(self, file, head: dict, index: dict, start: int):
        self.head, self._file, self._index, self._start, self._lock = head, file, index, start, threading.Lock()

    def part(self, name: str):
        try:
            offset, length, digest = self._index[name]
            with self._lock:
                self._file.seek(self._start + offset)
                data = self._file.read(length)
            if len(data) != length or hashlib.sha256(data).digest() != digest:
                raise Damaged(name)
            return marshal.loads(data)
        except Damaged:
            raise
        except (KeyError, TypeError, ValueError, EOFError, OSError) as error:
            raise Damaged(name) from error

    def close(self) -> None:
        self._file.close()


def open_tables(path: Path, private: bool = True) -> Opened | None:
    """The file at `path` with its head read and checked, or None (see the module's docstring).
    It stays open (the parts are read from it as they are needed, even if it is replaced).
    `private=False`: a file shipped with the app (shipped.py), which need only be a regular file."""
    fd = private_file.open_private(path) if private else private_file.open_regular(path)
    if fd is None:
        return None
    file = os.fdopen(fd, "rb", buffering=0)
    try:
        lead = file.read(len(MAGIC) + _DIGEST + _SIZE)
        size = int.from_bytes(lead[-_SIZE:], "little")
        if lead.startswith(MAGIC) and len(lead) == len(MAGIC) + _DIGEST + _SIZE and size <= os.fstat(fd).st_size:
            body = file.read(size)
            if len(body) == size and hashlib.sha256(body).digest() == lead[len(MAGIC):len(MAGIC) + _DIGEST]:
                loaded = marshal.loads(body)
                if isinstance(loaded, dict) and isinstance(loaded.get("head"), dict) and isinstance(loaded.get("index"), dict):
                    return Opened(file, loaded["head"], loaded["index"], len(lead) + size)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    file.close()
    return None


def read(path: Path, private: bool = True):
    """The tables stored at `path`, every part checked, or None (`private`: see open_tables)."""
    opened = open_tables(path, private)
    if opened is None:
        return None
    try:
        return join(opened.head, opened.part)
    except (Damaged, TypeError, ValueError, KeyError):
        return None
    finally:
        opened.close()


def write(path: Path, data: dict) -> bool:
    """Store `data` at `path` as a head and parts (`split`), readable by this user only; False
    when it cannot be stored exactly."""
    encoded = encode(data)
    return encoded is not None and private_file.write_bytes(path, encoded)


def encode(data: dict) -> bytes | None:
    """The bytes of a stored file holding `data` (see `write`), or None when it cannot be kept
    exactly. A part met twice (lists sharing a regex) is stored once."""
    head, parts = split(data)
    blobs, index, at, offset = [], {}, {}, 0
    try:
        for name, value in parts.items():
            blob = marshal.dumps(value)
            if blob not in at:
                if marshal.loads(blob) != value:
                    return None
                at[blob] = [offset, len(blob), hashlib.sha256(blob).digest()]
                blobs.append(blob)
                offset += len(blob)
            index[name] = at[blob]
        body = marshal.dumps({"head": head, "index": index})
        if marshal.loads(body) != {"head": head, "index": index}:
            return None
    except ValueError:  # something marshal cannot keep
        return None
    return MAGIC + hashlib.sha256(body).digest() + len(body).to_bytes(_SIZE, "little") + body + b"".join(blobs)
