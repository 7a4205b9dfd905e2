"""The `second-opinion` command line.

Each subcommand's work lives in its own module, imported only when that subcommand runs,
so `chat --plain` never pays for Textual and `list` never pays for the engine.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from . import __version__
from .errors import FlowError, UserError  # not from .flow: `--version` must not load the flow

# subcommand -> "module:function"; the function takes the parsed args and returns an exit code.
HANDLERS = {
    "chat": "assistant.cli:run_chat",
    "list": "assistant.transcripts.commands:run_list",
    "resume": "assistant.transcripts.commands:run_resume",
    "replay": "assistant.transcripts.commands:run_replay",
    "export": "assistant.transcripts.commands:run_export",
    "test": "assistant.scripts.commands:run_test",
    "record": "assistant.scripts.commands:run_record",
    "graph": "assistant.graph:run_graph",
    "compare": "assistant.cli:run_compare",
}


def _add_face_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--plain", action="store_true", help="plain line mode on stdin/stdout (pipes, screen readers)")
    parser.add_argument("--jsonl", action="store_true", help="with --plain: one JSON object per assistant turn")


def _add_storage_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=os.environ.get("SECOND_OPINION_DATA_DIR"),
        help="where conversations are saved (default: your user data folder; or $SECOND_OPINION_DATA_DIR)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="second-opinion",
        description="A private, offline guide to deciding whether, when and how to get a medical second opinion. Not medical advice.",
    )
    parser.add_argument("--version", action="version", version=f"second-opinion {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    chat = sub.add_parser("chat", help="start a conversation (the default)")
    _add_face_options(chat)
    _add_storage_options(chat)
    chat.add_argument("--no-save", action="store_true", help="keep nothing on disk")

    compare = sub.add_parser("compare", help="compare two opinions you already have")
    _add_face_options(compare)
    _add_storage_options(compare)
    compare.add_argument("--no-save", action="store_true", help="keep nothing on disk")

    listing = sub.add_parser("list", help="saved conversations, newest first")
    _add_storage_options(listing)

    resume = sub.add_parser("resume", help="continue a saved conversation")
    resume.add_argument("id", nargs="?", help="the conversation id (see 'list')")
    resume.add_argument("--last", action="store_true", help="the most recent conversation")
    _add_face_options(resume)
    _add_storage_options(resume)

    replay = sub.add_parser("replay", help="play a saved conversation back, or check it against today's engine")
    replay.add_argument("files", nargs="+", metavar="FILE")
    replay.add_argument("--verify", action="store_true", help="feed the recorded inputs to today's engine and compare every turn")
    replay.add_argument("--speed", type=float, default=1.0, help="playback speed in the UI (default 1.0)")
    replay.add_argument("--plain", action="store_true", help="print the conversation instead of playing it in the UI")

    export = sub.add_parser("export", help="the plan and the conversation as a document to print")
    export.add_argument("file", metavar="FILE")
    export.add_argument("--format", choices=("md", "html"), default="md")
    export.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    export.add_argument("--redact", action="store_true", help="leave out names and the free text you typed")

    test = sub.add_parser("test", help="run scripted dialogues and print coverage")
    test.add_argument("paths", nargs="*", metavar="PATH")

    record = sub.add_parser("record", help="turn a saved conversation into a scripted dialogue")
    record.add_argument("transcript", metavar="TRANSCRIPT")
    record.add_argument("-o", "--output", metavar="OUT")

    graph = sub.add_parser("graph", help="print the flow as a Mermaid diagram")
    graph.add_argument("--coverage", action="store_true", help="colour the diagram by what the scripts cover")
    return parser


def _is_terminal() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


def run_chat(args: argparse.Namespace) -> int:
    if getattr(args, "plain", False) or getattr(args, "jsonl", False) or not _is_terminal():
        from .plain import run_plain
        from .session import new_engine

        return run_plain(new_engine(args), jsonl=args.jsonl)
    from .tui.app import run_app  # imported only here: plain mode never loads Textual

    return run_app(args)


def run_compare(args: argparse.Namespace) -> int:
    args.start_at = "compare"
    return run_chat(args)


def _handler(command: str):
    module_name, function = HANDLERS[command].split(":")
    return getattr(importlib.import_module(module_name), function)


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    # `second-opinion` and `second-opinion --plain` mean `second-opinion chat ...`.
    if not argv or (argv[0] not in HANDLERS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "chat")
    args = parser.parse_args(argv)
    try:
        return _handler(args.command)(args)
    except UserError as error:
        print(f"second-opinion: {error}", file=sys.stderr)
        return error.exit_code
    except FlowError as error:
        print(f"second-opinion: the conversation flow is broken: {error}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
