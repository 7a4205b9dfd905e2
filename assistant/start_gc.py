"""No search for reference cycles while the program starts; collection resumes after it.

A start builds tens of thousands of objects (modules, the flow, the red-flag tables, the lexicon,
compiled templates) and keeps every one of them to the end. Python's collector, which runs every
few hundred new objects, walks them again and again while they are made and frees next to
nothing: about a tenth of a plain `quit` run. So the command (`second-opinion`, `python -m
assistant`) holds collection from its first line (`hold`), and lets it go (`release`) once the
start is over: in plain mode after the first line is answered (the tables and the understanding of
answers are loaded by then), in the window before it opens, for other commands before they run.

`release` first moves everything made so far to the permanent generation (`gc.freeze`), so later
collections walk only what the conversation itself makes. Memory is still freed as usual when an
object's last reference goes (reference counts do not depend on the collector); only cycles made
during the start stay, and the start makes next to none. Nothing here runs unless `hold` was
called: a test or a program that calls `run_plain` or `main` itself keeps its own collector as it is.
"""

from __future__ import annotations

import gc

_held = False


def hold() -> None:
    """Stop the cyclic collector until `release` (if it is running; otherwise nothing changes)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Let the collector run again, with what exists now kept out of its way; only if `hold` stopped it."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def held() -> bool:
    return _held
