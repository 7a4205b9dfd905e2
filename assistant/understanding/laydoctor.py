"""A doctor named as a person by what they treat: "the cancer lady", "the heart guy", "the bone
fella", "the kidney woman"; or by their place in the story: "the first guy", "a second fella",
"the other lady". Where the question knows "<that word> doctor" ("cancer doctor",
"heart doctor"), the person word is read as "doctor"; elsewhere nothing changes ("the lady at the
desk", "my man" stay as typed).

A second reading only, through plainer.py: a line the lexicon already reads is never changed.
"""

from __future__ import annotations

from .lexicon import Lexicon

# Words for a person that people use for a doctor they know by what the doctor treats.
PERSON_WORDS = frozenset({"lady", "guy", "man", "woman", "fella", "fellow", "gal", "bloke", "chap", "person", "dude", "lad", "doc",
                          "ladies", "guys", "men", "women", "fellas", "people", "folks", "docs"})
_PLACES = frozenset({"first", "second", "third", "fourth", "fifth", "1st", "2nd", "3rd", "4th", "5th", "other", "another", "new", "next"})
# "my man", "our guy", "the lady": a person said with whose they are, no doctor named.
_OWNERS = frozenset({"my", "our", "your", "his", "her", "their", "the", "a", "an", "this", "that", "some", "any", "regular", "own"})
_PLURAL = {"ladies", "guys", "men", "women", "fellas", "people", "folks", "docs"}


def as_doctor(words: list[str], spec, lex: Lexicon) -> list[str]:
    """The words with a person word after a known "<word> doctor" read as "doctor"."""
    if not PERSON_WORDS & set(words):
        return words
    from .matching import phrase_index

    known = {phrase[0] for phrase, _, _ in phrase_index(spec, lex) if len(phrase) == 2 and phrase[1] in ("doctor", "doctors")} - _OWNERS
    if any(len(phrase) >= 2 and phrase[-1] in ("doctor", "doctors") and phrase[-2] in _PLACES for phrase, _, _ in phrase_index(spec, lex)):
        known |= _PLACES  # the question counts doctors ("a second doctor"): "a second guy" is one
    out = list(words)
    for k in range(1, len(out)):
        if out[k] in PERSON_WORDS and out[k - 1] in known:
            out[k] = "doctors" if out[k] in _PLURAL else "doctor"
    return out
