"""A pick-any answer written as a checklist (helper 11b9, round 23): a heading, a mark, a verdict.

"Support: check. Knowledge: check, I've read every paper. Sure: hah." - "I have support, my mum,
my sister, but sure? no" - "Sure? No way. Pros and cons? Yes." Each heading is a choice's word (or
any word) followed by ":" or "?" and a verdict. Before, "no" was read as "none" beside the picks and
the line was asked again ("You typed 'none', and also words that fit ..."), and "hah" or "check" left
the line unclear. A heading said to hold stays as its word; a heading said not to hold is taken out,
with its verdict, so it is never picked. The line so rewritten is read again.

Read first, before the other rewrites (rewritten.py: "sure: hah" would otherwise pick "sure"); only at
pick-any questions, never at the red-flag and urgent questions. Words and
marks are data (dialogues/verdicts.yaml).
"""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file


@cache
def _patterns():
    d = read_words_file("verdicts.yaml") or {}
    alt = lambda words: "|".join(re.escape(str(w)) for w in sorted(map(str, words), key=len, reverse=True))  # noqa: E731
    marks = alt(d.get("marks", ()))
    head = r"(?P<head>\b[a-z][a-z']*(?: [a-z][a-z']*)?)"
    tail = r"(?=\s*(?:[.,;!]|$|\s(?:and|but|so|the|i|im|ive)\b))"
    holds = re.compile(head + r"\s*(?:" + marks + r")\s*(?:" + alt(d.get("holds", ())) + r")\b" + tail, re.IGNORECASE)
    fails = re.compile(head + r"\s*(?:" + marks + r")\s*(?:" + alt(d.get("fails", ())) + r")\b" + tail + r"[.!]*", re.IGNORECASE)
    return holds, fails


def checklist(line: str, spec) -> str | None:
    """The line with each heading's verdict applied, or None when it has no heading and verdict."""
    if spec.ask != "multi" or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return None
    holds, fails = _patterns()
    text = fails.sub("", line)
    text = holds.sub(lambda m: m.group("head"), text)
    if text == line:
        return None
    text = re.sub(r"\s*,?\s*\b(?:but|and)\s*[,.;!]*\s*$", "", text.strip())  # "..., but" left at the end
    return text.strip(" ,;-—") or None
