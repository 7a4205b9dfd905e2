"""A decision told at the welcome as what a doctor proposed, offered back as a decision: "doctors say
he needs liver transplant evaluation and idk what to do" -> "Whether to have the liver transplant
evaluation"; "he wants to take the whole bladder out" -> "Whether to let them take the whole bladder
out"; "my surgeon has booked a hemithyroidectomy for January 14" -> "Whether to have the
hemithyroidectomy"; "my derm wants me on accutane" -> "Whether to start accutane" (user trial 6: none
was offered back at "What do you need to decide?").

A verb of proposing (`proposed` in dialogues/plain_words.yaml) with a short object after it, cut at the
end of its clause or at a word of time, place or reason. Offered for a Yes only (decision_offer.py)."""

from __future__ import annotations

import re
from functools import cache

_CUT = re.compile(r"\s*(?:[.,;!?(]|\b(?:and|but|so|because|cause|cuz|bc|coz|cos|bcuz|bcoz|for|on|in|at|by|next|this|before|after|since|if|"
                  r"which|that|idk|asap|soon|now|right away|tomorrow|today)\b).*$", re.IGNORECASE | re.DOTALL)
# "and" joining two things done ("her tonsils and adenoids out", "chemo and radiation", "L4 and L5"), not a new clause
# ("... and i dont know", "and want a second look"): the words after it that a clause does not open with (a lead's trial,
# 2026-12-05: "take her tonsils and adenoids out" was offered back as "take her tonsils")
_AND_OBJECT = re.compile(r"\s+(?:and|&)\s+((?:(?:the|her|his|my|their|both|also)\s+)?[\w'-]+(?:\s+[\w'-]+)?)(?=\s*(?:$|[.,;!?(]|"
                         r"\b(?:and|but|so|because|cause|cuz|bc|coz|cos|bcuz|bcoz|on|in|at|by|next|this|before|after|since|if|asap|soon|now|tomorrow|today)\b))",
                         re.IGNORECASE)
# "in" or "on" closing a verb's object ("put a pacemaker in", "put a stent in, asap"), not a place or time after it
_PARTICLE = re.compile(r"\s+(?:in|on)\b(?=\s*(?:$|[.,;!?(]|\b(?:and|but|so|because|bc|coz|cos|cuz|cause|asap|soon|now|next|this|before|after|tomorrow|today)\b))",
                       re.IGNORECASE)
# "in"/"on" naming the body part the thing is done to ("put pins in it", "tubes in his ears", "operate on my left knee"),
# not a time or a place after the clause (a lead's trial, 2026-12-07: "they want to put pins in it" was offered back as
# "Whether to let them put pins")
_BODY_PLACE = re.compile(r"\s+(?:in|on|into)\s+(?:it|them|(?:my|his|her|their|your|our|both)\s+(?!(?:office|clinic|room|house|home|hospital|appointment|visit)\b)[\w'-]+"
                         r"(?:\s+(?!(?:and|but|so|because|cause|cuz|bc|coz|cos|for|on|in|at|by|next|this|before|after|since|if|which|that|idk|asap|soon|now|"
                         r"tomorrow|today|again|too|also)\b)[\w'-]+)?)\b", re.IGNORECASE)
_PERSON_ONLY = re.compile(r"^\s*(?:put|place|start|keep|switch|get|try|move|change)\s+(?:her|him|me|them|us|you)\s*$", re.IGNORECASE)
_ON_IN = re.compile(r"\s+(?:on|in)\b(?!\s+(?:a\s+(?:few|week|month|day)|\d|two|three|few|jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|the\s+(?:morning|spring|summer|fall|autumn|winter|new\s+year)|next|this|that)\w*)",
                    re.IGNORECASE)
_CLAUSE_OPENERS = frozenset("i im ive id ill we were weve she he they it its you me us idk dont didnt not no want wants need needs "
                            "think know said says told then so also maybe what how why who when where is are was will would "
                            "can could should do does did have has had".split())


def _clause_object(what: str) -> str:
    """`what` cut at the end of its clause (_CUT), an "and" between two things done kept inside it."""
    cut = _CUT.search(what)
    # "put a pacemaker in", "put a stent in, asap": the verb's own word, not a cut ("tubes in her ears" is cut at "in")
    while cut and (particle := _PARTICLE.match(what, cut.start())):
        cut = _CUT.search(what, particle.end())
        if cut is None:
            return what
    while cut and (place := _BODY_PLACE.match(what, cut.start())) and not _PERSON_ONLY.search(what[:cut.start()]):
        cut = _CUT.search(what, place.end())
        if cut is None:
            return what
    # "put her on ocrevus", "put him in a cast": after a verb and a person alone, "on"/"in" opens the thing done
    while cut and _PERSON_ONLY.search(what[:cut.start()]) and _ON_IN.match(what, cut.start()):
        cut = _CUT.search(what, _ON_IN.match(what, cut.start()).end())
        if cut is None:
            return what
    joined = _AND_OBJECT.match(what, cut.start()) if cut else None
    if not joined:
        return what[:cut.start()] if cut else what
    words = joined.group(1).lower().split()
    if words[0] in _CLAUSE_OPENERS or (words[0] == "also" and words[1:2] and words[1] in _CLAUSE_OPENERS):
        return what[:cut.start()]
    return what[:joined.end()] + _CUT.sub("", what[joined.end():])


