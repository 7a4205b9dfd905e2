"""The kind of doctor for a condition the person named, for the plan's "Who to see".

The seeds' rule is to match the doctor to the condition: a subspecialist for a condition with subtypes
("a breast oncologist rather than a general oncologist", S1), "a specialist in the field related to your
condition" (S3). A plan for breast cancer surgery or a diabetic foot named only general kinds ("A doctor
who treats this exact problem often", or a surgeon alone). When the words typed so far (the decision, what
makes them unsure) name a condition of dialogues/condition_doctors.yaml, the plan adds a doctor for it, and
that line takes the place of the general one. Data, not code: the words and lines are in the file.
"""

from __future__ import annotations

import re
from functools import cache

from . import yaml_cache
from .paths import dialogues_dir
from .yaml_cache import parse_yaml
from .regex_store import kept

FILE = "condition_doctors.yaml"


class ConditionDoctorsError(ValueError):
    pass


def _words(words) -> re.Pattern:
    words = sorted((str(w).lower().replace("'", "") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _entries() -> tuple[tuple[str, re.Pattern, str | None], ...]:
    raw = yaml_cache.load(dialogues_dir() / FILE, parse_yaml)
    if not isinstance(raw, list) or not raw:
        raise ConditionDoctorsError(f"dialogues/{FILE}: needs a list of entries with about, words and source")
    out = []
    for n, entry in enumerate(raw, 1):
        if not isinstance(entry, dict) or not isinstance(entry.get("about"), str) or not isinstance(entry.get("source"), str) \
                or not isinstance(entry.get("words"), list) or not entry["words"] \
                or not isinstance(entry.get("named", ""), str):
            raise ConditionDoctorsError(f"dialogues/{FILE}: entry {n} needs about (text), words (a list) and source")
        out.append((entry["about"], _words(entry["words"]), entry.get("named")))
    return tuple(out)


def _said(slots: dict) -> str:
    text = " ".join(str(slots.get(k) or "") for k in ("decision", "unsure_because")).lower()
    return " ".join(text.replace("\u2019", "'").replace("'", "").split())


def named_condition(slots: dict) -> tuple[str, str | None] | None:
    """(about, the seeds' name for its doctor or None) for the first condition named in what was typed."""
    said = _said(slots)
    if not said:
        return None
    for about, pattern, named in _entries():
        if pattern.search(said):
            return about, named
    return None


def condition_pattern(slots: dict) -> re.Pattern | None:
    """The words of the first condition named in what was typed (to find it again in other words)."""
    said = _said(slots)
    return next((pattern for _, pattern, _ in _entries() if said and pattern.search(said)), None)


def doctor_line(slots: dict, child: bool) -> str | None:
    """The plan's line for the doctor of the named condition; None when none is named."""
    found = named_condition(slots)
    if found is None:
        return None
    about, named = found
    if child:
        return f"A children's doctor who treats {about} in children often"
    return named or f"A doctor who treats {about} often"
