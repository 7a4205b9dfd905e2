"""An item wished for at the SURE tests is not an item that holds (helper u19a).

"I want to understand the options better" was stored as "I know the good and bad points of each option", "I want to
feel sure" as "I feel sure", "i wish i had more support" as "I have enough support": the item's words were read, the
wish before them was not. At the questions of dialogues/wanted_items.yaml, when every word that picked an item stands
just after a wish (`wanting`, within `reach` words and no stop between), the line is asked, never stored. Items said
plainly beside a wish ("I feel sure, but need more advice", "I know what matters, she'd want to be comfortable") keep
their reading; a line of numbers is the person's own pick.
"""

from __future__ import annotations

from .matching import find_hits
from .phrase_files import PhraseFile, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("wanted_items.yaml")


def wanted_items(reading: Reading, line: str, spec, lex) -> Reading:
    """The reading, or an asked one when an item picked was only wished for."""
    if spec.name not in WORDS.words("states") or reading.certainty not in (SURE, LIKELY) or not isinstance(reading.value, list):
        return reading
    picked = [v for v in reading.value if v != spec.none_choice]
    toks = tokens(clean(line))
    if not picked or any(t.isdigit() for t in toks):
        return reading
    wishes = spans(toks, WORDS.phrases("wanting"))
    if not wishes:
        return reading
    reach, stops = int(WORDS.data()["reach"]), WORDS.words("stops")

    def wished(start: int) -> bool:
        for _, end in wishes:
            between = toks[end:start]
            if 0 <= start - end <= reach and not stops & set(between):
                return True
        return False

    hits = [h for h in find_hits(toks, spec, lex) if h.choice in picked and not h.negated]
    for choice in picked:
        mine = [h for h in hits if h.choice == choice]
        if mine and all(wished(h.start) for h in mine):
            return Reading(UNCLEAR, None, unclear=line.strip(), message=str(WORDS.data()["message"]), note=reading.note)  # a wish kept (wish_note)
    return reading
