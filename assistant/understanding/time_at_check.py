"""A time typed at "Is that the decision?" (tried in the window: "its for my husband ... a bypass",
then "in 3 weeks i think" at the check): not a new decision and not a Yes. The check stays, the time
is held with the decision offered (its note), and the deadline question offers it back
(carry.deadline_offer reads the note)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

from .carry import _coming
from .lexicon import Lexicon
from .reading import Reading
from .text import clean, tokens

FILE = "time_at_check.yaml"


@cache
def _around() -> frozenset[str]:
    """Words that may stand beside the time without making the line a decision ("about", "i think"): data in
    dialogues/time_at_check.yaml (lo10: they were a list in this module)."""
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file(FILE)
    words = raw.get("around") if isinstance(raw, dict) else None
    if not isinstance(words, list) or any(not isinstance(w, str) for w in words):
        raise LexiconError(f"dialogues/{FILE}: needs a list 'around' of words (quote on, no, yes: YAML reads them as true or false)")
    return frozenset(w.lower() for w in words)


def time_only(line: str, lex: Lexicon, today: date | None) -> str | None:
    """The time said when `line` holds a time to come and nothing more than fillers and hedges
    ("in 3 weeks i think", "by jan 10", "next month prob"); None otherwise."""
    if today is None:
        return None
    phrases = _coming(line, lex, today)
    if len(phrases) != 1:
        return None
    said = set(tokens(clean(phrases[0])))
    rest = [t for t in tokens(clean(line)) if t not in said and t not in _around() and t not in lex.fillers
            and any(ch.isalnum() for ch in t)]
    return phrases[0] if not rest else None


def held_with(decision: Reading, phrase: str) -> Reading:
    """The decision offered, now holding the time said at its check (shown back at the deadline question)."""
    note = decision.note.strip() if isinstance(decision.note, str) else ""
    return replace(decision, note=f"{note} {phrase}".strip() if phrase not in note else note)


def said_back(phrase: str, quote) -> str:
    return f'I kept "{quote(phrase)}" for when the choice must be made. First, about the decision:'