_NOT_A_TREATMENT = re.compile(r"\b(?:opinions?|opinon|look|review|second|2nd|third|3rd|check|consult|help|advice|talk|think|decide|know|compare|comparing)\b",
                              re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:a|an|the|my|his|her|their|our|your|some)\s+", re.IGNORECASE)


@cache
def _patterns() -> tuple[tuple[re.Pattern, str], ...]:
    from .plainer import _raw

    raw = _raw().get("proposed") or {}
    out = []
    for form, verbs in (("have", raw.get("have") or []), ("let", raw.get("let") or []), ("start", raw.get("start") or [])):
        alts = "|".join(r"\s+".join(re.escape(w) for w in str(v).split()) for v in sorted(verbs, key=len, reverse=True))
        if alts:
            out.append((re.compile(rf"\b(?:{alts})\s+(?P<what>[^.,;!?]+)", re.IGNORECASE), form))
    return tuple(out)


@cache
def _said_operation() -> re.Pattern | None:
    from .plainer import _raw

    raw = _raw().get("proposed") or {}
    said = "|".join(r"\s+".join(re.escape(w) for w in str(v).split()) for v in sorted(raw.get("said") or [], key=len, reverse=True))
    ops = "|".join(re.escape(str(v)) for v in sorted(raw.get("operations") or [], key=len, reverse=True))
    if not said or not ops:
        return None
    return re.compile(rf"\b(?:{said})\s+(?:(?:a|an|the|some)\s+)?(?P<what>(?:[\w'-]+\s+){{0,3}}?(?:{ops}))\b(?=\s*(?:$|[.,;!?(]|\b(?:and|but|so|because|bc|cuz|for|on|in|at|next|this|before|after|asap|soon|now)\b))",
                      re.IGNORECASE)


def proposed_decision(text: str | None) -> str | None:
    """The decision the line tells a doctor proposed, phrased as one; None when there is none."""
    if not text:
        return None
    said = _said_operation()
    found = said.search(text) if said is not None else None  # ("says i need acl surgery": the longer "says i need" first)
    if found and not _NOT_A_TREATMENT.search(found.group("what")) and not (_CLAUSE_OPENERS | {"to"}) & set(found.group("what").lower().split()):
        return f"Whether to have the {found.group('what').strip()}"  # "they say fusion surgery" (not "said he needs a bypass")
    for pattern, form in _patterns():
        found = pattern.search(text)
        if not found:
            continue
        what = _clause_object(found.group("what")).strip()
        if form == "let" and not found.group(0).split()[0].lower().endswith("s") and _said_by_self(text[: found.start()]):
            continue  # "we already have a second opinion and want to compare them" (user trial 8, F5.4): the person's own wish
        if _NOT_A_TREATMENT.search(what):
            continue  # "he needs a second opinion", "wants to get another look": the second opinion is no decision here
        if form == "have":
            what = _ARTICLE.sub("", what)
            words = what.split()
            if not 1 <= len(words) <= 6:
                continue
            return f"Whether to have the {what}"
        if form == "start":
            words = what.split()
            if not 1 <= len(words) <= 4:
                continue
            return f"Whether to start {what}"
        words = what.split()
        if not 2 <= len(words) <= 8:
            continue
        return f"Whether to let them {what}"
    return None


_OWN = frozenset({"i", "im", "me", "my", "ive", "id", "ill", "we", "our", "us"})


def _said_by_self(before: str) -> bool:
    """The clause before a verb of wanting has the person as its subject ("we ... and want to", "i would like to")."""
    clause = re.split(r"[.;!?]|\bbut\b|\bbecause\b", before)[-1].lower()
    words = re.findall(r"[a-z']+", clause.replace("'", ""))
    subjects = [w for w in words if w in ("i", "we", "im", "were", "ive", "weve", "id", "wed", "he", "she", "they", "doctor", "dr", "surgeon",
                                          "doc", "oncologist", "cardiologist", "urologist") or w.endswith(("ist", "ian"))]
    return bool(subjects) and subjects[-1] in ("i", "we", "im", "were", "ive", "weve", "id", "wed")


def told_as_own(toks: list[str]) -> bool:
    """A long line told in one's own words (a story, not a doctor's letter pasted): first-person words throughout."""
    return sum(t in _OWN for t in toks) >= 4


__all__ = ["proposed_decision", "told_as_own"]
