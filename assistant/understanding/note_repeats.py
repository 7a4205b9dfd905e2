"""A note that only says the pick again is no note (helper ut16, the lead in the terminal: "About the signs: the procedure
one..." was kept for the plan after "the procedure one, they advised the procedure" at the signs).

At a question of several picks only (a single pick's note, cut from its line, is the reason given for it), every word of
the note is a word of a picked choice's label (not its synonyms: "operation, bypass" names which operation, and is kept
for the comparison), the number of a picked choice, or a word that only points at a choice ("one", "that", "because",
"they", "said"): nothing is left for the doctor. A number that is not a pick's ("she's 89") is news. A
note with one word more ("the procedure one (TAVI)", "2, she needs it soon") is kept whole, as before. Words are
compared by their stem (the first five letters of a long word: "advised" and "advise", "procedures" and "procedure")."""

from __future__ import annotations

from .phrase_files import PhraseFile
from .text import clean, tokens

_WORDS = PhraseFile("note_repeats.yaml")  # the words of its checks, read once


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def only_repeats(note: str, state: str, value, lex) -> bool:
    """True when every word of `note` only says the picked choice(s) again."""
    if not note or value is None:
        return False
    from ..flow import default_flow

    try:
        spec = default_flow().state(state)
    except (KeyError, ValueError):
        return False
    if spec.ask != "multi":  # a single pick's note cut from the line is its reason, unless it is one name of the pick alone
        return _names_the_pick(note, spec, value)
    picked = set(value) if isinstance(value, list) else {value}
    known: set[str] = set()
    for choice in spec.choices:
        if choice.id not in picked:
            continue
        said = [choice.label, choice.caregiver or ""]  # the label only: a synonym says more ("operation, bypass": the bypass)
        known |= {_stem(w) for text in said for w in tokens(clean(str(text))) if w.isalnum()}
    if not known:
        return False
    words = [w for w in tokens(clean(note)) if w.isalnum()]
    places = {str(n) for n, choice in enumerate(spec.choices, 1) if choice.id in picked}  # "2, the procedure one": the pick's number
    return bool(words) and all(w in places or w in _WORDS.words("pointing") or _stem(w) in known for w in words)


_BARE = frozenset({"the", "a", "an", "one", "that", "this", "it", "its", "my", "her", "his", "their", "our"})


def _names_the_pick(note: str, spec, value) -> bool:
    """ "1, the operation" at "Which of these fits best?": "the operation" is a name of the pick (its label or one of its
    synonyms), nothing more; kept, it showed "About the situation: The operation" in the plan (a lead's walk,
    2026-12-07). Only the whole name with an article: "the operation is in January" says more."""
    choice = next((c for c in spec.choices if c.id == value), None)
    if choice is None:
        return False
    words = [w for w in tokens(clean(note).lower()) if w.isalnum() and w not in _BARE]
    if not words:
        return False
    names = {tuple(w for w in tokens(clean(str(n)).lower()) if w.isalnum()) for n in [choice.label, *(choice.synonyms or ())]}
    return tuple(words) in names
