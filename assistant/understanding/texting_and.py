"""A texting "n" for "and" between two words: "shes doing a cgm trial next wk n a1c again in 3 mo"
(user trial 7, finding 8) was read as the "No" of "y/n", the opposite of what was meant. Between two
words, never first in the line and never after a yes or no word, it is "and". Words are data
(dialogues/contrast_after.yaml: texting_and, yes_no_words)."""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file


@cache
def _pattern():
    data = read_words_file("contrast_after.yaml")
    forms = "|".join(re.escape(str(w)) for w in sorted(data["texting_and"], key=len, reverse=True))
    yes_no = frozenset(str(w).lower() for w in data["yes_no_words"])
    return re.compile(rf"(?<=\w)(?P<before>\s+)(?:{forms})(?P<after>\s+)(?=\w)", re.IGNORECASE), yes_no


def n_as_and(line: str) -> str | None:
    """The line with a texting "n" between words read as "and"; None when there is none."""
    if " n" not in line.lower() and "'n" not in line.lower():
        return None
    pattern, yes_no = _pattern()

    def swap(found: re.Match) -> str:
        before = re.findall(r"[\w/]+", line[: found.start()])
        after = re.findall(r"\w+", line[found.end():])
        if not before or before[-1].lower() in yes_no or "/" in before[-1] or (after and after[0].lower() in yes_no):
            return found.group(0)
        return f"{found.group('before')}and{found.group('after')}"

    changed = pattern.sub(swap, line)
    return changed if changed != line else None


__all__ = ["n_as_and"]
