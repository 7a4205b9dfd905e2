"""A pick said with what it is not: "a general surgeon, not HPB", "general ortho, not a sarcoma person",
"a rare kind, not regular parkinsons". The part after "not" names nothing at the question; it only
sets the pick against something else, so it is part of the pick, not one more answer to ask about.

Only a short "not" + noun phrase right after a pick: never a doubt or a degree ("not sure", "not
really", "not yet"), never a number ("not 5": exclusions.py), never a clause with a verb ("not
covered", "not working", "not a thing they do"), and never at the safety questions.
"""

from __future__ import annotations

from .lexicon import fold
from .phrase_files import PhraseFile

_WORDS = PhraseFile("contrast.yaml")  # the words of its checks, read once


def contrast(part: str, spec=None, lex=None, picked=()) -> bool:
    """ "not a sarcoma person", "not hpb": a short thing the pick before is set against. Never a word of
    the question's own choices ("i know the risks, not the benefits": part of a pick taken back; asked),
    unless a choice picked is itself said with "not" ("My doctor is not a specialist": "a general
    surgeon, not a breast oncologist" says it again)."""
    words = [w for w in part.split() if w not in (",", ".", "!", ")", "(")]
    if len(words) < 2 or words[0] != "not" or len(words) > 5:
        return False
    rest = words[1:]
    if spec is not None and lex is not None and {fold(w) for w in rest} & _own_words(spec, lex) \
            and not any(" not " in f" {c.label.lower()} " for c in spec.choices if c.id in picked):
        return False
    said = set(rest)
    return not (_WORDS.words("not_a_thing") & said) and not (_WORDS.words("verbs") & said) and not any(w.isdigit() for w in rest) \
        and all(w.replace("-", "").isalnum() for w in rest)


_SMALL = frozenset({"a", "an", "the", "my", "his", "her", "their", "our", "one", "ones", "kind", "type", "sort"})


def _own_words(spec, lex) -> frozenset[str]:
    """The words the question's choices are read from (their names and lay words), small words aside."""
    from .matching import phrase_index

    return frozenset(fold(w) for phrase, _, _ in phrase_index(spec, lex) for w in phrase) - _SMALL
