""""Everything" at the question what two opinions differ on, said with its reason (helper u16b).

"literally everything. one says endo one says ibs", "EVERYTHING. one says it's not even endo": the line opens with
"everything" and its rest says why, naming no choice; read as "everything" (the note keeps the line as typed).

Only at the states of dialogues/all_differs.yaml. A rest that names a choice ("everything. one says start meds,
one says wait"; "everything, they agree on nothing" names the none choice, asked as test_round9_clear wants), names
what to do or when, doubts ("maybe", "not sure", "?") or asks is read as typed. "everything except cancer" is left
to the general reading, which asks (test_round14_clear).
"""

from __future__ import annotations

import re
from functools import cache

from .phrase_files import phrases, spans
from .text import clean, tokens

FILE = "all_differs.yaml"


@cache
def _data() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


_DOUBT_ALL = frozenset({"maybe", "perhaps", "probably", "possibly", "almost", "nearly", "mostly", "idk", "unsure", "except", "besides", "apart",
                        "guess", "think", "or", "sure", "certain"})  # a doubt of "everything" itself; "one says it's not even endo" is a reason


def _names_choice(text: str, spec) -> bool:
    """The words name a choice (the none choice too)."""
    from .lexicon import default_lexicon
    from .matching import find_hits

    words = tokens(clean(text))
    hits = find_hits(words, spec, default_lexicon())
    return bool(hits)  # "everything, they agree on nothing" names the none choice too: asked (test_round9_clear)


_OPEN = re.compile(r"^\s*(?P<lead>(?:[a-z]+\s+){0,2}?)(?P<all>everything|all of it|all of them)\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)


def all_differs(line: str, spec) -> str | None:
    """The line as "everything", or None when it is not "everything" with its reason."""
    if spec.name not in _data()["states"]:
        return None
    found = _OPEN.match(line)
    if not found:
        return None
    lead = tuple(tokens(clean(found.group("lead"))))
    if lead and lead not in {p for p in phrases(FILE)["stress"]} and not all(t in {w[0] for w in phrases(FILE)["stress"] if len(w) == 1} for t in lead):
        return None
    rest = found.group("rest")
    words = tokens(clean(rest))
    if not re.match(r"\s*[.,;:!]", rest) or "?" in rest or _DOUBT_ALL & set(words) or _names_choice(rest, spec) \
            or spans(words, phrases(FILE)["what_or_when"]):
        return None
    return found.group("all")
