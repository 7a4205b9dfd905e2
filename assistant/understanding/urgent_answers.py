"""What a line typed at the emergency turns tells, read before it is read as a pick.

"ok i called the nurse line and they said take her to the ER so were going now" is on the way to
care: the turn says "Good - go now" and waits, and never shows the emergency block again. "were
back from the ER, its a stomach bug, shes ok now" is "A doctor has checked, and things are
stable". "it hurts now but its not worse than yesterday, they know about it" is known and
unchanged: no emergency call, but the doctor watching it today. "no i havent had any surgery ... im not bleeding right now" and "its my PERIOD, its why
im here" are a "not happening" told in the person's own words: taken as that answer, not as a
question to the assistant. Words are data (dialogues/urgent_answers.yaml). The line has been
screened for red flags before any of this is read.
"""

from __future__ import annotations

import functools
import re

FILE = "urgent_answers.yaml"
KINDS = ("seen", "going", "known_unchanged", "not_now")  # in this order: "back from the ER" is seen, though it names the ER
_NEVER = r"(?!x)x"


def _joined(patterns) -> re.Pattern:
    return re.compile("|".join(f"(?:{p})" for p in patterns or ()) or _NEVER)


class _Both:
    """A kind told only when each of its lists matches ("not worse than yesterday" and "they know about it")."""

    def __init__(self, lists: dict):
        self.parts = [_joined(patterns) for patterns in lists.values()]

    def search(self, text: str) -> bool:
        return bool(self.parts) and all(part.search(text) for part in self.parts)


@functools.lru_cache(maxsize=1)
def _patterns() -> dict:
    from .datafile import read_words_file

    data = read_words_file(FILE) or {}
    return {kind: _Both(data[kind]) if isinstance(data.get(kind), dict) else _joined(data.get(kind)) for kind in (*KINDS, "past")}


def said(line: str) -> str:
    """The line as the patterns read it: lower case, apostrophes gone, one space between words."""
    text = line.lower().replace("’", "").replace("'", "").replace("‘", "")
    text = re.sub(r"[^\w&?!.,;:/ -]+", " ", text)
    return " ".join(text.split())


def told(line: str) -> str | None:
    """"seen", "going", "known_unchanged", "not_now", or None when the line tells none of them."""
    text = said(line)
    past = _patterns()["past"].search(text)
    for kind in KINDS:
        if past and kind in ("seen", "going"):
            continue  # "he had that a while ago and they checked him": not seen now
        if _patterns()[kind].search(text):
            return kind
    return None


def explains_not_now(line: str) -> bool:
    """A "no" given with words that deny the premise or name the known condition."""
    return bool(_patterns()["not_now"].search(said(line)))


_LEADING_NUMBER = re.compile(r"^\s*(\d)(?:\s*[.):,-]|\s+(?=[a-z]))", re.IGNORECASE)


def leading_number(line: str) -> int | None:
    """"2. omg. this is the third time": the pick typed first, with words after it."""
    match = _LEADING_NUMBER.match(line)
    return int(match.group(1)) if match else None
