"""An order said as two orders, or with a doubt about which comes first (helper u17).

At the order question an answer was stored although the line put one order against another ("Either 3 or 4
first, I cannot decide", "swap 1 and 2 i guess? or nah", "Maybe the options first? Or the diagnosis... both
are important", "the one about family... should go first... or maybe the risks... I can't decide"). The rule,
general over what is ordered: a word that puts one order against another ("or", "either") or a saying that
the person cannot choose ("cannot decide", "both first") makes the reading asked, never stored. Questions
the person asks ("can the family one go first, or is that cheeky?") are read as questions before this.
Words are data: dialogues/order_undecided.yaml.
"""

from __future__ import annotations

from .phrase_files import phrases, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "order_undecided.yaml"
MESSAGE = ("You named more than one way to order them. Which question should go first? Type the numbers in the "
           "order you want, or 'keep' to leave them as they are.")


def undecided(reading: Reading, line: str, spec) -> Reading:
    """The reading, or an asked one when the line gives two orders or cannot choose."""
    if spec.ask != "order" or reading.certainty not in (SURE, LIKELY) or reading.asked or reading.value is None:
        return reading
    toks = tokens(clean(line))
    words = phrases(FILE)
    if spans(toks, words["alternatives"]) or spans(toks, words["undecided"]):
        return Reading(UNCLEAR, None, unclear=line.strip(), message=MESSAGE)
    return reading
