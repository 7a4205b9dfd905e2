"""A vague tail on what was just said: "the ultrasound was blurry or something", "the TURBT or
whatever they call it", "tests and stuff". The tail says the words before it are near enough; it
names nothing of its own, so it is no part to ask about ("What did you mean by 'something'?").

The tail is cut only at the end of a clause (before a comma, a stop or the end of the line), and
only in these shapes: "or something", "or something like that", "or whatever (they call it)",
"or anything (like that)", "and stuff", "and all that", "and so on". "or something else" and "or
so" (an amount: "3 weeks or so") stay. The words before the tail are read as they are: a part that
was unclear ("the TURBT") is still asked about.
"""

from __future__ import annotations

import re

_OR = (r"or\s+(?:something|smth|sth|whatever|anything)"
       r"(?:\s+(?:like\s+(?:that|this)|of\s+the\s+sort|(?:they|you|u|she|he)\s+(?:call|calls|called)\s+(?:it|them|that)))?")
_AND = r"and\s+(?:stuff|all\s+that|so\s+on|so\s+forth|the\s+like|what\s*not|whatnot)"
_END = r"(?=\s*(?:[,.;!]|$))"
_TAIL = re.compile(rf"\s+(?:{_OR}|{_AND}){_END}", re.IGNORECASE)
_OR_TAIL = re.compile(rf"\s+{_OR}{_END}", re.IGNORECASE)


def without_vague_tail(line: str, multi: bool = False) -> str | None:
    """The line with its vague tails cut; None when it has none (or is nothing but one). Where more
    than one choice may be picked, "and stuff" may be more things: only the "or ..." tails are cut."""
    new = (_OR_TAIL if multi else _TAIL).sub("", line)
    return new if new != line and new.strip(" ,.;!") else None
