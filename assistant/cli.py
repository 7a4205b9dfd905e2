"""The `second-opinion` command line.

Each subcommand's work lives in its own module, imported only when that subcommand runs,
so `chat --plain` never pays for Textual and `list` never pays for the engine.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from . import __version__, start_gc
from .errors import FlowError, UserError  # not from .flow: `--version` must not load the flow
from .visible import visible


class _Parser(argparse.ArgumentParser):
    """argparse, but a bad option's value is echoed without acting on the terminal."""

    def _print_message(self, message: str, file=None) -> None:
        super()._print_message(visible(message), file)

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
    "serve": "assistant.serve.server:run_serve",
    "letter": "assistant.kit.commands:run_letter",
    "log": "assistant.kit.commands:run_log",
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


def _add_conversation_choice(parser: argparse.ArgumentParser, many: bool = False, optional: bool = False) -> None:
    """A saved conversation by id (or its start), by file, or --last, like `resume`."""
    group = parser.add_mutually_exclusive_group(required=not optional)
    if many:
        group.add_argument("files", nargs="*", default=[], metavar="ID|FILE", help="conversation ids (see 'list') or transcript files")
    else:
        group.add_argument("file", nargs="?", metavar="ID|FILE", help="the conversation id (see 'list'; its start is enough) or a transcript file")
    group.add_argument("--last", action="store_true", help="the most recent conversation")


def _add_country_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--country", metavar="CODE",
                        help="which emergency, crisis and poison numbers to give: US, CA, UK, IE, AU, NZ or EU (112); saved for next time (default US)")


def _save_country(args: argparse.Namespace) -> None:
    """--country given: check it and save it as the setting for next time."""
    if getattr(args, "country", None):
        from .safety.numbers import save_country, use_country

        args.country = use_country(args.country)  # a bad code: one line naming the accepted ones, exit 2
        try:
            save_country(args.country)
        except OSError as error:  # this run still uses it
            print(f"second-opinion: could not save the country for next time ({error.strerror or error})", file=sys.stderr)


