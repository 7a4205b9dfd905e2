"""A statement with a question after it, where only the question's words fit a choice: "i have
medicare and a supplement, does medicare pay for a second opinion?", "i got aetna, will they pay
for it?".

Read as one line, the question's words were read as the answer (the user trial of 2026-12-04,
second: that line was stored as "Yes, I checked and it is covered", and the printed plan ticked
the insurer call as done). When the part before the question answers nothing by itself, the line
is a question: it gets its reply, chosen from the question part, and nothing is stored. When the
part before answers, answer_then_ask.py keeps both.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asking import answer_question
from .reading import Reading
from .text import clean, tokens

_TAIL = re.compile(
    r"^(?P<head>.*?[^\W_].*?)\s*(?:[,.;!]+\s*|\s+(?:and|but|so|also|btw|plus)\s+)"
    r"(?P<q>(?:does|do|did|is|are|was|were|will|would|can|could|should|shall|may|might|how|what|whats|why|when|where|who|"
    r"which|am|has|have|isnt|doesnt|dont|cant|wont|arent)\b[^?]*\?+)\s*$",
    re.IGNORECASE,
)

# The same with the mark left off ("i have medicaid does that cover it"): only a yes/no question on
# "that", "it", "they" or the insurer, at the end of the line, after a statement.
_UNMARKED = re.compile(
    r"^(?P<head>.*?[^\W_].*?)\s*(?:[,;!]+\s*|\s+(?:and|but|so|btw)\s+|\s+)"
    r"(?P<q>(?:(?:does|did|will|would|can|could|should)\s+(?:that|this|it|they|medicare|medicaid|insurance|(?:my|the|our|his|her)\s+(?:insurance|plan|insurer))"
    r"|(?:is|are)\s+(?:that|this|it|they)\s+(?:covered|included|ok|okay|enough|allowed|paid\s+for))\b[^?.!]{0,40})\s*$",
    re.IGNORECASE,
)

# A head ending in a person ("my mom", "he", "my husband") before an unmarked "does that ...": the
# person is the subject of "does", so the line says what they do (a user trial, 2026-12-04, sixth).
_SUBJECT_END = re.compile(r"\b(?:he|she|they|mom|mum|mother|dad|father|husband|wife|partner|son|daughter|parents|sister|brother|"
                          r"aunt|uncle|grandma|grandpa|caregiver|carer|guardian|family)\s*$", re.IGNORECASE)

_ABOUT_THE_QUESTION = re.compile(r"^(why|what for|what is this for|whats this for|what do you need)\b", re.IGNORECASE)


def _bare_no(head: str, reading: Reading, spec, lex) -> bool:
    """ "no hes on medi-cal, does that cover it?": the head's choices come only from its first word, a bare
    "no" that fits more than one choice; with the question after it, the line asks (user trial 6)."""
    toks = tokens(clean(head).lower())
    ambiguous = lex.state(spec.name).ambiguous or {}
    return bool(toks) and set(reading.options) <= set(ambiguous.get(toks[0], ()))


def answer_then_question(text: str, spec, lex, read_head) -> Reading | None:
    """The reply to a line whose statement part answers nothing and whose question part does;
    None otherwise. `read_head(text)`: the normal reading of the part before the question."""
    found = _TAIL.match(clean(text)) or _UNMARKED.match(clean(text).rstrip(" ."))
    if not found:
        return None
    head, asked = found.group("head").strip(), found.group("q").strip()
    if not found.group("q").rstrip().endswith("?") and _SUBJECT_END.search(head):
        return None  # "my mom does that stuff, idk": a person, then what they do - a statement, not a question
    if "?" in head or _ABOUT_THE_QUESTION.match(asked):  # "none, why do you ask?": the answer stands
        return None
    head_reading = read_head(head)
    if head_reading.asked or head_reading.value or (head_reading.options and not _bare_no(head, head_reading, spec, lex)) \
            or head_reading.dont_know:
        return None  # the part before answers (answer_then_ask.py), or asks itself: read as before
    asked = asked if asked.endswith("?") else asked + "?"
    return replace(answer_question(asked, tokens(asked), spec, lex), value=None)
