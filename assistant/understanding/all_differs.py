""""Everything" at the question what two opinions differ on, with its reason or its one exception (helper u16b).

"literally everything. one says endo one says ibs", "everything, they agree on nothing": the line opens with
"everything" and its rest says why, naming no choice; read as "everything" (the note keeps the line as typed).
"everything except cancer", "everything different except what's actually wrong with him": the exception is the
illness itself, which is the diagnosis choice; read as "everything except the diagnosis".

Only at the states of dialogues/all_differs.yaml. A rest that names a choice ("everything. one says start meds,
one says wait"), says "not" or "except" again, doubts ("maybe", "?") or asks is read as typed.
"""

from __future__ import annotations

import re
from functools import cache

from .phrase_files import phrases, spans
from .text import clean, tokens

FILE = "all_differs.yaml"
_DOUBT = frozenset({"maybe", "perhaps", "probably", "possibly", "not", "except", "but", "besides", "apart", "almost", "nearly", "mostly", "idk",
                    "unsure", "think", "guess", "or"})


@cache
def _data() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


@cache
def _illness() -> tuple[tuple[str, ...], ...]:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    words = list(_data()["illness"])
    for entry in yaml_cache.load(dialogues_dir() / "condition_doctors.yaml", yaml_cache.parse_yaml):
        words += [w for w in entry.get("words", ()) if not w.endswith(("ist", "ists"))]  # the illness, not its doctor
    return tuple(tuple(tokens(clean(w))) for w in words)


_DOUBT_ALL = frozenset({"maybe", "perhaps", "probably", "possibly", "almost", "nearly", "mostly", "idk", "unsure", "except", "besides", "apart",
                        "guess", "think", "or", "sure", "certain"})  # a doubt of "everything" itself; "one says it's not even endo" is a reason
_NEGATORS = frozenset({"nothing", "not", "no", "never", "couldnt", "cant", "cannot", "dont", "doesnt", "didnt", "wont"})


def _names_choice(text: str, spec) -> bool:
    """The words name a choice; "they agree on nothing" (the none choice, negated) names none."""
    from .lexicon import default_lexicon
    from .matching import find_hits

    words = tokens(clean(text))
    hits = find_hits(words, spec, default_lexicon())
    denied = _NEGATORS & set(words)
    return any(h.choice != spec.none_choice or not denied for h in hits)


_OPEN = re.compile(r"^\s*(?P<lead>(?:[a-z]+\s+){0,2}?)(?P<all>everything|all of it|all of them)\b(?P<rest>.*)$", re.IGNORECASE | re.DOTALL)


def all_differs(line: str, spec) -> str | None:
    """The line as "everything" or "everything except the diagnosis", or None when it is neither."""
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
    exception = re.match(r"\s*(?:(?:is|are|was|s|else|different|differs|differ)\s+)*(?:except(?:\s+for)?|but|apart from|besides|other than)\s+(?P<what>[^.;!?]+)\s*[.!]*\s*$",
                         rest, re.IGNORECASE)
    if exception:
        what = tokens(clean(exception.group("what")))
        if "?" in rest or _DOUBT & set(what) or _names_choice(exception.group("what"), spec) or len(what) > 7:
            return None  # "everything except the plan": the general reading takes it; a doubt is asked
        if not spans(what, _illness()):
            return None
        return f"everything except the {_data()['illness_choice']}"
    if not re.match(r"\s*[.,;:!]", rest) or "?" in rest or _DOUBT_ALL & set(words) or _names_choice(rest, spec) \
            or spans(words, phrases(FILE)["what_or_when"]):
        return None
    return found.group("all")
