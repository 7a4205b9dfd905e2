"""What to do next after "not happening now" at the check, for a sign the seeds give a follow-up for.

A faint that is over was answered "not now" and the conversation went on with nothing said about it (lo9).
The check's labels (the `recognised` slot) pick the advice; words in dialogues/after_not_now.yaml.
"""

from __future__ import annotations

from functools import cache

from .paths import dialogues_dir
from .yaml_cache import load, parse_yaml

FILE = "after_not_now.yaml"


@cache
def _advice() -> dict[str, str]:
    raw = load(dialogues_dir() / FILE, parse_yaml)
    if not isinstance(raw, list) or not all(isinstance(e, dict) and isinstance(e.get("label"), str) and isinstance(e.get("text"), str)
                                            and isinstance(e.get("source"), str) for e in raw):
        raise ValueError(f"dialogues/{FILE}: needs a list of entries with label, text and source")
    return {e["label"]: " ".join(e["text"].split()) for e in raw}


def advice(labels, *, number: str, office: str) -> str:
    """The follow-up for the signs the check named, in their order; "" when none has one."""
    found = [_advice()[label] for label in dict.fromkeys(labels or []) if label in _advice()]
    return " ".join(text.format(number=number, office=office) for text in found)
