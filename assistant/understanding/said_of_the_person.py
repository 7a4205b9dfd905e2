"""Words that say how the person is, never which choice: "open heart surgery to replace the valve, he
said she is strong enough" was asked "Surgery, or a strong treatment?" (user trial 7, finding 21), and
"a new hip, he thinks dad is strong enough for it" was stored as the strong treatment. At the
questions listed, those words are read in plain words ("fit enough") before the line is matched; the
note keeps the line as typed (read.py: note_as_typed). Words are data: dialogues/said_of_the_person.yaml."""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file


@cache
def _data():
    data = read_words_file("said_of_the_person.yaml")
    rewrites = {str(k).lower(): str(v) for k, v in data["rewrites"].items()}
    forms = "|".join(r"\s+".join(re.escape(p) for p in k.split()) for k in sorted(rewrites, key=len, reverse=True))
    return re.compile(rf"(?<![\w'])(?:{forms})(?![\w'])", re.IGNORECASE), rewrites, frozenset(data["states"])


def in_plain_words(line: str, spec) -> str | None:
    pattern, rewrites, states = _data()
    if spec.name not in states:
        return None
    changed = pattern.sub(lambda found: rewrites[" ".join(found.group(0).lower().split())], line)
    return changed if changed != line else None


__all__ = ["in_plain_words"]
