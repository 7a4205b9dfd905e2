"""A private, on-disk cache of compiled Jinja templates, so a start does not compile ~30 of them.

Like Python's own __pycache__, but kept in the user's cache folder: a folder only the owner may
enter (0700) holding files only the owner may read (0600). A cache file is used only when all of
these hold, and ignored (then replaced) otherwise:
- it is a regular file (not a link), owned by this user, readable by nobody else;
- it starts with Jinja's own magic (Jinja and Python versions) and the options of the
  environment it was compiled for;
- it names the SHA-1 of the template's source as it is now: editing a template invalidates it;
- its code loads (a truncated or damaged file does not).
No pickle is read, and nothing is written outside the cache folder: file names are hex digests.
A cache that cannot be used only makes the start slower.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import stat
from pathlib import Path
from types import CodeType

from jinja2.bccache import Bucket, BytecodeCache, bc_magic

SUFFIX = ".jbc"
_CHECKSUM_LENGTH = 40  # Jinja's bucket checksum: a SHA-1 hex digest of the source


def _private_folder(folder: Path) -> bool:
    """Make `folder` (0700) if needed; True if it is a real folder that only this user can use."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        info = os.lstat(folder)
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            return False
        if stat.S_IMODE(info.st_mode) & 0o077:
            os.chmod(folder, 0o700)  # ours, but open to others: close it before using it
            return stat.S_IMODE(os.lstat(folder).st_mode) & 0o077 == 0
    except OSError:
        return False
    return True


class PrivateBytecodeCache(BytecodeCache):
    """Compiled templates in `folder`, for one set of environment options (`options`: any text
    that tells environments apart, e.g. repr of their settings; different options, different files)."""

    def __init__(self, folder: Path, options: str = "") -> None:
        self.folder = Path(folder)
        self.header = bc_magic + hashlib.sha256(options.encode("utf-8")).hexdigest()[:16].encode("ascii")
        self._usable: bool | None = None  # checked once, at first use

    def usable(self) -> bool:
        if self._usable is None:
            self._usable = _private_folder(self.folder)
        return self._usable

    def path_for(self, bucket: Bucket) -> Path:
        # bucket.key is a SHA-1 hex digest of the template's name and file: never a path.
        if not all(c in "0123456789abcdef" for c in bucket.key):
            raise ValueError("unexpected bytecode cache key")
        return self.folder / f"{bucket.key}{SUFFIX}"

    def load_bytecode(self, bucket: Bucket) -> None:
        if not self.usable():
            return
        try:
            data = self._read_private(self.path_for(bucket))
        except (OSError, ValueError):
            return
        if data is None:
            return
        head = len(self.header)
        if data[:head] != self.header or data[head:head + _CHECKSUM_LENGTH] != bucket.checksum.encode("ascii"):
            return  # another Jinja, Python or environment, or the template was edited
        try:
            code = marshal.loads(data[head + _CHECKSUM_LENGTH:])
        except (EOFError, ValueError, TypeError):
            return  # damaged: compiled again, and the file replaced
        if isinstance(code, CodeType):
            bucket.code = code

    def dump_bytecode(self, bucket: Bucket) -> None:
        if not self.usable() or bucket.code is None or len(bucket.checksum) != _CHECKSUM_LENGTH:
            return
        try:
            target = self.path_for(bucket)
            data = self.header + bucket.checksum.encode("ascii") + marshal.dumps(bucket.code)
            partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
            fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o600)
            try:
                os.fchmod(fd, 0o600)  # whatever the umask, or a leftover partial file, said
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view):]
            finally:
                os.close(fd)
            os.replace(partial, target)  # a reader sees the old file or the whole new one
        except (OSError, ValueError):
            return

    def clear(self) -> None:
        for path in self.folder.glob(f"*{SUFFIX}"):
            try:
                path.unlink()
            except OSError:
                pass

    @staticmethod
    def _read_private(path: Path) -> bytes | None:
        """The file's bytes if it is a regular file of ours that no one else can read or write."""
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid() or stat.S_IMODE(info.st_mode) & 0o077:
                return None
            chunks = []
            while chunk := os.read(fd, 1 << 16):
                chunks.append(chunk)
            return b"".join(chunks)
        finally:
            os.close(fd)
