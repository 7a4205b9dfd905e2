"""'no one' as who does something, never the "no" of None of these (helper u22a).

"no one takes me seriously" at "Which of these fit?" and "A few more things ..." stored None of these: the lexicon's
"no" at the start of the line was read as the answer. A "no" just before "one" and a word that is not of
`still_none` ("no one of these", "no one fits") is no "no"; the rest of the line is read as usual (and asked about
when it names no choice). Only at the pick-several questions, and only when the line names no choice else (the
choice named leads, as before: "no one will tell me which" beside the options). Words: dialogues/no_one_subject.yaml.
"""

from __future__ import annotations

from .phrase_files import PhraseFile

_WORDS = PhraseFile("no_one_subject.yaml")


def no_one_subject(toks: list[str], hits: list, spec) -> list:
    """The hits without a None of these that is only the "no" of "no one" doing something, when nothing else is named."""
    if not spec.multi or any(h.choice != spec.none_choice for h in hits):
        return hits  # "four options ... and no one will tell me which": the choice named leads, as before
    return [h for h in hits if not _subject(toks, h)]


def _subject(toks: list[str], hit) -> bool:
    if toks[hit.start : hit.end] != ["no"] or toks[hit.end : hit.end + 1] != ["one"]:
        return False
    after = toks[hit.end + 1 : hit.end + 2]
    return bool(after) and after[0].isalpha() and after[0] not in _WORDS.words("still_none")


__all__ = ["no_one_subject"]
