"""Dark humour is not a note for the doctor (user trial 7, helper t12).

"These forms are gonna be the death of me lol", typed at a question about what to do, was printed in
the chat plan as "About what to do: These forms are gonna be the death of me lol". The safety screen
reads every line first (a joke is not an alarm; a real wish is caught there); what is left is only a
saying with a laugh. A note holding a saying and a laugh (dialogues/remarks.yaml `joke_sayings`,
`joke_laughs`) and no symptom (`symptoms_told`) is left out of the plan's notes, as the kit does.
"""

from __future__ import annotations

import re
from functools import cache

from .phrase_files import has
from .text import clean, tokens


@cache
def _words() -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file("remarks.yaml")
    out = []
    for key in ("joke_sayings", "joke_laughs", "symptoms_told"):
        items = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(items, list) or not items:
            raise LexiconError(f"dialogues/remarks.yaml: needs the list {key}")
        out.append(tuple({tuple(tokens(str(i))) for i in items if tokens(str(i))}))
    return out[0], out[1], out[2]


def joke_only(note) -> bool:
    """Is this note only a saying with a laugh ("the death of me lol"), with no symptom told in it, and no
    sentence of something else ("... killing me lol. brain zaps for weeks" keeps its second sentence)?"""
    text = str(note or "")
    sayings, laughs, symptoms = _words()
    toks = tokens(clean(text).lower())
    if not toks or has(toks, symptoms):
        return False
    marks = [p[0] for p in laughs if len(p) == 1 and not p[0].isalnum()]
    sentences = [s for s in re.split(r"[.!?;\n]+", text) if tokens(clean(s))]
    some_laugh = has(toks, laughs) or any(m in text for m in marks)
    every_joke = all(has(tokens(clean(s).lower()), sayings) or has(tokens(clean(s).lower()), laughs)
                     or any(m in s for m in marks) for s in sentences)
    return some_laugh and has(toks, sayings) and every_joke
