"""A "not" said on the thinking, meant on what is thought: "I do not believe the imaging matches how
I feel" is "the imaging does not match how I feel" (English raises the negation to "think",
"believe", "feel like"). Put back where it is meant, so the reader sees "do not match"."""

from __future__ import annotations

import re

_RAISED = re.compile(
    r"\b(?:i\s+|we\s+)?(?:do\s+not|don'?t|dont|doesn'?t|doesnt|did\s+not|didn'?t|didnt)\s+(?:really\s+|honestly\s+)?"
    r"(?:think|believe|feel\s+like|reckon|feel)\s+(?:that\s+)?(?P<what>[^,.;!?]{1,60}?)\s+(?:really\s+|quite\s+|fully\s+)?"
    r"(?P<verb>match(?:es|ed)?|line[sd]?\s+up|lined\s+up|add(?:s|ed)?\s+up|agree[sd]?|fit(?:s|ted)?)\b",
    re.IGNORECASE,
)


def lowered(line: str) -> str | None:
    """The line with a raised "not" put back on what is thought; None when there is none."""
    if "match" not in line.lower() and " up" not in line.lower() and "agree" not in line.lower() and "fit" not in line.lower():
        return None
    new = _RAISED.sub(lambda m: f"{m.group('what')} do not match", line)  # "line up", "add up", "fit": the lexicon's word
    return new if new != line else None


_SOFT_INSIDE = re.compile(
    r"\b((?:do|does|did)\s+not|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|can'?t|cant|cannot|won'?t|wont)\s+"
    r"(?:really|quite|fully|totally|exactly|honestly|actually|truly|completely|entirely|properly|rly|rlly)\s+(?=[a-z])(?!know\b|knw\b)",  # "don't really know ...": read by its own rules (doubts.py)
    re.IGNORECASE,
)


def plain_not(line: str) -> str | None:
    """ "I don't really understand the plan": the word inside the "not" only softens it; read as
    "I don't understand the plan", so the choice's own words are seen. None when there is none."""
    new = _SOFT_INSIDE.sub(lambda m: m.group(1) + " ", line)
    return new if new != line else None


# "neither of us really knows the pros and cons": the "not" is in the subject; said as "we do not
# know the pros and cons" ("we dont know ..."), the negation stands before the words of the choice, where it is read.
_NEG_SUBJECT = re.compile(r"\b(?:neither\s+of\s+(us|them|you)|none\s+of\s+(us))\s+(?:(?:really|truly|fully|quite|honestly|actually)\s+)?([a-z]+)\b", re.IGNORECASE)
_NOT_VERBS = frozenset({"thats", "thanks", "whats", "lets", "hes", "shes", "theres", "heres", "yes", "perhaps", "always", "sometimes", "regardless"})
_WHO = {"us": "we", "them": "they", "you": "you"}
_IRREGULAR = {"is": "arent", "was": "werent", "has": "dont have", "does": "dont", "did": "didnt", "can": "cannot", "will": "wont",
              "feels": "dont feel", "knows": "dont know"}


def subject_not(line: str) -> str | None:
    """The line with "neither of us knows" said as "we do not know"; None when there is none."""
    def said(m: re.Match) -> str:
        verb, who = m.group(3).lower(), _WHO[(m.group(1) or m.group(2)).lower()]
        if verb in _IRREGULAR:
            return f"{who} {_IRREGULAR[verb]}"
        if not verb.endswith("s") or verb.endswith("ss") or len(verb) < 4 or verb in _NOT_VERBS:
            return m.group(0)  # "none of us thanks", "neither of them thats why": no verb
        base = verb[:-2] if verb.endswith(("shes", "ches", "xes")) else verb[:-1]
        return f"{who} dont {base}"

    if "of" not in line.lower():
        return None
    new = _NEG_SUBJECT.sub(said, line)
    return new if new != line else None
