"""A decision typed after a doubt of its own: "idk exactly. my gyno says its just bad periods and I
should go on the pill", "not sure really - whether to have the surgery". The doubt opens the line
and ends at a mark; the decision is what follows. The plan's "The decision:" keeps the rest as
typed, without the opening "idk" (the doubt about the words is no part of the decision).

So are the sounds and fillers that open a line ("umm", "well,", "ok so basically", "i mean like")
and a doubt added at its end ("whether to have surgery idk", "..., i guess", "... lol idk"): what is
left is the decision as typed."""

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
# Sounds and fillers that open a line before what is said: "umm", "well,", "ok so basically", "i mean like".
_OPENING = re.compile(r"^(?:\s*(?:u+m+|u+h+|h+m+|e+r+m*|well|ok(?:ay)?|so(?=\s*[,.!:;]|\s+(?:basically|whether|which|if|should|i mean)\b)|basically|i mean(?: like)?|oh|alright|yeah|yea|ya)[\s,.!:;]+)+", re.I)
# A doubt added at the end, after what is said: "idk", ", i guess", "lol idk", "i dont really know", "this we dont know"
# (a wife's learner's English, a lead's walk 2026-12-07: "Got it: operation or chemo first, this we."). ("..., not
# sure" is left: it may be the doubt the decision is about.)
_CLOSING = re.compile(r"[\s,.;:!-]+(?:(?:lol|haha|idk|dunno|i guess|i think|i suppose|(?:(?:this|that|which) )?(?:(?:i|we) )?(?:really )?(?:don'?t|do not) (?:really )?know|"
                      r"exactly|really|honestly|tbh|tho|though|anyway|or something)\b[\s,.!?]*)+$", re.I)
_DOUBTS = re.compile(r"\b(?:idk|dunno|i guess|i think|i suppose|(?:don'?t|do not) (?:really )?know|or something)\b", re.I)


def without_leading_doubt(text: str, lex: Lexicon) -> str | None:
    """The decision without the fillers and doubts around it, as typed; None when there are none."""
    said = text
    opening = _OPENING.match(said)
    if opening and opening.end() < len(said) and _words(said[opening.end() :]) >= _MIN_REST:
        said = said[opening.end() :]
    said = _after_doubt(said, lex) or said
    closing = _CLOSING.search(said)
    if closing and _DOUBTS.search(closing.group()) and _words(said[: closing.start()]) >= _MIN_REST:
        said = said[: closing.start()]
    return said.strip() if said != text else None


def _words(text: str) -> int:
    return sum(1 for t in tokens(text) if t.isalnum())


def _after_doubt(text: str, lex: Lexicon) -> str | None:
    """The text after an opening "idk" / "not sure" fragment, as typed; None when there is none."""
    mark = _MARK.search(text)
    if mark is None or mark.start() == 0:
        return None
    head, rest = text[: mark.start()], text[mark.end() :].strip()
    said = [t for t in tokens(head) if t not in _SOFT]
    if not said or not whole(said, lex.not_sure, lex) or len(tokens(rest)) < _MIN_REST:
        return None
    return rest
