"""Two people, two answers, in one line (issue 11: never a silent misread).

"he knows the good and bad, i dont", "Pt leans toward keeping the plan, I lean toward a second
opinion", "I know what I want, my wife doesn't": one person's answer is said beside the speaker's
own, and the two differ. Read as one line, the words of one of them became the answer, and
which person the question was about was never settled. Asked, never stored:

- one part says what someone else (he, she, the patient, my husband...) knows, wants or leans to,
  and another part has the speaker answer with the same verb ("..., I lean toward ...") and a
  different reading, or only say "I don't", "not me";
- or the same with the speaker first ("I know the risks, she doesn't").

A part that agrees ("..., me too", "and so do I", "I agree") is one answer. Words are data:
dialogues/unsafe.yaml (`not_me`, `me_too`).
"""

from __future__ import annotations

from .reading import UNCLEAR, Reading
from .text import parts_between

_CUTS = frozenset({".", ";", "!", "?", ",", "-", ":", "but", "while", "whereas", "though", "although"})
_THIRD = frozenset("he she pt patient dad mom mum father mother husband wife son daughter partner hubby".split())  # not "they": the doctors, most often
_ME = frozenset({"i", "im", "me", "myself"})
_MESSAGE = "That sounds like two people with different answers. Which answer should I keep?"


def _parts(toks: list[str]) -> list[list[str]]:
    return [toks[start:end] for start, end in parts_between(toks, _CUTS)]


def _subject(part: list[str], lex) -> tuple[str, int] | None:
    """("other", k) or ("me", k): who the part is said of, k the index of the word after the subject."""
    words = [t for t in part if t not in ("well", "so", "and", "honestly", "like", "lol")]
    if not words:
        return None
    first = words[0]
    at = part.index(first)
    if first in _ME:
        return "me", at + 1
    if first in _THIRD:
        return "other", at + 1
    if first in ("my", "the", "his", "her") and len(words) > 1 and ((words[1],) in lex.people or words[1] in _THIRD):
        return "other", at + 2
    return None


def _stem(word: str) -> str:
    for end in ("ies", "es", "s"):
        if word.endswith(end) and len(word) > len(end) + 2:
            return word[: -len(end)] + ("y" if end == "ies" else "")
    return word


def _dont_know(reading: Reading, spec, lex) -> bool:
    """The reading is the question's own "I don't know" ("the son knows all this, I don't know"): kept."""
    values = reading.value if isinstance(reading.value, list) else [reading.value]
    quiet = {spec.none_choice, "not_sure", "unsure", "not_said", lex.state(spec.name).dont_know}
    return reading.dont_know or bool(values) and set(values) <= quiet


def two_people(reading: Reading, toks: list[str], spec, lex, words: dict, read_part) -> Reading | None:
    if _dont_know(reading, spec, lex):
        return None
    parts = _parts(toks)
    said = [(p, _subject(p, lex)) for p in parts]
    said = [(p, s) for p, s in said if s is not None]
    others = [(p, k) for p, (who, k) in said if who == "other"]
    mine = [(p, k) for p, (who, k) in said if who == "me"]
    if not others or not mine:
        return None
    if any(tuple(p[k:]) in words["me_too"] or tuple(p) in words["me_too"] for p, k in mine):
        return None  # "he wants surgery, me too": one answer
    for p, k in mine + others:
        rest = tuple(t for t in p[k:] if t not in ("lol", "really", "though", "tho", "either"))
        if rest in words["not_me"] and len(parts) >= 2:
            return Reading(UNCLEAR, unclear=" ".join(toks), message=_MESSAGE)  # "he knows the good and bad, i dont"
    for po, ko in others:
        for pm, km in mine:
            vo, vm = po[ko : ko + 1], pm[km : km + 1]
            if not vo or not vm or _stem(vo[0]) != _stem(vm[0]) or vo[0] in ("is", "am", "are", "was", "has", "have"):
                continue
            a, b = read_part(" ".join(po)), read_part(" ".join(pm))
            if a.value is not None and b.value is not None and a.value == b.value:
                continue  # "she wants surgery, I want surgery": one answer
            if a.value is None and b.value is None:
                continue
            return Reading(UNCLEAR, unclear=" ".join(toks), message=_MESSAGE)  # "Pt leans toward X, I lean toward Y"
    return None
