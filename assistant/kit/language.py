"""Whether the patient needs an interpreter, and in which language, from what was said in the
conversation (user trial 6: a daughter translating for her father, who speaks Cantonese, got no
interpreter step in the plan's to-do list).

A need is said when the interpreter reply's question was added to the list ("Can we have an
interpreter at the visit?", the `interpreter` topic in dialogues/lexicon.yaml), or when a line kept in
the conversation says the person speaks little or no English, or only another language. The language
is the first one named (dialogues/languages.yaml).
"""

from __future__ import annotations

import re
from functools import lru_cache

_NEED = re.compile(r"\b(?:interpreter|interpretor|translator|translate|translating|"
                   r"(?:only|just)\s+(?:speak|speaks|talk|talks)|"
                   r"(?:no|little|limited|broken|poor|bad)\s+english|"
                   r"(?:dont|doesnt|do\s+not|does\s+not|cant|cannot)\s+(?:speak|talk|understand)\s+(?:much\s+|good\s+|any\s+)?english|"
                   r"english\s+(?:is\s+)?(?:not|isnt)\s+(?:good|great|strong))\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _languages() -> tuple[str, ...]:
    from ..understanding.datafile import read_words_file

    raw = read_words_file("languages.yaml") or {}
    return tuple(sorted((str(x) for x in raw.get("languages", [])), key=len, reverse=True))


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, (list, tuple)):
        return [t for v in value for t in _texts(v)]
    return []


def language_need(slots: dict) -> tuple[bool, str]:
    """(an interpreter is needed, the language named or "")."""
    texts = _texts(dict(slots))
    if not any(_NEED.search(t) for t in texts):
        return False, ""
    for text in texts:
        for name in _languages():
            if name.lower() != "english" and re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE):
                return True, name
    return True, ""
