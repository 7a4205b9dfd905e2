"""A doctor said not to be of the field that matters: "my doc is not a hip person", "the nursing
home doctor isn't a GI or anything", "she's not an oncologist", "he's no spine guy". Where the
question knows "not a specialist" (signs_more: "the doctor is not a specialist in this"), the
field said in any words (a body part, a specialty, its short form) with a person word after it, or
a specialty alone after "isn't a", is read as "not a specialist".

A second reading only, through plainer.py (a line the lexicon already reads is never changed), and
only at a question that has the phrase "not a specialist": elsewhere nothing changes ("not a
surgeon" at the comparison's "what kind of doctor", "not a doctor" anywhere).
"""

from __future__ import annotations

from .laydoctor import PERSON_WORDS
from .lexicon import Lexicon

_NOT = frozenset({"not", "isnt", "arent", "wasnt", "no", "aint", "never"})
_ARTICLES = frozenset({"a", "an", "the", "any", "really", "even", "like"})
# A person word that says the doctor's field when a field word stands before it.
_HEADS = PERSON_WORDS | frozenset({"doctor", "doctors", "dr", "expert", "experts", "specialists"})
# Short forms and plain words people use for a specialty ("a GI", "an ortho", "an ENT").
_SHORT = frozenset({"gi", "ent", "ortho", "neuro", "cardio", "onc", "onco", "derm", "uro", "rheum", "rheumy", "endo", "nephro",
                    "pulm", "heme", "hem", "gyn", "gyno", "obgyn", "ob", "psych", "spine", "hand", "foot", "sports"})
# Never a field: "not a real doctor", "not a good guy", "not a surgeon" is another question (compare_two_field).
_NOT_FIELD = frozenset({"real", "good", "bad", "nice", "great", "proper", "big", "young", "old", "new", "surgeon", "general", "family",
                        "regular", "normal", "very", "people", "nurse", "the", "a", "an", "my", "his", "her", "our", "their"})


def _knows(spec, lex: Lexicon) -> bool:
    from .matching import phrase_index

    return any(phrase == ("not", "a", "specialist") for phrase, _, _ in phrase_index(spec, lex))


def _specialty(word: str, lex: Lexicon) -> bool:
    if word in _NOT_FIELD:
        return False
    return word in _SHORT or word.endswith(("ologist", "ologists", "iatrist", "ician")) or (word in lex.doctors and word not in
                                                                                        ("doctor", "doctors", "doc", "docs", "dr", "physician", "surgeon", "gp", "pcp"))


def not_their_field(words: list[str], spec, lex: Lexicon) -> list[str]:
    """The words with "not a <field> person" / "isn't a <specialty>" read as "not a specialist",
    at a question that knows that phrase; otherwise the words unchanged."""
    if not _NOT & set(words) or not _knows(spec, lex):
        return words
    out: list[str] = []
    k = 0
    while k < len(words):
        if words[k] in _NOT:
            j = k + 1
            while j < len(words) and words[j] in _ARTICLES:
                j += 1
            # "not a hip person", "not a heart guy", "no spine doctor": one or two field words, then a person word
            for size in (1, 2):
                field, head = words[j : j + size], words[j + size : j + size + 1]
                if len(field) == size and head and head[0] in _HEADS and all(w.isalpha() and w not in _NOT_FIELD for w in field):
                    out += ["not", "a", "specialist"]
                    k = j + size + 1
                    break
            else:
                # "isn't a GI", "not an oncologist": a specialty alone
                if j < len(words) and j > k + 1 and _specialty(words[j], lex):
                    out += ["not", "a", "specialist"]
                    k = j + 1
                    continue
                out.append(words[k])
                k += 1
            continue
        out.append(words[k])
        k += 1
    return out
