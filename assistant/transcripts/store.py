"""Where transcripts live: the user data folder (or --data-dir / $SECOND_OPINION_DATA_DIR).

A transcript is health data, so the folder is created 0700 and each file 0600, created
exclusively (never overwriting another conversation). Our own default folder is tightened to
0700 if it was left open; a folder the user chose is theirs to set, so it is left as it is,
with one warning per run when others may read it. File names sort by creation time:
`2026-11-23T10-15-02-a1b2c3.jsonl`; the id is the last part, `a1b2c3`.
"""

from __future__ import annotations

import os
import secrets
import stat
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from ..errors import UserError

APP_NAME = "second-opinion"
SUFFIX = ".jsonl"
ENV_VAR = "SECOND_OPINION_DATA_DIR"
DIR_MODE = 0o700
FILE_MODE = 0o600


_warned: set[str] = set()  # folders already warned about in this run


def default_dir() -> Path:
    import platformdirs  # only when needed: a few ms of import

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir(override: str | os.PathLike | None = None) -> Path:
    """The folder for saved conversations: the override, the environment, or the user data folder."""
    chosen = override or os.environ.get(ENV_VAR)
    if chosen:
        return Path(chosen).expanduser()
    return default_dir()


def _check_open_folder(folder: Path) -> None:
    """Tighten our default folder to 0700; warn once about a chosen folder others may read."""
    try:
        mode = stat.S_IMODE(folder.stat().st_mode)
    except OSError:
        return
    if not mode & (stat.S_IRWXG | stat.S_IRWXO):
        return
    if folder == default_dir():
        try:
            os.chmod(folder, DIR_MODE)
            return
        except OSError:
            pass  # not ours to change after all: warn below
    if str(folder) not in _warned:
        _warned.add(str(folder))
        from ..visible import visible

        print(
            f"second-opinion: warning: {visible(str(folder), newlines=False)}: other users may look into this folder (mode {mode:04o}); "
            f"saved conversations are health data: 'chmod 700' it, or choose a private folder",
            file=sys.stderr,
        )


def ensure_dir(folder: Path) -> Path:
    """Create the folder private to this user, or check an existing one (see the top)."""
    made = False
    if not folder.exists():
        try:
            folder.mkdir(mode=DIR_MODE, parents=True)
            os.chmod(folder, DIR_MODE)  # mkdir's mode is masked by the umask; be exact
            made = True
        except FileExistsError:
            pass  # another start (a second browser tab, a second terminal) made it a moment ago
        except OSError as exc:
            raise UserError(f"{folder}: cannot create the folder for saved conversations ({exc.strerror}); use --no-save to keep nothing") from None
    if not folder.is_dir():  # a file there, from the start or from the other start
        raise UserError(f"{folder}: is not a folder, so conversations cannot be saved there (use --no-save to keep nothing)")
    if not made:
        _check_open_folder(folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UserError(f"{folder}: cannot save conversations there (no permission); use --no-save to keep nothing")
    return folder


def new_id() -> str:
    return secrets.token_hex(3)


def new_path(folder: Path, created: datetime, conversation_id: str) -> Path:
    return folder / f"{created:%Y-%m-%dT%H-%M-%S}-{conversation_id}{SUFFIX}"


def create_private_file(path: Path) -> int:
    """Open a new file for appending, readable by this user only. Fails if it exists."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND | getattr(os, "O_CLOEXEC", 0), FILE_MODE)
    os.fchmod(fd, FILE_MODE)
    return fd


def write_private(path: Path, text: str) -> None:
    """Write a whole file readable by this user only, even over an existing one.

    Opening an existing file with O_TRUNC keeps its mode (a 0644 file would stay 0644), so
    the text goes to a new 0600 file in the same folder, which then replaces the target."""
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, FILE_MODE)  # mkstemp makes it 0600 already; be explicit, it is health data
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def id_of(path: Path) -> str:
    """The short id in a transcript's file name (the whole stem for names we did not make)."""
    stem = path.stem
    head, _, tail = stem.rpartition("-")
    return tail if head and tail else stem


def transcripts_in(folder: Path) -> list[Path]:
    """Every transcript file in the folder, newest first (file names start with the time)."""
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.iterdir() if p.suffix == SUFFIX and p.is_file()), key=lambda p: p.name, reverse=True)


def find(folder: Path, wanted: str | None, last: bool) -> Path:
    """The transcript `resume` means: a path, an id (a prefix is enough) or the newest one."""
    if wanted and (os.sep in wanted or wanted.endswith(SUFFIX)):
        path = Path(wanted).expanduser()
        if not path.is_file() and (folder / wanted).is_file():
            path = folder / wanted  # a file name from the data folder
        if not path.is_file():
            raise UserError(f"{wanted}: no such file")
        return path
    files = transcripts_in(folder)
    if last or not wanted:
        if not files:
            raise UserError(f"no saved conversations in {folder}")
        return files[0]
    matches = [p for p in files if id_of(p).startswith(wanted) or p.stem == wanted]
    if not matches:
        raise UserError(f"no saved conversation with id '{wanted}' in {folder} (see 'second-opinion list')")
    if len(matches) > 1:
        ids = ", ".join(id_of(p) for p in matches[:5])
        raise UserError(f"id '{wanted}' matches {len(matches)} conversations ({ids}); type more of it")
    return matches[0]


def is_private(path: Path) -> bool:
    """True when no one but the owner may read or write the path."""
    return not (path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO))


def export_command(transcript: Path | None) -> str:
    """The command that prints this conversation's plan, as a person types it: with `--data-dir`
    when the conversation is kept somewhere `export` would not look by itself (a fifth user
    trial, 2026-12-04: the command shown failed for a conversation started with --data-dir)."""
    command = "second-opinion export --last --format html -o plan.html"
    if transcript is None:
        return command
    folder = Path(transcript).parent
    try:
        same = folder.resolve() == data_dir().resolve()
    except OSError:
        same = False
    if same:
        return command
    import shlex

    return f"second-opinion export --data-dir {shlex.quote(str(folder))} --last --format html -o plan.html"


def folder_hint(transcript: Path | None) -> str:
    """For a conversation kept outside the usual folder (--data-dir): the print command that finds it,
    said after the last turn (never recorded in it: where a file is kept is this run's, not the
    conversation's). "" in the usual folder."""
    command = export_command(transcript)
    return f"This conversation is kept in another folder, so type this instead: {command}" if "--data-dir" in command else ""
