"""The decision said at the welcome, offered back at "What do you need to decide?" (a user trial,
2026-12-04: "im the patient, trying to decide whether to have knee surgery or keep doing physio"
kept the decision as a note, then asked for it again as if nothing had been said). Offered for a
Yes, never stored unasked; a No, or a new sentence, is the answer as usual."""

from __future__ import annotations

import re
from .text import capital_first

# Words that make a line a decision rather than a remark: "whether", "should I", "decide", a
# choice between two ways, or a treatment or operation someone offered.
_DECISION = re.compile(
    r"\b(?:whether|decid\w*|decision|should (?:i|we|he|she|they|my \w+)|(?:not sure|unsure|torn) (?:if|about|whether)"
    r"|(?:offered|rec+om+end\w*|sug+est\w*|wants? (?:me|him|her|us|them) to)"
    r"|(?:surgery|operation|procedure|replacement|transplant|implant|chemo\w*|radiation|treatment|medicine|medication|biopsy)\b.*\bor\b)",
    re.IGNORECASE)
# What people put before the decision itself: "trying to decide", "i need to figure out", "help me decide".
_LEAD = re.compile(
    r"^(?:(?:hi|hello|hey)\b[\s,.!]*)?(?:(?:so|well|um+|ok)\b[\s,]*)?"
    r"(?:(?:i'?m|i am|we'?re|we are|im)\s+)?(?:(?:trying|need|needing|have|having|want|wanting)\s+to\s+)?"
    r"(?:(?:decide|figure out|work out|choose|make up (?:my|our) minds?)\s+(?:on\s+|about\s+)?)",
    re.IGNORECASE)


# Who it is for and the age, said before the decision ("Hiya, it's for me. I'm 30 and my gynaecologist has
# suggested ..."): answered at the welcome already, no part of the decision offered back (user trial 7, lo8).
_WHO_LEAD = re.compile(
    r"^(?:(?:hi|hiya|hello|hey)\b[\s,.!]*)?(?:(?:(?:it'?s|it is|this is|its)\s+(?:for\s+)?(?:me|myself|about me)|(?:i'?m|i am|im)\s+the\s+patient)\b[\s,.!;]*(?:and\s+)?)?"
    r"(?:(?:i'?m|i am|im)\s+\d{1,3}(?:\s*(?:years?|yrs?)(?:\s+old|\s+of\s+age)?)?(?=\s*(?:[,.;!]|and\b))[\s,.!;]*(?:and\s+)?)?",
    re.IGNORECASE)


def decision_in(note: str | None) -> str | None:
    """The decision in a line said at the welcome, without its lead-in; None if it is not one."""
    from .decision_shape import pasted  # a pasted message from the doctor is no decision to offer back (a user trial, fifth)
    from .text import tokens

    text = (note or "").strip(" .,;")
    if pasted(text, tokens(text)):
        from .decision_proposed import proposed_decision, told_as_own  # a long story in one's own words: its proposal

        return proposed_decision(text) if told_as_own(tokens(text.lower())) else None
    if len(text.split()) < 3 or not _DECISION.search(text) or text.rstrip().endswith("?"):
        from .decision_proposed import proposed_decision  # "he wants to take the whole bladder out": phrased as a decision

        return proposed_decision(text) if len(text.split()) >= 3 else None
    text = _LEAD.sub("", _WHO_LEAD.sub("", text, count=1), count=1).strip(" ,")
    if len(text.split()) < 3:
        return None
    return capital_first(text)


_SHOULD = re.compile(r"^\s*(?:(?:hi|hello|hey)\b[\s,.!]*)?should (?:i|we|he|she|my \w+)\b", re.IGNORECASE)


def decision_at_welcome(line: str, reading) -> str | None:
    """A decision typed as the first answer, with no word of who it is for ("whether to have knee
    surgery or keep doing physio", "should i have my gallbladder out"): the decision, kept for the
    next questions; None when the line is anything else (a pick, a question about the app)."""
    if reading.value or reading.options or reading.who:
        return None
    if reading.asked and not _SHOULD.match(line):
        return None
    return decision_in(line.rstrip(" ?"))
