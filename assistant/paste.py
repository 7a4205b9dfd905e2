"""A paste read as one answer in plain mode at a terminal (helper ut16).

A paste of several lines used to be cut: the lines that came whole went to this question, and the last one (a paste
seldom ends with Enter) waited in the terminal until the person pressed Enter, and went to the next question.

- Bracketed paste: at a terminal, plain mode asks for it (ESC[?2004h; ESC[?2004l when it ends). A terminal that knows
  it wraps a paste in ESC[200~ ... ESC[201~, and everything between the two marks is one answer, sent with the Enter
  that follows (as typing is): never cut, never reordered. The marks are taken out; text typed before or after the
  paste on the same line stays where it was.
- Without it (a terminal that does not know the marks): lines that arrive together are one answer, and when they came
  as a paste, the line still being edited (the paste's last one, without its Enter) is taken too, once the person
  presses Enter: it is read from the terminal's edit buffer, so it never waits for the next question.

Only at a terminal: a pipe or a file gives one answer a line, as scripts expect (but marks in a pipe are still taken
out, and a marked paste is still one answer)."""

from __future__ import annotations

import os
import select
from typing import TextIO

START = "\x1b[200~"
END = "\x1b[201~"
ON = "\x1b[?2004h"
OFF = "\x1b[?2004l"


def marked(line: str) -> bool:
    return START in line


def read_marked(stdin: TextIO, line: str) -> str:
    """From the line with ESC[200~ to the line with its ESC[201~ (and the rest of that line, up to Enter): one answer."""
    parts = [line]
    while _open(parts):
        more = stdin.readline()
        if not more:
            break
        parts.append(more)
    text = "".join(parts).replace(START, "").replace(END, "")
    return _joined(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")) + ("\n" if text.endswith(("\n", "\r")) else "")


def _open(parts: list[str]) -> bool:
    """A paste started and not yet ended, or ended without the Enter that sends it."""
    text = "".join(parts)
    return text.count(START) > text.count(END)


def _joined(lines: list[str]) -> str:
    return "\n".join(line.rstrip("\r") for line in lines if line.strip())


def ready(stdin: TextIO, wait: float) -> bool:
    try:
        return bool(select.select([stdin], [], [], wait)[0])
    except (OSError, ValueError, TypeError, AttributeError):
        return False


def unsent_part(stdin: TextIO) -> str:
    """The line still being edited at the terminal (typed or pasted, no Enter yet): taken out of the terminal's edit
    buffer, or "" when there is none or it cannot be read (not a terminal, no termios)."""
    try:
        import termios

        fd = stdin.fileno()
        old = termios.tcgetattr(fd)
    except (ImportError, OSError, ValueError, AttributeError, TypeError):
        return ""
    if not old[3] & termios.ICANON:
        return ""
    new = list(old)
    new[3] = old[3] & ~termios.ICANON  # out of line mode for a moment: what is in the edit buffer can be read
    new[6] = list(old[6])
    new[6][termios.VMIN] = 0
    new[6][termios.VTIME] = 0
    got = b""
    try:
        termios.tcsetattr(fd, termios.TCSANOW, new)
        while True:
            chunk = os.read(fd, 4096)
            if not chunk:
                break
            got += chunk
    except OSError:
        pass
    finally:
        termios.tcsetattr(fd, termios.TCSANOW, old)
    return got.decode(getattr(stdin, "encoding", None) or "utf-8", errors="replace")


def rest_of_paste(stdin: TextIO) -> str:
    """After lines that came together (a paste without marks): its last line, still in the edit buffer, with what is
    typed after it up to Enter; "" when nothing is left there (the paste ended with Enter)."""
    part = unsent_part(stdin)
    if not part:
        return ""
    if START in part and END not in part:  # a marked paste began right after: read it to its end as one
        part = read_marked(stdin, part)
    elif not part.endswith(("\n", "\r")):
        part += stdin.readline()  # the Enter that sends it (and any words typed before it)
    return part


def wanted() -> bool:
    """Whether to ask the terminal for marks. Not by default (lead, twenty-third session): in line mode the terminal
    itself echoes the marks, so every paste showed as "> ^[[200~its for my mum^[[201~"; the edit-buffer fallback
    keeps a paste whole without them. SECOND_OPINION_PASTE_MARKS=1 asks for them (never on a "dumb" terminal, which
    would show the request as text)."""
    return os.environ.get("SECOND_OPINION_PASTE_MARKS") == "1" and os.environ.get("TERM", "") not in ("", "dumb")


def switch(out: TextIO, on: bool) -> None:
    """Ask the terminal to mark pastes (on), or to stop (off)."""
    try:
        out.write(ON if on else OFF)
        out.flush()
    except (OSError, ValueError):
        pass
