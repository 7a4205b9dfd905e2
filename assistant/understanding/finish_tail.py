"""A line that ends with "that's all" while a partly understood answer waits: "ITS A BLOOD THINNER.
THATS ALL" after "I got 1. What did you mean by "on warfarin"?" (user trial 7, finding 27) was asked
about once more, the "that's all" at its end not heard. The end says the list is finished: what was
kept stands, with any pick the rest of the line adds, and the lines typed are kept together as the note, as after a bare "that's all". Words are data
(dialogues/lexicon.yaml shared.finish, the phrases of two words or more)."""

from __future__ import annotations

from .reading import SURE, Reading
from .text import clean, tokens


def finished_after(line: str, spec, lex, keep: tuple, read_head) -> Reading | None:
    """`keep`: the picks kept from the line before; `read_head(text)` reads the line's head with them."""
    if not keep or not spec.multi:
        return None
    toks = tokens(line)
    words = [t for t in toks if t not in (".", "!", ",", ";", "-")]
    phrases = sorted((p for p in lex.finish if len(p) >= 2), key=len, reverse=True)
    ending = next((p for p in phrases if tuple(words[-len(p):]) == p and len(words) > len(p)), None)
    opening = next((p for p in phrases if tuple(words[: len(p)]) == p and len(words) > len(p)), None)
    if ending is None and opening is not None and len(toks) > len(opening) and toks[len(opening)] in (".", "!", ";", "-"):
        # "that's all. I meant the kind of doctor ... is an electrophysiologist" (user trial 8, F2.7): the list is
        # finished as kept; what follows explains it (kept with the lines typed, as after a bare "that's all")
        return Reading(SURE, list(keep))
    if ending is None:
        return None
    cut = len(toks)
    while cut > 0 and toks[cut - 1] in (".", "!", ",", ";", "-"):
        cut -= 1
    cut -= len(ending)
    if cut <= 0 or toks[cut - 1] not in (".", "!", ",", ";", "-"):
        return None  # "the scans thats all": one phrase, read as before
    head_words = clean(line).split()
    head = " ".join(head_words[: max(1, len(head_words) - len(ending))]).rstrip(" .,;!-")
    read = read_head(head)
    added = [v for v in (read.value or []) if isinstance(read.value, list) and v not in keep and v != spec.none_choice] \
        if read.certainty == SURE else []
    return Reading(SURE, [*keep, *added])  # (the lines typed for this answer are kept together as its note: engine)


__all__ = ["finished_after"]
