"""Plain line mode: the conversation on stdin/stdout, for pipes, scripts and screen readers.

No colour, no box drawing, and no Textual import. With `jsonl=True` each assistant turn is
one JSON object on one line, flushed at once. The first turn is written before any input;
after that, exactly one turn per input line. End of input ends the conversation quietly.
"""

from __future__ import annotations

import json
import re
import select
import shutil
import sys
import textwrap
from collections.abc import Callable
from typing import TextIO

from . import paste, start_gc, warmup
from .engine import Engine, Turn


def format_turn(turn: Turn) -> str:
    """A turn as plain text: urgent turns say so first, choices are numbered."""
    lines = []
    if turn.urgent:
        lines.append("URGENT:")
    lines.append(turn.text)
    if turn.choices:
        lines.append("")
        kept = set(getattr(turn, "kept", ()))  # picks kept from a partly understood answer
        lines.extend(f"  {i}. {label}" + (" (kept)" if i in kept else "") for i, label in enumerate(turn.choices, 1))
        if turn.multi:
            lines.append("(You can pick more than one: type numbers like 1, 3.)")
    elif turn.suggestions and not turn.free_text:
        several = len(turn.suggestions) > 1  # the end: "Quit" or "Start again", never "go on"
        lines.append(f"(Type {' or '.join(repr(s.lower()) for s in turn.suggestions)}.)" if several else "(Press Enter to go on.)")
    return "\n".join(lines)


def wrap(text: str, width: int) -> str:
    """Lines cut at spaces to fit `width` (a terminal would cut words in two); a list item's
    next lines line up under its text."""
    lines = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        lead = re.match(r"\s*(?:(?:[-*]|\d+\.)(?:\s\[[ x]\])?\s+)?", line).group(0)
        lines.extend(textwrap.wrap(line, width=width, subsequent_indent=" " * len(lead), break_on_hyphens=False) or [line])
    return "\n".join(lines)


def write_turn(turn: Turn, out: TextIO, jsonl: bool, width: int | None = None) -> None:
    if jsonl:
        out.write(json.dumps(turn.to_json(), ensure_ascii=False) + "\n")
    else:
        text = format_turn(turn)
        out.write((wrap(text, width) if width else text) + "\n\n")
    out.flush()


def _warn_once(engine: Engine, warned: bool) -> bool:
    """Say once, on stderr, that saving stopped; the conversation itself goes on."""
    if engine.save_problem and not warned:
        from .visible import visible

        print(f"second-opinion: {visible(engine.save_problem, newlines=False)}. The conversation goes on, but is no longer saved.", file=sys.stderr)
        return True
    return warned


def _input_waiting(stdin: TextIO) -> bool:
    """True when a line can be read at once (a pipe or file already holds it); False when
    the program would wait for the user, or it cannot tell."""
    try:
        return bool(select.select([stdin], [], [], 0)[0])
    except (OSError, ValueError, TypeError, AttributeError):  # no file descriptor (e.g. StringIO)
        return False


def read_answer(stdin: TextIO, interactive: bool, wait: float = 0.01) -> str:
    """One answer: a line, and at a terminal every further line that came with it (a paste of several lines, like a
    timeline, is one answer; whole journeys, helper ut14). Typed lines come one Enter at a time, so they never join;
    a pipe or a file gives one answer a line, as scripts expect. A paste is in the terminal's buffer when its first line
    is read, so a short `wait` (10 ms) finds the rest without slowing each typed answer. A bracketed paste (ESC[200~ ...
    ESC[201~) is one answer to its end; without the marks, the paste's last line, still in the terminal's edit buffer,
    is taken with it once Enter is pressed, never left for the next question (paste.py, helper ut16)."""
    line = stdin.readline()
    if paste.marked(line):
        return paste.read_marked(stdin, line)
    if not interactive or not line.endswith("\n"):
        return line
    parts = [line.rstrip("\r\n")]
    while paste.ready(stdin, wait):
        more = stdin.readline()
        if not more:
            break
        if paste.marked(more):
            more = paste.read_marked(stdin, more)
        parts.append(more.rstrip("\r\n"))
    if len(parts) > 1 and (rest := paste.rest_of_paste(stdin)):
        parts.extend(rest.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n"))
    return "\n".join(p for p in parts if p.strip()) + "\n"


def run_plain(
    engine: Engine,
    *,
    jsonl: bool = False,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    first_turn: Turn | None = None,
    warm_up: Callable[[], None] | None = warmup.get_screening_ready,
) -> int:
    """Hold a conversation until end of input or `quit`. Returns the exit code.

    `warm_up`: run in the background while waiting for the first line (see warmup.py); not
    when the line is already there (it would only compete with screening that line)."""
    if stdin is None:
        stdin = sys.stdin
        # Under a UTF-8 locale Python reads stdin strictly: one bad byte (a pasted fragment, a
        # terminal in another encoding) would end the conversation with a traceback. Read it
        # with U+FFFD instead, answer it and save it (under the C locale Python would make it
        # surrogates, which the engine turns into "?": U+FFFD says more).
        if hasattr(stdin, "reconfigure") and stdin.errors in ("strict", "surrogateescape"):
            stdin.reconfigure(errors="replace")
    stdout = stdout or sys.stdout
    interactive = not jsonl and stdin.isatty() and stdout.isatty()
    # At a terminal, lines are cut at spaces to its width; a pipe gets each paragraph on one line.
    width = max(20, shutil.get_terminal_size().columns - 1) if not jsonl and stdout.isatty() else None
    write_turn(first_turn or engine.start(), stdout, jsonl, width)
    if warm_up is not None and not engine.finished and not _input_waiting(stdin):
        warmup.start(warm_up)
    warned = _warn_once(engine, False)
    marks = interactive and paste.wanted()
    if marks:
        paste.switch(stdout, True)  # the terminal marks a paste, so that all of it is one answer (paste.py)
    try:
        while not engine.finished:
            if interactive:
                stdout.write("> ")
                stdout.flush()
            line = read_answer(stdin, interactive)
            if not line:  # end of input
                break
            write_turn(engine.respond(line.rstrip("\r\n")), stdout, jsonl, width)
            start_gc.release()  # started: the first answer loaded what every later one uses
            warned = _warn_once(engine, warned)
    except KeyboardInterrupt:
        stdout.write("\n")
        return 130
    finally:
        if marks:
            paste.switch(stdout, False)
    if not jsonl and engine.state == engine.flow.final:
        from .transcripts.store import folder_hint

        hint = folder_hint(getattr(engine.listener, "path", None))
        if hint:  # not part of the saved turn: where the file is kept is this run's, not the conversation's
            stdout.write((wrap(hint, width) if width else hint) + "\n\n")
    return 0
