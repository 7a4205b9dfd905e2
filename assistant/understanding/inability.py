"""Saying one cannot say, as the whole answer: "I cannot yet say.", "I can't tell with any
certainty", "we couldn't honestly say right now", "not remember". However it is dressed (a word
inside, a qualifier after, the helping verb left out), it is "I don't know" and is read as that.

Only a line made of nothing else: "I can't say he was sure" says something and is read as typed."""

from __future__ import annotations

import re

_WHO = r"(?:(?:i|we|he|she|they)\s+|(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+)?"
_CANNOT = r"(?:can\s*not|can'?t|cant|could\s*not|couldn'?t|couldnt|unable\s+to|not\s+able\s+to|really\s+can'?t)"
_INSIDE = r"(?:\s+(?:yet|really|honestly|truly|rightly|exactly|quite|actually|even|now))*"
_VERB = r"(?:say|tell(?:\s+(?:you|ya|u))?|know|judge|answer|decide|recall|remember|be\s+sure|be\s+certain)"
_AFTER = (r"(?:\s+(?:with\s+(?:any\s+)?(?:certainty|confidence)|for\s+(?:sure|certain)|yet|right\s+now|just\s+now|now|at\s+(?:this|the)\s+"
          r"(?:point|moment|time|stage)|at\s+present|so\s+far|for\s+now|really|honestly|to\s+be\s+honest|tbh|sorry|either))*")
_CANNOT_SAY = re.compile(rf"^\s*{_WHO}{_CANNOT}{_INSIDE}\s+{_VERB}{_AFTER}\s*[.!]*\s*$", re.IGNORECASE)
# The helping verb left out, as people write who learnt English later: "not remember", "I not recall".
_BARE_NOT = re.compile(r"^\s*(?:i\s+|we\s+)?not\s+(?:remember|recall|knowing|know)(?:\s+(?:it|that|this|now|yet|sorry|really))*\s*[.!]*\s*$",
                       re.IGNORECASE)


def cannot_say(line: str) -> str | None:
    """ "i don't know" when the whole line says only that one cannot say; None otherwise."""
    if _CANNOT_SAY.match(line) or _BARE_NOT.match(line):
        return "i dont know"
    return None
