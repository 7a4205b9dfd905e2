"""The parsed lexicon kept on disk, so the first answer does not parse it again.

Parsing lexicon.yaml (every phrase split into words, checked, and set out by question) took
about 30 ms of the first answer of every run. The result only changes with the file or the
code that parses it, so it is kept in the cache folder with marshal (plain data: strings,
tuples, sets, dicts; marshal runs no code), in one file per version, named by a hash of the
YAML, the code that reads it (lexicon.py, text.py, this file) and this Python.

A file is used only when it is a regular file of this user that nobody else can read, begins
with this format's magic and its content matches the SHA-256 it carries; anything else (damaged,
stale, foreign, a link) is parsed again and replaced. A lexicon is stored only if it reads back
equal, and only after it parsed without error, so a broken lexicon always fails as before.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
from collections.abc import Callable
from dataclasses import fields
from pathlib import Path

from .. import private_file

MAGIC = b"second-opinion lexicon 1\n"
_CODE = ("lexicon.py", "lexicon_parts.py", "text.py", "stored.py", "rewrite.py")  # what the stored data depends on besides the YAML (lexicon_parts.py: split out of lexicon.py, and missing here until helper 11b11)


def _version() -> bytes:
    here = Path(__file__).resolve().parent
    code = b"".join((here / name).read_bytes() for name in _CODE)
    return f"{sys.version}|{sys.implementation.name}|{marshal.version}|".encode() + code


def encode(lexicon) -> dict:
    """The lexicon as plain data: its fields, with its topics and question words as dicts."""
    from .lexicon import StateWords, Topic  # noqa: F401 - the two nested kinds

    data = {f.name: getattr(lexicon, f.name) for f in fields(lexicon)}
    data["topics"] = tuple({f.name: getattr(t, f.name) for f in fields(t)} for t in lexicon.topics)
    data["states"] = {name: {f.name: getattr(w, f.name) for f in fields(w)} for name, w in lexicon.states.items()}
    return data


def decode(data: dict):
    from .lexicon import Lexicon, StateWords, Topic

    data = dict(data)
    data["topics"] = tuple(Topic(**t) for t in data["topics"])
    data["states"] = {name: StateWords(**w) for name, w in data["states"].items()}
    return Lexicon(**data)


def cached(path: Path, build: Callable[[], object]):
    """The lexicon of the YAML at `path`: stored, or `build()` and then stored."""
    try:
        from ..yaml_cache import cache_dir

        digest = hashlib.sha256(path.read_bytes() + b"\0" + _version()).hexdigest()[:32]
        stored = cache_dir() / f"lexicon-{digest}.marshal"
    except Exception:  # noqa: BLE001 - no cache folder, or the files cannot be read: parse as before
        return build()
    data = read(stored)
    if data is not None:
        try:
            return decode(data)
        except Exception:  # noqa: BLE001 - not what this code stores: parse and replace it
            pass
    lexicon = build()
    try:
        plain = encode(lexicon)
        if encode(decode(marshal.loads(marshal.dumps(plain)))) == plain:
            write(stored, plain)
    except (ValueError, TypeError):  # something marshal cannot keep: parse every run
        pass
    return lexicon


def read(path: Path):
    """The lexicon data stored at `path`, or None (see assistant/private_file.py)."""
    loaded = private_file.read(path, MAGIC)
    return loaded if isinstance(loaded, dict) else None


def write(path: Path, data) -> bool:
    """Store `data` at `path`, readable by this user only; False when it cannot be."""
    return private_file.write(path, MAGIC, data)
