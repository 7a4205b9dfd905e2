"""A treatment named only as planned or possible is not told as had (user trial 8, helper t14; F2.2, F3.1).

The danger-sign turn said "Because you told me about a recent operation: ..." to a son whose father's pacemaker
is only planned ("I'm worried about him pulling at the wires after the surgery"), and "Because you told me about
chemotherapy: a fever during chemotherapy is an emergency" to a woman who only wondered if she would need it ("i
dont know if i need radiation or chemo after"). For a condition_signs.yaml entry with a `planned` wording, every
sentence part naming it is looked at: if each holds a word of a plan or a doubt (dialogues/planned_words.yaml
`planned`: "if", "whether", "need", "worried", "booked") and none of a thing had or going on (`happening`: "had",
"since", "on chemo", "started"), the sentence is led by the entry's own words ("If you do have chemotherapy").
"""

from __future__ import annotations

import re
from functools import cache

from . import yaml_cache
from .paths import dialogues_dir
from .yaml_cache import parse_yaml

_PARTS = re.compile(r"[.;!?\n]+")


def _words(words) -> re.Pattern:
    words = sorted((str(w).lower().replace("'", "") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


@cache
def _cues() -> tuple[re.Pattern, re.Pattern]:
    raw = yaml_cache.load(dialogues_dir() / "planned_words.yaml", parse_yaml) or {}
    return _words(raw.get("planned") or ["if"]), _words(raw.get("happening") or ["had"])


@cache
def _planned_leads() -> dict[str, str]:
    raw = yaml_cache.load(dialogues_dir() / "condition_signs.yaml", parse_yaml) or []
    return {e["about"]: e["planned"] for e in raw if isinstance(e, dict) and isinstance(e.get("planned"), str)}


def only_planned(pattern: re.Pattern, said: str) -> bool:
    """Every sentence of `said` naming the thing (`pattern`) says it as planned or possible, none as had."""
    planned, happening = _cues()
    text = said.lower().replace("\u2019", "'").replace("'", "")
    parts = [p for p in _PARTS.split(text) if pattern.search(p)]
    return bool(parts) and all(planned.search(p) and not happening.search(p) for p in parts)


def lead_for(about: str, pattern: re.Pattern, said: str) -> str:
    """How the condition's sentence is led: "Because you told me about chemotherapy", or, named only as planned
    or possible, the entry's `planned` words ("If you do have chemotherapy")."""
    lead = _planned_leads().get(about)
    if lead and only_planned(pattern, said):
        return lead
    return f"Because you told me about {about}"
