""""what form" said bare at the insurer's question: asked back, not picked (helper u22c).

At "Has the insurer told you any of these?", "what form", "WHAT FORM", "who fills the form in" were stored as the choice
"Which form it needs, and who fills it in": the person asks which form is meant (the rounds mark the same line with a
"?" a question, and the "?" is often left out). A line that is only a question word (or "who fills") and a choice's
thing, with words that add nothing (dialogues/asked_bare.yaml), is a question back at the questions named there.
"which form" alone keeps its reading (the choice's own first words), and any more said ("I know which form", "what
form they need is clear") is an answer as before.
"""

from __future__ import annotations

from .phrase_files import PhraseFile

_FILE = PhraseFile("asked_bare.yaml")
_PUNCT = frozenset({",", ".", "!", "?", "-", "—", ";", ":", "(", ")", "'", '"'})


def asked_bare(toks: list[str], spec) -> bool:
    """The line is a question word and a choice's thing, nothing more, at a question named in asked_bare.yaml."""
    if spec.name not in _FILE.data().get("states", []):
        return False
    words = [t for t in toks if t not in _PUNCT]
    opener = next((p for p in sorted(_FILE.phrases("openers"), key=len, reverse=True) if tuple(words[: len(p)]) == p), None)
    if opener is None:
        return False
    rest, fillers, things = words[len(opener):], _FILE.words("fillers"), _FILE.phrases("things")
    named, at = False, 0
    while at < len(rest):
        thing = next((p for p in sorted(things, key=len, reverse=True) if tuple(rest[at : at + len(p)]) == p), None)
        if thing is not None:
            named, at = True, at + len(thing)
        elif rest[at] in fillers:
            at += 1
        else:
            return False
    return named
