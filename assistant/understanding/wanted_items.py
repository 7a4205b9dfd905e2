"""An item wished for at the SURE tests is not an item that holds (helper u19a).

"I want to understand the options better" was stored as "I know the good and bad points of each option", "I want to
feel sure" as "I feel sure", "i wish i had more support" as "I have enough support": the item's words were read, the
wish before them was not. At the questions of dialogues/wanted_items.yaml, when every word that picked an item stands
just after a wish (`wanting`, within `reach` words and no stop between), it is not stored: alone, the line is asked;
beside items said plainly ("I feel sure but I want to understand the options better"), the plain ones are kept and only
the wish's clause is asked about, quoted (helper u20b). Items said plainly beside a wish for something else ("I feel
sure, but need more advice", "I know what matters, she'd want to be comfortable") keep their reading; a line of numbers
is the person's own pick.
"""

from __future__ import annotations

from .matching import find_hits
from .phrase_files import PhraseFile, led_by, spans
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

    def wish_of(start: int) -> tuple[int, int] | None:
        return led_by(toks, start, wishes, reach, stops)

    hits = [h for h in find_hits(toks, spec, lex) if h.choice in picked and not h.negated]
    wished, said = [], []  # the items only wished for, and the wishes that named them
    for choice in picked:
        mine = [h for h in hits if h.choice == choice]
        if mine and all(wish_of(h.start) for h in mine):
            wished.append(choice)
            said += [wish_of(h.start) for h in mine]
    if not wished:
        return reading
    plain = [c for c in picked if c not in wished]
    if plain:  # "I feel sure but I want to understand the options better": the plain pick kept, the wish asked about
        return Reading(UNCLEAR, plain, unclear=_clauses(toks, said, stops), note=reading.note)
    return Reading(UNCLEAR, None, unclear=line.strip(), message=str(WORDS.data()["message"]), note=reading.note)  # a wish kept (wish_note)


def _clauses(toks: list[str], wishes: list[tuple[int, int]], stops) -> str:
    """Each wish from its first word to the end of its clause (the next stop), as said: "I want to understand the options
    better"; a "i" or "we" just before the wish is said with it ("i wish i had more support")."""
    out = []
    for start, end in sorted(set(wishes)):
        if start and toks[start - 1] in ("i", "we", "id", "she", "he", "they"):
            start -= 1
        stop = next((k for k in range(end, len(toks)) if toks[k] in stops and toks[k] != "and"), len(toks))  # "the pros and cons"
        out.append(" ".join(toks[start:stop]))
    return "; ".join(dict.fromkeys(out))
