"""A word said twice for weight ("still not SURE sure", "not sick sick", "really really"): said once (helper
11b12). Round 26's "I understand the options ... and I have support. still not SURE sure" was asked "You
typed 'none' ..." because "sure sure" was no phrase the reading knew. Only a word of three letters or more,
repeated with nothing but spaces between; numbers are left alone ("2 2" may be a slip worth asking)."""

from __future__ import annotations

import re

_TWICE = re.compile(r"(?<![\w'’])([A-Za-z]{3,})(\s+\1)+(?![\w'’])", re.IGNORECASE)


def said_once(line: str) -> str | None:
    """The line with each word said twice in a row said once, or None (unchanged)."""
    out = _TWICE.sub(lambda m: m.group(1), line)
    return out if out != line else None


__all__ = ["said_once"]
