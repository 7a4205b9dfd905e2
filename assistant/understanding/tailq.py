"""An answer with a question after it: "i have blue cross, is a second opinion covered?", "A third.
how long does that take?", "the scans and the biopsy. do i need the slides?".

Read as one line, the question's words were read as the answer (the user trial of 2026-12-04,
second: "i have medicare and a supplement, does medicare pay for a second opinion?" was stored as
"Yes, I checked and it is covered", and the plan ticked the insurer call as done). Now the question
gets its reply and the question is asked again: nothing is stored from a line that ends by asking,
as the people who labelled the unseen rounds read such lines (the person asks before they commit).
The reply is chosen from the question part alone, and a question only a doctor can answer goes on
the list in those words.
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

_ABOUT_THE_QUESTION = re.compile(r"^(why|what for|what is this for|whats this for|what do you need)\b", re.IGNORECASE)


def answer_then_question(text: str, spec, lex, read_head) -> Reading | None:
    """The reply to a line that answers and then asks; None when the line is not like that.
    `read_head(text)`: the normal reading of the part before the question (a question there
    too: the line is read as before)."""
    found = _TAIL.match(clean(text))
    if not found:
        return None
    head, asked = found.group("head").strip(), found.group("q").strip()
    if "?" in head or _ABOUT_THE_QUESTION.match(asked):  # "none, why do you ask?": the answer stands
        return None
    if read_head(head).asked:  # "what is a biopsy, is it the slides?": read as before
        return None
    reply = answer_question(asked, tokens(asked), spec, lex)
    return replace(reply, value=None)
