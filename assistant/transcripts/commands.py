"""The `list`, `resume`, `replay` and `export` subcommands (`replay` and `export` take an id or --last, like `resume`). Each returns an exit code;
a bad file or a bad option raises UserError, which the command line prints as one line."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ..errors import UserError
from ..visible import visible
from .reader import Transcript, TranscriptError, printable, read_file
from .store import data_dir, find, id_of, transcripts_in

CHANGED = "changed after it was written (the app did not write it this way); read it with care"


def _warn(message: str) -> None:
    print(f"second-opinion: warning: {visible(message, newlines=False)}", file=sys.stderr)


def _load(path: Path | str) -> Transcript:
    transcript = read_file(path)
    if transcript.truncated_line:
        _warn(f"{transcript.path}: line {transcript.truncated_line}: the last line was cut off (the app stopped while saving it); it is left out")
    if transcript.chain_problem:
        _warn(f"{transcript.path}: {transcript.chain_problem}: {CHANGED}")
    return transcript


def _print(text: str) -> None:
    """Output that holds text from a file: nothing in it may act on the terminal."""
    print(visible(text))


def pick(args: argparse.Namespace, wanted: str | None) -> Path:
    """The transcript a command means: a file, an id from `list` (its start is enough), or --last."""
    if wanted and Path(wanted).expanduser().exists():  # a file (or a folder: reading it says what is wrong)
        return Path(wanted).expanduser()
    return find(data_dir(getattr(args, "data_dir", None)), wanted, getattr(args, "last", False))


def pick_with_answers(args: argparse.Namespace, wanted: str | None) -> Path:
    """Like `pick`, but the newest conversation (--last, or no id) is the newest one with an
    answer in it: a conversation opened and left at the welcome has no plan to print, and would
    hide the one the person meant. Newer ones passed over are named in one line; when none has
    an answer, the newest is used (its export says there is no plan yet)."""
    if wanted and not getattr(args, "last", False):
        return pick(args, wanted)
    folder = data_dir(getattr(args, "data_dir", None))
    paths = transcripts_in(folder)
    if not paths:
        return find(folder, wanted, True)  # raises the usual "no saved conversations"
    for skipped, path in enumerate(paths):
        try:
            answered = bool(read_file(path).slots())
        except TranscriptError:
            answered = False  # a damaged file is passed over here; read again when it is the one used
        if answered:
            if skipped:
                ids = ", ".join(id_of(p) for p in paths[:skipped][:3]) + (", ..." if skipped > 3 else "")
                _warn(f"using {id_of(path)}, the newest conversation with answers; {skipped} newer with none yet ({ids}) passed over")
            return path
    return paths[0]


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


# --- list -----------------------------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    from .listing import rows, table

    folder = data_dir(args.data_dir)
    found, errors = rows(folder)
    for error in errors:
        _warn(f"{error} (skipped)")
    for item in found:
        if item.changed:
            _warn(f"{item.path}: {item.changed}: {CHANGED}")
    if not found:
        _print(f"No saved conversations in {folder}.")
        return 0
    _print(table(found))
    return 0


# --- resume ---------------------------------------------------------------------------------
def run_resume(args: argparse.Namespace) -> int:
    from .resume import flow_changed, recap, resume

    if args.id and args.last:
        raise UserError("give an id or --last, not both")
    fd, transcript = _open_for_resume(data_dir(args.data_dir), args.id, args.last)
    if flow_changed(transcript):
        _warn(f"{transcript.path}: the conversation content has changed since this was saved; your answers are replayed on today's version")
    try:
        engine, turn, history = resume(transcript, fd=fd)
    except BaseException:
        os.close(fd)
        raise
    if args.plain or args.jsonl or not _is_terminal():
        from ..plain import run_plain

        if not args.jsonl:
            sys.stdout.write(recap(transcript) + "\n\n")
        return run_plain(engine, jsonl=args.jsonl, first_turn=turn)
    from ..tui.app import run_app  # imported only here: plain mode never loads Textual

    return run_app(args, engine=engine, first_turn=turn, history=history)


def _open_for_resume(folder: Path, wanted: str | None, last: bool) -> tuple[int, Transcript]:
    """Lock the conversation, then read it: another window cannot add to it in between.
    The newest one (--last, or no id) skips damaged files, saying so, for the newest good one."""
    from .writer import TranscriptWriter

    newest = last or not wanted
    paths = transcripts_in(folder) if newest else [find(folder, wanted, last)]
    if not paths:
        find(folder, wanted, last)  # raises the usual "no saved conversations"
    for path in paths:
        fd = TranscriptWriter.lock(path)
        try:
            return fd, _load(path)
        except TranscriptError as error:
            os.close(fd)
            if not newest:
                raise
            _warn(f"{error} (skipped; resuming the newest conversation that can be read)")
        except BaseException:
            os.close(fd)
            raise
    raise UserError(f"no conversation that can be resumed in {folder}: every saved file is damaged (see 'second-opinion list')")


# --- replay ---------------------------------------------------------------------------------
def run_replay(args: argparse.Namespace) -> int:
    files = [pick(args, wanted) for wanted in args.files] or [pick(args, None)]
    if args.verify:
        return _verify(files)
    if args.speed <= 0:
        raise UserError(f"--speed must be more than 0 (got {args.speed})")
    transcripts = [_load(path) for path in files]  # all checked before anything is shown
    if args.plain or not _is_terminal():
        from .replay import print_plain

        for transcript in transcripts:
            print_plain(transcript, sys.stdout)  # prints every file text through visible()
        return 0
    if len(transcripts) > 1:
        raise UserError("the replay window plays one conversation at a time; use --plain to print several")
    from ..tui.replay import run_replay_app  # imported only here

    return run_replay_app(transcripts[0], speed=args.speed)


def _verify(files: list[Path]) -> int:
    """Streamed: each file is loaded, checked and dropped, so memory stays flat however many
    there are. An unreadable file is one line, exit 2, after the others were checked."""
    from .verify import report, verify

    failed, turns, changed, unchained, total = 0, 0, 0, 0, 0
    unreadable: TranscriptError | None = None
    for path in files:
        try:
            transcript = read_file(path)
        except TranscriptError as error:
            unreadable = unreadable or error
            continue
        total += 1
        result = verify(transcript)
        turns += result.turns_checked
        changed += result.flow_changed
        unchained += not transcript.chained
        if transcript.truncated_line:
            _warn(f"{transcript.path}: line {transcript.truncated_line}: the last line was cut off (the app stopped while saving it); it is left out")
        if not result.ok:
            _print(report(result))
        if transcript.chain_problem:
            _print(f"{transcript.path}: {transcript.chain_problem}: {CHANGED}")
        failed += bool(transcript.chain_problem) or not result.ok
        del transcript, result
    if unreadable is not None:
        raise unreadable
    note = f"; {changed} recorded with another version of the content" if changed else ""
    note += f"; {unchained} written before tamper evidence (not chained)" if unchained else ""
    if failed:
        _print(f"{failed} of {total} transcripts differ from today's engine or were changed after they were written ({turns} turns compared{note})")
        return 1
    _print(f"{total} transcripts match today's engine ({turns} turns compared{note})")
    return 0


# --- export ---------------------------------------------------------------------------------
def run_export(args: argparse.Namespace) -> int:
    from .export import export

    transcript = _load(pick_with_answers(args, args.file))
    symptoms = _symptom_log(args)
    document = export(transcript, args.format, redact=args.redact, with_conversation=args.with_conversation, symptoms=symptoms)
    return write_document(document, args.output, guard=transcript.path, what="the export")


def _symptom_log(args: argparse.Namespace) -> list:
    """The symptom log kept next to the conversations (kit/symptoms.py); a bad log is left out with a warning."""
    from ..kit.symptoms import read_log

    try:
        return read_log(data_dir(args.data_dir))
    except UserError as error:
        _warn(f"{error}; the symptom log is left out of the export")
        return []


def write_document(document: str, output: str | None, *, guard: Path | None = None, what: str = "the document") -> int:
    """Print a document, or write it to a private file (never over the transcript itself)."""
    from ..kit.clean import terminal_safe
    from .store import write_private

    if not output or output == "-":
        sys.stdout.write(terminal_safe(document))
        return 0
    out = Path(output)
    if guard is not None and out.resolve() == guard.resolve():
        raise UserError(f"{out}: that is the transcript itself; choose another output file")
    try:  # health data: readable by this user only, like the transcript, even over an old file
        write_private(out, document)
    except OSError as exc:
        raise UserError(f"{out}: cannot write {what} ({exc.strerror})") from None
    print(f"Wrote {printable(str(out))}", file=sys.stderr)
    return 0