class _Unbuilt:
    """Stands in for the parser of a command that is not being run: nothing is built for it."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: self


class _OnlyOne:
    """The subcommands, with only `name`'s parser built (each costs an ArgumentParser: about
    a fifth of a `quit` run's own time, all of them together)."""

    def __init__(self, sub, name: str) -> None:
        self.sub, self.name = sub, name

    def add_parser(self, name: str, **kwargs):
        return self.sub.add_parser(name, **kwargs) if name == self.name else _Unbuilt()


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or (`only`) the top level and that one command."""
    parser = _Parser(
        prog="second-opinion",
        description="A private, offline guide to deciding whether, when and how to get a medical second opinion. Not medical advice.",
    )
    parser.add_argument("--version", action="version", version=f"second-opinion {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    if only is not None:
        sub = _OnlyOne(sub, only)

    chat = sub.add_parser("chat", help="start a conversation (the default)")
    _add_face_options(chat)
    _add_storage_options(chat)
    chat.add_argument("--no-save", action="store_true", help="keep nothing on disk")
    _add_country_option(chat)

    compare = sub.add_parser("compare", help="compare two opinions you already have")
    _add_face_options(compare)
    _add_storage_options(compare)
    compare.add_argument("--no-save", action="store_true", help="keep nothing on disk")
    _add_country_option(compare)

    listing = sub.add_parser("list", help="saved conversations, newest first")
    _add_storage_options(listing)

    resume = sub.add_parser("resume", help="continue a saved conversation")
    resume.add_argument("id", nargs="?", help="the conversation id (see 'list')")
    resume.add_argument("--last", action="store_true", help="the most recent conversation")
    _add_face_options(resume)
    _add_country_option(resume)
    _add_storage_options(resume)

    replay = sub.add_parser("replay", help="play a saved conversation back, or check it against today's engine")
    _add_conversation_choice(replay, many=True)
    _add_storage_options(replay)
    replay.add_argument("--verify", action="store_true", help="feed the recorded inputs to today's engine and compare every turn")
    replay.add_argument("--speed", type=float, default=1.0, help="playback speed in the UI (default 1.0)")
    replay.add_argument("--plain", action="store_true", help="print the conversation instead of playing it in the UI")

    export = sub.add_parser("export", help="the plan to print (the visit kit), from a saved conversation")
    _add_conversation_choice(export)
    _add_storage_options(export)
    export.add_argument("--format", choices=("md", "html"), help="md or html (default: html when OUT ends in .html or .htm, else md)")
    export.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    export.add_argument("--redact", action="store_true", help="leave out names and the free text you typed")
    export.add_argument("--with-conversation", action="store_true", help="add the whole conversation after the plan, on a new page")

    letter = sub.add_parser("letter", help="a letter asking a clinic for your records (in the US, under the HIPAA right of access)")
    _add_conversation_choice(letter, optional=True)
    _add_storage_options(letter)
    letter.add_argument("--to", metavar="CLINIC", help="the clinic or doctor that holds the records")
    letter.add_argument("--format", choices=("md", "html"), help="md or html (default: html when OUT ends in .html or .htm, else md)")
    letter.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    letter.add_argument("--caregiver", action="store_true", help="the version for a caregiver acting as personal representative")
    _add_country_option(letter)

    log = sub.add_parser("log", help="a private symptom log: date, severity, triggers, what helped")
    _add_storage_options(log)
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)
    log_add = log_sub.add_parser("add", help="add an entry")
    log_add.add_argument("text", metavar="TEXT", help="what happened, in your words")
    log_add.add_argument("--severity", metavar="0-10", help="how bad, 0 (none) to 10 (worst)")
    log_add.add_argument("--trigger", metavar="T", help="what seemed to set it off")
    log_add.add_argument("--helped", metavar="H", help="what helped")
    log_add.add_argument("--when", metavar="DATE", help="when it happened: YYYY-MM-DD or YYYY-MM-DD HH:MM (default: now)")
    log_add.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="where the log is kept (default: your user data folder)")
    log_list = log_sub.add_parser("list", help="every entry, oldest first")
    log_list.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="where the log is kept (default: your user data folder)")
    log_export = log_sub.add_parser("export", help="the log as a table to print")
    log_export.add_argument("--format", choices=("md", "html"), help="md or html (default: html when OUT ends in .html or .htm, else md)")
    log_export.add_argument("-o", "--output", metavar="OUT", help="write here instead of standard output")
    log_export.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="where the log is kept (default: your user data folder)")

    test = sub.add_parser("test", help="run scripted dialogues and print coverage")
    test.add_argument("paths", nargs="*", metavar="PATH")

    record = sub.add_parser("record", help="turn a saved conversation into a scripted dialogue")
    record.add_argument("transcript", metavar="TRANSCRIPT")
    record.add_argument("-o", "--output", metavar="OUT")

    serve = sub.add_parser("serve", help="the assistant on a private page in your web browser")
    serve.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    serve.add_argument("--host", help="listen on this address instead of this computer only (127.0.0.1); prints a warning")
    serve.add_argument("--no-browser", action="store_true", help="print the address but do not open a browser")
    _add_storage_options(serve)

    graph = sub.add_parser("graph", help="print the flow as a Mermaid diagram")
    graph.add_argument("--coverage", action="store_true", help="colour the diagram by what the scripts cover")
    return parser


def _is_terminal() -> bool:
    # Under `serve` (textual-serve) stdin and stdout are pipes to the browser, yet this is
    # the window, not plain mode: textual-serve names its web driver in the environment.
    if os.environ.get("TEXTUAL_DRIVER", "").startswith("textual.drivers.web_driver"):
        return True
    return sys.stdin.isatty() and sys.stdout.isatty()


def run_chat(args: argparse.Namespace) -> int:
    if getattr(args, "plain", False) or getattr(args, "jsonl", False) or not _is_terminal():
        from .plain import run_plain
        from .session import new_engine

        engine = new_engine(args)
        try:
            return run_plain(engine, jsonl=args.jsonl)  # lets the collector go after the first answer
        finally:
            getattr(engine.listener, "close", lambda: None)()  # the transcript closed now, not by the garbage collector
    from .tui.app import run_app  # imported only here: plain mode never loads Textual

    start_gc.release()
    return run_app(args)


def run_compare(args: argparse.Namespace) -> int:
    args.start_at = "compare"
    return run_chat(args)


def _handler(command: str):
    module_name, function = HANDLERS[command].split(":")
    return getattr(importlib.import_module(module_name), function)


def _format_from_output(args: argparse.Namespace) -> None:
    """`-o plan.html` writes HTML (it wrote Markdown into a .html file, which a browser shows as one
    run-on paragraph); `--format` said aloud always wins."""
    if "format" in vars(args) and args.format is None:
        output = getattr(args, "output", None) or ""
        args.format = "html" if output.lower().endswith((".html", ".htm")) else "md"


def program() -> int:
    """The `second-opinion` command: `main` with no collection while it starts (start_gc.py)."""
    import gc

    from . import regex_store

    start_gc.hold()
    argv = sys.argv[1:]
    kind = "plain" if "--plain" in argv or "--jsonl" in argv else argv[0] if argv and argv[0] in HANDLERS else "chat"
    store = regex_store.path(kind)
    try:
        regex_store.prime(store)  # the program's regexes as compiled in an earlier run (regex_store.py)
    except Exception:  # noqa: BLE001 - only a head start: they compile as usual
        pass
    code = main()
    try:
        regex_store.record(store)  # any it compiled this time, for the next run
    except Exception:  # noqa: BLE001 - kept or not, the run is over
        pass
    # Leaving: nothing of this run needs a last search for reference cycles, which at exit costs
    # about a tenth of a plain `quit` run. Files are closed (and saved answers synced) before this.
    gc.freeze()
    return code


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # `second-opinion` and `second-opinion --plain` mean `second-opinion chat ...`.
    if not argv or (argv[0] not in HANDLERS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "chat")
    args = build_parser(only=argv[0] if argv[0] in HANDLERS else None).parse_args(argv)
    _format_from_output(args)
    try:
        _save_country(args)
        handler = _handler(args.command)
        if handler not in (run_chat, run_compare):
            start_gc.release()  # chat lets it go itself, once started (start_gc.py)
        return handler(args)
    except UserError as error:
        print(f"second-opinion: {visible(str(error), newlines=False)}", file=sys.stderr)
        return error.exit_code
    except FlowError as error:
        print(f"second-opinion: the conversation flow is broken: {visible(str(error), newlines=False)}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
