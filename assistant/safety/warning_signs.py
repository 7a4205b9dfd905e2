"""Indirect warning signs of suicide: any one of them gets the check question with the crisis line.

Some people say it sideways (user trial 7, a 19-year-old at an antidepressant switch): "not sure ill
still be around by then", "cant see a future", "a stash of my old pills saved up just in case",
"giving most of my stuff away". The red-flag screen and the self-harm cues (self_harm_cues.py) need a
wish, an intent or a means beside an act; these signs alone are enough to ask, with the crisis line,
before the line is read as an answer. The words are in dialogues/warning_signs.yaml: kinds of sign,
and stoppers (away or moving, a prognosis, history, pills kept for a migraine) that keep a sentence
and the one after it quiet. It only ever raises a quiet line to the check question, or adds the crisis
to a check question about something else; it never lowers anything.
"""

from __future__ import annotations

import re
from functools import cache

FILE = "warning_signs.yaml"


@cache
def _tables() -> tuple[dict[str, re.Pattern], re.Pattern]:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    if not isinstance(data, dict) or set(data) != {"signs", "stoppers"}:
        raise ValueError(f"dialogues/{FILE}: needs exactly the maps 'signs' and 'stoppers'")

    def joined(items) -> re.Pattern:
        if not isinstance(items, list) or not items or not all(isinstance(i, str) and i.strip() for i in items):
            raise ValueError(f"dialogues/{FILE}: each group needs a list of patterns")
        return re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{i})" for i in items) + r")(?!\w)")

    signs = {name: joined(items) for name, items in data["signs"].items()}
    stoppers = joined([item for items in data["stoppers"].values() for item in items])
    return signs, stoppers


def found(text: str) -> list[tuple[str, str]]:
    """(kind, the words) for each indirect warning sign in the line that no stopper near it takes back."""
    from .self_harm_cues import normalised

    signs, stoppers = _tables()
    sentences = [s for s in normalised(text) if s]
    out = []
    for i, sentence in enumerate(sentences):
        near = " ".join(sentences[i:i + 2])
        for kind, pattern in signs.items():
            match = pattern.search(sentence)
            if match and not stoppers.search(near):
                out.append((kind, match.group()))
    return out


def with_warning_signs(text: str, screening):
    """The screen's result, with the crisis asked about when an indirect warning sign is in the line:
    a quiet line gets the check question (self_harm); a check question about something else gets the
    crisis too; an urgent turn or a crisis already found is left as it is."""
    from .screening import LEVEL_NAMES, Screening
    from .self_harm_cues import _about_other

    if screening.is_emergency or screening.crisis:
        return screening
    signs = found(text)
    if not signs:
        return screening
    words = tuple(dict.fromkeys(w for _, w in signs))
    from .self_harm_cues import normalised

    advice = ("crisis_other",) if _about_other(" ".join(normalised(text))) else ()
    if any(kind == "means_kept" for kind, _ in signs):
        advice = (*advice, "medicines_away")  # a stash of pills: put them out of reach (helper sh8)
    if screening.level == LEVEL_NAMES[0]:
        return Screening("ask", ("self_harm",), words[:4], (), advice)
    return Screening(screening.level, ("self_harm", *screening.categories), (*words[:4], *screening.matched),
                     screening.recognised, tuple(dict.fromkeys((*advice, *screening.advice))), screening.told_now)
