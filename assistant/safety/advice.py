"""What the urgent turn is told beyond the categories: advice keys and who is at risk.

Advice keys come from the YAML (a sign's or a category's `advice:` list in
dialogues/red_flags.yaml): poison (a poisons line), overdose (the emergency number first,
naloxone, the crisis line after), carbon_monoxide (fresh air first), spanish (a line in
Spanish). Worked out here: crisis_other, when the talk of suicide is about someone else
("my son says he wants to die"), so the advice is about being with that person; someone_else, when
every sign that names a person names someone else ("my husband collapsed"); self, when every sign
that names a person names the one typing ("I can't breathe"), so a caregiver in danger themself is
not told to "stay with them" (lo10).
"""

from __future__ import annotations

# the words for a person other than the one typing (who was OTHER here): dialogues/kin_words.yaml, kin and at_risk,
# shared with wording.names_another (review c25)
from ..kin_words import at_risk as _people
from ..kin_words import words as _kin  # the lists of dialogues/kin_words.yaml, read once

SELF = frozenset({"i", "im", "ive", "id", "ill", "me", "myself", "yo", "quiero", "me"})


def _other(word: str) -> bool:
    """A person word, or its possessive as the tokens give it ("dads face", "my wifes chest")."""
    people = _people()
    return word in people or (word.endswith("s") and word[:-1] in people and len(word) > 3)


_OWN = {"myself": "self", "himself": "other", "herself": "other", "themselves": "other", "themself": "other"}


# "i found", "i saw": the one telling what they found (sh5)
_FOUND = frozenset({"found", "find", "saw", "see", "noticed", "notice", "discovered", "caught", "spotted", "heard", "walked"})


# words that are a person with the apostrophe gone ("she'd") and a place after "the" ("the shed")
_PLACES = frozenset({"shed", "sheds"})
_PLACE_OPENERS = frozenset({"the", "a", "garden", "tool", "potting", "my", "our", "his", "her", "their", "in", "that"})


def _owner(words: list[str], i: int) -> bool:
    """Is words[i] a relative's possessive ("mums") before a means of harm (see _kin("means"))?"""
    word = words[i]
    people = _people()
    return (word not in people and word.endswith("s") and word[:-1] in people and i + 1 < len(words)
            and words[i + 1] in _kin("means"))


# a possessive inside the sign, before the part of the body it names: "tightness in his chest", "her lips are blue"
_THEIR_BODY = frozenset({"his", "their"})
# a sign that acts on a person: "cant wake him", "could not rouse her", "cant keep them awake"
_ACTS_ON = frozenset({"wake", "waken", "awaken", "rouse", "keep", "get", "stir", "revive"})
_ACTED_ON = frozenset({"him", "her", "them"})


def who_is_at_risk(before: list[str], sign: list[str]) -> str | None:
    """"other", "self", or None when the sign's clause names nobody ("and hung up"). The sign's own
    reflexive word says ("kill himself"), or its own subject ("shed rather die"); else the nearest
    person word before it in its clause ("my dad keeps saying he wants to die"), passing over the
    one who was told ("texted me")."""
    for word in sign:
        if word in _OWN:
            return _OWN[word]
    if sign and (sign[0] in SELF or _other(sign[0])):  # the sign names its own subject: "shed rather die"
        return "other" if _other(sign[0]) else "self"
    if len(sign) > 1 and sign[0] in ("my", "our") and _other(sign[1]) and not _owner(sign, 1):  # "my daughter is cutting again"
        return "other"
    if any(sign[k] in _ACTED_ON and sign[k - 1] in _ACTS_ON for k in range(1, len(sign))):
        return "other"  # "i cant wake him up", "we cant keep her awake": the one at risk is the one the sign acts on (walk, 2026-12-07)
    words = before + sign
    for i in range(len(before) - 1, -1, -1):
        word = before[i]
        if _owner(words, i):
            continue  # "all my mum's tablets tonight": the owner of the tablets
        if word == "i" and (before[i + 1] if i + 1 < len(before) else sign[0] if sign else "") in _FOUND:
            continue  # "i found blades in her room": the one who found them is not the one at risk
        if word in ("me", "us") and i and before[i - 1] in _kin("told_to"):
            continue
        if word == "el" and i + 1 < len(words) and words[i + 1] not in _kin("el_as_he"):
            continue  # "el azúcar": the article
        if word in _PLACES and i and before[i - 1] in _PLACE_OPENERS:
            continue  # "in the shed": a garden shed, not "she'd" (round 15)
        if word in SELF:
            return "self"
        if _other(word):
            return "other"
    body = _kin("body")
    if not (set(sign) & (SELF | {"my"})) and any(sign[k] in _THEIR_BODY and sign[k + 1] in body for k in range(1, len(sign) - 1)):
        return "other"  # no one named before: "... and has tightness in his chest" (a lead's walk; review rv33: only a body part)
    return None


def about_someone_else(before: list[str], sign: list[str]) -> bool:
    """Is the person at risk someone else (see who_is_at_risk)?"""
    return who_is_at_risk(before, sign) == "other"


# How many words before a sign who_is_at_risk reads: a person named further back in one clause is not the one it is
# about, and a run-on clause of repeated signs would otherwise cost each sign the whole clause (issue 12, item 7).
LOOK_BACK = 60
_WINDOW = LOOK_BACK * 16  # characters read back to find them (a word of 15 letters and its space, on average at most)


def advice_keys(doc, hits: list, crisis: list) -> tuple[str, ...]:
    """The advice keys of what set the level (screening.py: `doc` the line read, `hits` the signs found); crisis_other when the signs of a crisis that name a person name
    someone else ("he loaded his rifle and hung up"), someone_else when all signs that do ("my husband collapsed")."""
    keys = [key for hit in hits for key in hit.sign.advice]
    read: dict[tuple, str | None] = {}  # the same words before the same sign (a sign said again and again): read once

    def whose(hit) -> str | None:
        start = doc.clause_bounds[hit.clause][0]
        near = max(start, hit.start - _WINDOW)  # the last LOOK_BACK words lie in this stretch unless words are very long
        before = doc.joined[near:hit.start].split()
        if near > start and before and not doc.joined[near - 1].isspace() and not doc.joined[near].isspace():
            before = before[1:]  # a word cut by the stretch's start is not read
        sign = doc.joined[hit.start:hit.end]
        after = doc.joined[hit.end : hit.end + 40].split()[:3]
        if len(after) == 3 and after[0] in ("in", "on", "of", "around") and after[1] in _THEIR_BODY and after[2] in _kin("body"):
            sign = f"{sign} {after[0]} {after[1]} {after[2]}"  # "crushing pain in his chest": whose chest
        key = (tuple(before[-LOOK_BACK:]), sign)
        if key not in read:
            read[key] = who_is_at_risk(list(key[0]), key[1].split())
        return read[key]

    who = {id(hit): whose(hit) for hit in hits}
    keys += [key for key, group in (("crisis_other", crisis), ("someone_else", hits)) if group
             and "other" in (people := {who[id(hit)] for hit in group}) and "self" not in people]
    if hits and "self" in (people := {who[id(hit)] for hit in hits}) and "other" not in people:
        keys.append("self")
    if "spanish" not in keys:
        from .language import is_spanish  # a Spanish line whose sign was found in English words

        if is_spanish(doc.original):
            keys.append("spanish")
    return tuple(dict.fromkeys(keys))
