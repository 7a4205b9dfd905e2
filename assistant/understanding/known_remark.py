"""A mild, known remark beside "none" at the danger-sign list (user trial 8, helper t14; F3.2, F4.3).

"none, my shoulder just aches at night" (a months-old ache) and "nothing of this, only the lump, it dont hurt" (a
lump already biopsied) got "If it turns sudden or severe, call 911". The remark is kept as a note for the doctor;
the emergency advice is left out when the remark says it is mild or known ("just", "only", "dont hurt", "for
months": dialogues/known_remarks.yaml `mild_known`) and holds no word of change ("new", "worse", "today", "fever":
`changing`). The safety screen has already read the line: a warning sign never reaches this point quietly.
"""

from __future__ import annotations

from functools import cache

from .phrase_files import has
from .text import clean, tokens


@cache
def _words() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file("known_remarks.yaml")
    out = []
    for key in ("mild_known", "changing"):
        items = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(items, list) or not items:
            raise LexiconError(f"dialogues/known_remarks.yaml: needs the list {key}")
        out.append(tuple({tuple(tokens(str(i).lower())) for i in items if tokens(str(i))}))
    return out[0], out[1]


def mild_known(told: str) -> bool:
    """The remark says it is mild or already known, and nothing in it says it is changing."""
    mild, changing = _words()
    toks = tokens(clean(told).lower())
    return bool(toks) and has(toks, mild) and not has(toks, changing)


def known_reply(told: str) -> str:
    return f'You also told me: "{told}". That is not on this list. I added it to your notes for the doctor.'
