"""A part joined to the picks by "and": one more thing named, not a remark about them.

"the written plan and something for his sugar", "2 and like a therapist to talk to", "surgery,
and the thing they put a camera in": the part after "and" stands beside the picks as one more
answer, in words the question does not list. Set aside as context (asides.commentary), it would
be lost and the picks stored as if they were all; kept as a part left over, it is asked about
(and remarks.py still sets aside a plain remark, "and travel's hard, we got cattle to feed").

A part led by "and" is kept only when it names a thing: it has a word that is not a filler,
it does not begin with someone doing something ("and nobody tells me which", "and didn't listen",
"and travel's hard": remarks), and it is not a person named alone ("and her doctor": who helps, not a thing; "and mom wants a
doctor who speaks Korean" is a request, asked about).
"""

from __future__ import annotations

from .lexicon import Lexicon
from .phrase_files import PhraseFile

_WORDS = PhraseFile("coordinated.yaml")  # the words of its checks, read once

_JOINS = ("and", "an", "n", "plus", "&")


_WH = frozenset({"how", "what", "which", "when", "where", "why", "whether", "who"})  # "and how far along it is": a clause, read as before
_WISH = frozenset({"want", "wants", "wanted", "need", "needs", "prefer", "prefers", "wish", "wishes", "like", "asks", "asked"})


def _said_by_someone(words: list[str]) -> bool:
    """A person named alone ("her doctor"), or doing something ("my doctor shall fill it in"); a
    person who wants something ("mom wants a doctor who speaks Korean") asks for one more thing."""
    at = next((k for k, w in enumerate(words[:3]) if w in _WORDS.words("people")), None)
    if at is None:
        return False
    return len(words) <= 3 or words[at + 1 : at + 2] == [] or words[at + 1] not in _WISH


def joined_thing(part: str, toks: list[str], lex: Lexicon) -> bool:
    """`part` (a part left over, as leftover_parts gives it) follows "and" in the line, and names a thing."""
    words = part.split()
    if not words or words[0] == "+" or words[0] in _WH or _WORDS.words("clause") & set(words[:2]) or _said_by_someone(words):
        return False
    content = [w for w in words if w not in lex.fillers and len(w) > 2]
    if not content:
        return False
    size = len(words)
    for k in range(1, len(toks) - size + 1):
        if toks[k : k + size] == words:
            return toks[k - 1] in _JOINS
    return False
