"""Fear of doing the thing a "yes" choice names is not a yes ("scared she'll be upset if I ask").

At a question whose "yes" choice is an act the person will do (ask the doctor, tell the doctor), a
line that names the act beside a fear of it ("afraid to ask him", "worried he'll be offended if we
tell him", "I want to ask but I'm scared") does not say the person will do it. Without a firm word
of will ("I will", "going to", "even if", "anyway"), the "no" choice is offered for a Yes/No
(never stored unasked), with a word on the worry from the guide. Words in dialogues/lexicon.yaml
(`fears`, `firm_will`).
"""

from __future__ import annotations

from dataclasses import replace

from .asking import any_phrase
from .reading import LIKELY, SURE, Reading
from .text import tokens

# S1: most doctors support a second opinion; framing it as help with a big decision keeps the relationship good.
WORRY = "Many people worry about this. The guide says most doctors support a second opinion, and asking for help with a big decision keeps the relationship good."


def feared(reading: Reading, line: str, spec, lex) -> Reading:
    """The reading, or the "no" choice offered for a Yes/No when the "yes" act is feared."""
    if spec.ask != "choice" or reading.certainty not in (SURE, LIKELY) or not lex.fears:
        return reading
    words = lex.state(spec.name).yes_no
    yes, no = words.get("yes", ()), words.get("no", ())
    if len(yes) != 1 or len(no) != 1 or reading.value != yes[0]:
        return reading
    toks = [t for t in tokens(line) if t not in (",", ".", "!", "?")]
    if not any_phrase(toks, lex.fears) or any_phrase(toks, lex.firm_will):
        return reading
    if toks and any_phrase(toks[:1], lex.yes):
        return reading  # "yes, though I'm worried how she takes it": the yes came first
    return replace(reading, certainty=LIKELY, value=no[0], message=WORRY)  # dialogue.py asks "Did you mean ...?"
