"""The red-flag tables on disk, and their anchor scans kept compiled.

Compiling the anchor scan (one large regex, see rules.py) costs tens of milliseconds, most of it
in Python's regex parser, and was paid by the first line screened, even `quit`. So the tables
keep each scan's compiled program (the list of opcodes Python's `re` builds from the source) and
`pattern()` hands it straight to the regex engine: about 1 ms. The program is what `re.compile`
makes of the same source with this Python (the tests check the two are equal, which compares the
programs); without the private pieces this needs, or if the engine refuses it, `re.compile`.

The tables are kept with marshal, not JSON (loading is several times faster, and JSON reads long
lists of numbers slowly), in one file per content version (rules.py names it by a hash of the
YAML, the code that builds it and this Python). A file is used only when it is a regular file of
this user that nobody else can read, starts with this format's magic, and its content matches the
SHA-256 it carries: a damaged, stale or foreign file is never read as tables, it is built again
and replaced. marshal loads only plain data here (no code is run).
"""

from __future__ import annotations

from array import array
import marshal
import re
import sys
from pathlib import Path

from .. import private_file

MAGIC = b"second-opinion red-flag tables 1\n"


def version() -> bytes:
    """What a stored file depends on besides the content: this Python, its regex engine and
    marshal format, and this file."""
    try:
        import _sre

        engine = str(_sre.MAGIC)
    except (ImportError, AttributeError):
        engine = "?"
    return f"{sys.version}|{sys.implementation.name}|{engine}|{marshal.version}|".encode() + Path(__file__).read_bytes()


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


# --- the file ----------------------------------------------------------------------------------
def read(path: Path):
    """The tables stored at `path`, or None (see assistant/private_file.py)."""
    return private_file.read(path, MAGIC)


def write(path: Path, data) -> bool:
    """Store `data` at `path`, readable by this user only; False when it cannot be stored exactly."""
    return private_file.write(path, MAGIC, data)
