"""A question asked as a request: "Kindly tell what is meant by decision point", "please clarify
whether an optometrist counts as a doctor", "tell me which is better, compare or third", "can you
explain the second one". The request ("tell me", "explain", "clarify", "let me know") only asks
for the answer to what follows it: the rest is read as the question it is ("what is meant by
decision point?"), never as an answer, so its words pick nothing. "explain X" with no question
word is "what is X?". Only at the start of the line; a request that is no question ("tell my
doctor", "let me know when") is left as typed."""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern  # compiled at first use: importing read.py costs nothing

_LEAD = r"(?:(?:kindly|please|pls|plz|pl|can\s+you|could\s+you|would\s+you|will\s+you|can\s+u|could\s+u|u|you|do|just)\s+)*"
_TELL = (r"(?:tell|explain|clarify|let\s+(?:me|us)\s+know|advise|inform|confirm|enlighten|help\s+(?:me|us)\s+understand)"
         r"(?:\s+(?:to\s+)?(?:me|us))?")
_WH = r"(?:what|which|whether|if|how|why|who|whom|when|where|wat|wht|wot)"
_ASKED = LazyPattern(rf"^\s*{_LEAD}{_TELL}\s*[,:]?\s+(?P<rest>{_WH}\b.*?)\s*[.!?]*\s*$", re.IGNORECASE | re.DOTALL)
_EXPLAIN = LazyPattern(rf"^\s*{_LEAD}(?:explain|clarify)(?:\s+(?:to\s+)?(?:me|us))?\s*[,:]?\s+(?P<rest>(?!{_WH}\b)[^.?!]+?)\s*[.!?]*\s*$",
                      re.IGNORECASE)


def as_question(line: str) -> str | None:
    """The question a request asks, with its "?"; None when the line is no such request."""
    found = _ASKED.match(line)
    if found:
        return found.group("rest") + "?"
    found = _EXPLAIN.match(line)
    if found and len(found.group("rest").split()) <= 8:
        return f"what is {found.group('rest')}?"  # "explain decision point", "kindly explain the second one"
    return None
