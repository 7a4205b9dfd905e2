"""A note kept in the words the person typed. Some readers put a line in other words before it is
read ("take the gallbladder out" -> "take out the gallbladder", "None po" -> "None"); a note cut
from that line is mapped back to the same stretch of the line as typed, so the plan quotes the
person, not the reader."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

_CLAUSE_END = re.compile(r"[,.;!?]")


def _words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9']+", text.lower()))


def note_as_typed(note: str, line: str, typed: str) -> str:
    """`note` as found in `line` (the line as read), put back as the same stretch of `typed`."""
    if not note or line == typed or note.lower() in typed.lower():
        return note
    start = line.lower().find(note.lower())
    if start < 0:
        return note
    end = start + len(note)
    blocks = SequenceMatcher(None, line.lower(), typed.lower(), autojunk=False).get_matching_blocks()

    def mapped(pos: int, at_end: bool) -> int | None:
        for a, b, size in blocks:
            if a <= pos < a + size or (at_end and a < pos <= a + size):
                return b + (pos - a)
        return None

    first, last = mapped(start, False), mapped(end, True)
    if start == 0:
        first = 0
    if first is not None and last is not None and not _words(note) <= _words(typed[first:last]):
        # A word the reader moved ("take his tonsils out" read as "take out his tonsils") lies past the
        # stretch: it runs to the end of the clause typed, so the note keeps it.
        mark = _CLAUSE_END.search(typed, last)
        last = mark.start() if mark else len(typed)
    if first is None or last is None or last <= first:
        return note
    return typed[first:last].strip(" ,.;") or note
