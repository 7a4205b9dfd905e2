"""A choice said to be lacking, in the person's own words: put in the plain words the reader takes as that
choice said not to hold (helper u16b).

"I understand the good and the bad, but sure I am not, and I am alone here": the reader took "sure I am not"
as the sure choice denied, but asked what "I am alone here" meant, though it says there is no support. At the
questions of dialogues/said_lacking.yaml, each phrase there is put as its plain words ("i do not have
support"), so it is neither a pick nor a part to ask about. Not when a denial comes right before it ("I don't
feel alone", "never alone"): that says the choice holds, and is read as typed.
"""

from __future__ import annotations

import re
from functools import cache

from ..regex_store import kept

FILE = "said_lacking.yaml"
_DENIED_BEFORE = re.compile(r"\b(?:not|never|dont|don't|do not|doesnt|doesn't|isnt|isn't|arent|aren't|wasnt|wasn't|no longer|hardly)\s+(?:\w+\s+)?$",
                            re.IGNORECASE)


@cache
def _data() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _pattern(state: str) -> tuple[re.Pattern, dict[str, str]]:
    plain = {}
    for said, found in _data()[state].items():
        for phrase in found:
            plain[phrase] = said
    words = sorted(plain, key=len, reverse=True)
    alt = "|".join(r"\s+".join(re.escape(w).replace("i", "i") for w in p.split()) for p in words)
    return re.compile(rf"\b(?:{alt})\b", re.IGNORECASE), plain


def said_lacking(line: str, spec) -> str | None:
    """The line with each phrase of a lacking choice put as its plain words, or None when it has none."""
    if spec.name not in _data():
        return None
    pattern, plain = _pattern(spec.name)
    flat = line.replace("\u2019", "'")
    folded = re.sub(r"(\w)'(\w)", r"\1\2", flat)  # "I'm" -> "Im", as the phrases are written
    out, last, changed = [], 0, False
    for found in pattern.finditer(folded):
        if _DENIED_BEFORE.search(folded[: found.start()]):
            continue
        out.append(folded[last : found.start()])
        out.append(plain[re.sub(r"\s+", " ", found.group(0).lower())])
        last = found.end()
        changed = True
    if not changed:
        return None
    out.append(folded[last:])
    return "".join(out)
