"""A decision typed after a doubt of its own: "idk exactly. my gyno says its just bad periods and I
should go on the pill", "not sure really - whether to have the surgery". The doubt opens the line
and ends at a mark; the decision is what follows. The plan's "The decision:" keeps the rest as
typed, without the opening "idk" (the doubt about the words is no part of the decision)."""

from __future__ import annotations

import re

from .asking import whole
from .lexicon import Lexicon
from .text import tokens

# Words that only soften the doubt before the mark: "idk exactly", "not sure honestly".
_SOFT = frozenset({"exactly", "really", "honestly", "tbh", "yet", "tho", "though", "lol", "um", "uh", "hmm", "well", "so", "totally",
                   "entirely", "haha", "ok", "okay"})
_MARK = re.compile(r"[.;:!,]+\s+|\s+-+\s+|\s*\.\.\.+\s*")
_MIN_REST = 3  # words left after the doubt: fewer, and the line is kept whole


def without_leading_doubt(text: str, lex: Lexicon) -> str | None:
    """The text after an opening "idk" / "not sure" fragment, as typed; None when there is none."""
    mark = _MARK.search(text)
    if mark is None or mark.start() == 0:
        return None
    head, rest = text[: mark.start()], text[mark.end() :].strip()
    said = [t for t in tokens(head) if t not in _SOFT]
    if not said or not whole(said, lex.not_sure, lex) or len(tokens(rest)) < _MIN_REST:
        return None
    return rest
