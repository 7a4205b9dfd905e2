"""Text that is safe to print to a terminal: nothing in it acts on the terminal.

Typed text and saved files may hold escape sequences (ESC, BEL, NUL, C1 controls such as CSI
\\x9b and NEL \\x85) and invisible format characters (bidi overrides) that would clear the
screen, retitle the window or reorder what is shown. `visible` shows each of them as an
escape a person can read (\\x1b, \\u202e), so the words around them stay and nothing acts.
"""

from __future__ import annotations

import unicodedata


def _escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def visible(text: str, *, newlines: bool = True) -> str:
    """`text` with every control and invisible format character made visible; spaces, tabs and
    (unless newlines=False, for one-line messages) newlines are kept."""
    text = str(text)
    if text.isprintable():
        return text
    keep = "\n\t" if newlines else "\t"
    out = []
    for ch in text:
        if ch.isprintable() or ch in keep or unicodedata.category(ch) == "Zs":
            out.append(ch)
        else:
            out.append(_escape(ch))
    return "".join(out)
