"""A private cache file of plain data: what the red-flag tables and the parsed lexicon are kept in.

The file is a magic line naming its format, the SHA-256 of the body, then the body (marshal:
strings, numbers, tuples, lists, sets, dicts; loading it runs no code). It is used only when it
is a regular file of this user that nobody else can read, begins with the expected magic, and
its body matches its digest; anything else (missing, damaged, stale, foreign, a link) reads as
None, and the caller builds the data again and replaces the file.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
import threading
from pathlib import Path

_DIGEST = 32  # bytes of SHA-256


def open_private(path: Path) -> int | None:
    """A descriptor reading `path` if it is a regular file of this user that nobody else can
    read (never through a link), else None. The caller closes it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if stat.S_ISREG(info.st_mode) and not stat.S_IMODE(info.st_mode) & 0o077 and (
                not hasattr(os, "getuid") or info.st_uid == os.getuid()):
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def open_regular(path: Path) -> int | None:
    """A descriptor reading `path` if it is a regular file (never through a link), else None:
    for a file shipped with the app, which need not be private. The caller closes it."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return None
    try:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def read(path: Path, magic: bytes, private: bool = True):
    """The data stored at `path` in the format `magic`, or None (see the module's docstring).
    `private=False`: a file shipped with the app, which need only be a regular file."""
    fd = open_private(path) if private else open_regular(path)
    if fd is None:
        return None
    try:
        with os.fdopen(fd, "rb") as file:
            data = file.read()
    except OSError:
        return None
    head = len(magic)
    body = data[head + _DIGEST:]
    if not data.startswith(magic) or hashlib.sha256(body).digest() != data[head:head + _DIGEST]:
        return None
    try:
        return marshal.loads(body)
    except (ValueError, EOFError, TypeError):
        return None


def write(path: Path, magic: bytes, data) -> bool:
    """Store `data` at `path` whole (written aside, then renamed), readable by this user only.
    False when it cannot be stored exactly (which only costs time at the next start)."""
    try:
        body = marshal.dumps(data)
        if marshal.loads(body) != data:
            return False
    except ValueError:  # something marshal cannot keep
        return False
    return write_bytes(path, magic + hashlib.sha256(body).digest() + body)


def write_bytes(path: Path, data: bytes) -> bool:
    """`data` as the whole of `path` (written aside, then renamed), readable by this user only;
    False when it cannot be written."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.partial")  # the warm-up thread may race the main one
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial.unlink(missing_ok=True)
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as file:
            file.write(data)
        os.replace(partial, path)
    except OSError:
        try:
            partial.unlink(missing_ok=True)
        except OSError:
            pass
        return False
    return True
