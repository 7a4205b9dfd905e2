"""Two answers that must never be stored as they stand (a user trial, 2026-12-04).

- At "Is any of this happening right now?", a line that asks whether something is an emergency
  ("none. she threw up again this morning tho, is that an emergency?") was stored as "None of
  these" and the question was lost. A person asking that is worried now: the reply says what to do
  when worried (the emergency number, or the doctor's office today when it is new or getting
  worse, as the timing step says), and the list is asked again. Nothing is stored.
- At a question with one answer, a line of several bare numbers ("3, 5, 6 and 9", typed ahead
  while a Yes/No was on screen) was stored as its first number. Several numbers are never one
  choice: the person is asked to pick one.
"""

from __future__ import annotations

import re

from .text import tokens

# A question about how urgent or serious something is, said at the danger-sign lists.
_WORRIED = re.compile(
    r"\b(?:an? emergency|emergency\?|serious|dangerous|danger|worr(?:y|ied)|concern(?:ed|ing)?|normal|"
    r"bad sign|is (?:that|this|it) bad|ok(?:ay)?\?|go to (?:the )?(?:er|hospital|emergency)|"
    r"take (?:her|him|them|my \w+) (?:to|in)|call (?:911|999|112|000|111|an ambulance|the doctor)|urgent)\b")
_ASKS = re.compile(r"\?|\b(?:should (?:i|we)|do (?:i|we) need to|is (?:that|this|it)|does (?:that|this)|can (?:that|this))\b")

_SEPARATORS = {",", ".", ";", "&", "+", "/", "!", "and", "or", "n", "then"}


def worried_question(line: str) -> bool:
    """A question about whether what is happening is urgent ("is that an emergency?", "should i
    worry about the vomiting"), wherever it is in the line."""
    said = line.lower()
    return bool(_ASKS.search(said) and _WORRIED.search(said))


def worried_reply(emergency: str, office: str = "the doctor's office") -> str:
    return (f"I cannot tell from here if this is an emergency. If you are worried right now, call {emergency}. "
            f"If it is new or getting worse, call {office} today. A second opinion should never delay that. "
            "Then tell me: is any of these happening now?")


# At "Is this happening now?": a part of a yes ("kinda, a lil bit, it comes and goes"). Never stored
# (the corpus labellers ask about these), never "I did not understand" either (a user trial): the
# not-sure reply, which says to treat it as happening now.
_PARTIAL_YES = re.compile(r"\b(?:kinda|kind of|sorta|sort of|a (?:little|lil)(?: bit)?|a bit|somewhat|partly|comes and goes|"
                          r"on and off|off and on|now and then|sometimes|maybe|probably|i think so|think so)\b")


def partial_yes(line: str) -> bool:
    return bool(_PARTIAL_YES.search(line.lower()))


def several_numbers(line: str) -> bool:
    """Two or more bare numbers and nothing else: "3, 5", "3 5 6", "3, 5, 6 and 9"."""
    words = [t for t in tokens(line) if t not in _SEPARATORS]
    return len(words) >= 2 and all(t.isdigit() for t in words)
