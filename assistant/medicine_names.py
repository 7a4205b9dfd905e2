"""Medicines named in the conversation, for the printed plan's medicine table (lo8).

"whether to switch from sertraline", "he is on warfarin and metformin": the table the person fills in at home
had only blank rows. Each medicine named in the words kept from the conversation (the decision, what makes
them unsure, the notes kept with answers, the questions added) fills a row with its name, in the order said;
the dose, since when and why stay for the person to write. Words in dialogues/medicine_names.yaml: names, and
the endings of generic names ("-pril", "-statin") so a name not listed is still found.
"""

from __future__ import annotations

import re
from functools import cache

from . import yaml_cache
from .paths import dialogues_dir

FILE = "medicine_names.yaml"
MOST = 8  # more than this is a pasted list: the table keeps the first ones
_WORD = re.compile(r"[A-Za-z][A-Za-z-]{2,}")


@cache
def _words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    return (frozenset(str(w).lower() for w in data["names"]), tuple(str(e).lower() for e in data["endings"]),
            frozenset(str(w).lower() for w in data["not_medicines"]))


def is_medicine(word: str) -> bool:
    names, endings, not_medicines = _words()
    word = word.lower()
    return word in names or (len(word) >= 6 and word not in not_medicines and word.endswith(endings))


def named(texts) -> list[str]:
    """The medicines named in `texts` (strings; anything else is skipped), each once, as first typed."""
    found: dict[str, str] = {}
    for text in texts:
        if not isinstance(text, str) or len(found) >= MOST:
            continue
        for word in _WORD.findall(text[:5000]):
            if word.lower() not in found and is_medicine(word):
                found[word.lower()] = word
    return list(found.values())[:MOST]


def in_slots(slots: dict) -> list[str]:
    """The medicines named in the words kept from the conversation."""
    notes = slots.get("answer_notes") or {}
    texts = [slots.get("decision"), slots.get("unsure_because"), *(notes.values() if isinstance(notes, dict) else ()),
             *(slots.get("questions_added") or []), slots.get("timeline_text")]
    return named(texts)
