"""The `list`, `resume`, `replay` and `export` subcommands (`replay` and `export` take an id or --last, like `resume`). Each returns an exit code;
a bad file or a bad option raises UserError, which the command line prints as one line."""

from __future__ import annotations

import argparse
import gc
import sys
from pathlib import Path

from ..errors import UserError
from .reader import Transcript, printable, read_file
from .store import data_dir, find


def _warn(message: str) -> None:
    print(f"second-opinion: warning: {message}", file=sys.stderr)


def _load(path: Path | str) -> Transcript:
    transcript = read_file(path)
    if transcript.truncated_line:
        _warn(f"{transcript.path}: line {transcript.truncated_line}: the last line was cut off (the app stopped while saving it); it is left out")
    return transcript


def pick(args: argparse.Namespace, wanted: str | None) -> Path:
    """The transcript a command means: a file, an id from `list` (its start is enough), or --last."""
    if wanted and Path(wanted).expanduser().exists():  # a file (or a folder: reading it says what is wrong)
        return Path(wanted).expanduser()
    return find(data_dir(getattr(args, "data_dir", None)), wanted, getattr(args, "last", False))


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


# --- list -----------------------------------------------------------------------------------
def run_list(args: argparse.Namespace) -> int:
    from .listing import rows, table

    folder = data_dir(args.data_dir)
    found, errors = rows(folder)
    for error in errors:
        _warn(f"{error} (skipped)")
    if not found:
        print(f"No saved conversations in {folder}.")
        return 0
    print(table(found))
    return 0


# --- resume ---------------------------------------------------------------------------------
def run_resume(args: argparse.Namespace) -> int:
    from .resume import flow_changed, recap, resume

    if args.id and args.last:
        raise UserError("give an id or --last, not both")
    transcript = _load(find(data_dir(args.data_dir), args.id, args.last))
    if flow_changed(transcript):
        _warn(f"{transcript.path}: the conversation content has changed since this was saved; your answers are replayed on today's version")
    engine, turn, history = resume(transcript)
    if args.plain or args.jsonl or not _is_terminal():
        from ..plain import run_plain

        if not args.jsonl:
            sys.stdout.write(recap(transcript) + "\n\n")
        return run_plain(engine, jsonl=args.jsonl, first_turn=turn)
    from ..tui.app import run_app  # imported only here: plain mode never loads Textual

    return run_app(args, engine=engine, first_turn=turn, history=history)


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
            print_plain(transcript, sys.stdout)
        return 0
    if len(transcripts) > 1:
        raise UserError("the replay window plays one conversation at a time; use --plain to print several")
    from ..tui.replay import run_replay_app  # imported only here

    return run_replay_app(transcripts[0], speed=args.speed)


def _verify(files: list[Path]) -> int:
    from .verify import report, verify

    transcripts = [_load(path) for path in files]  # an unreadable file stops everything: exit 2
    # Hundreds of loaded transcripts would be walked by every full garbage collection while
    # verifying, making each one slower the more there are; they live until the end anyway.
    gc.freeze()
    failed, turns, changed = 0, 0, 0
    for transcript in transcripts:
        result = verify(transcript)
        turns += result.turns_checked
        changed += result.flow_changed
        if not result.ok:
            failed += 1
            print(report(result))
    total = len(transcripts)
    note = f"; {changed} recorded with another version of the content" if changed else ""
    if failed:
        print(f"{failed} of {total} transcripts differ from today's engine ({turns} turns compared{note})")
        return 1
    print(f"{total} transcripts match today's engine ({turns} turns compared{note})")
    return 0


# --- export ---------------------------------------------------------------------------------
def run_export(args: argparse.Namespace) -> int:
    from .export import export

    transcript = _load(pick(args, args.file))
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
