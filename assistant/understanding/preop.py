"""A test planned only to check that an operation is safe: "I think they want a heart clearance from my
cardiologist before surgery, a stress test". It does not change whether to have the operation, so the
timing does not wait for it (rules.timing; user trial 6). Words: dialogues/tests_ahead.yaml
(`clearance`, `deciding`). Source: seed 000:119 (wait for tests only when they will meaningfully reduce
uncertainty and the delay is safe)."""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern | None, re.Pattern | None]:
    from .datafile import read_words_file

    raw = read_words_file("tests_ahead.yaml") or {}

    def words(key):
        found = sorted((str(w).lower() for w in raw.get(key) or []), key=len, reverse=True)
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in found) + r")(?![\w-])") if found else None

    return words("clearance"), words("deciding")


def clearance_only(text: str) -> bool:
    """The line names a check before surgery, and no test that may change the plan."""
    clearance, deciding = _patterns()
    said = " ".join((text or "").lower().replace("\u2019", "'").split())
    return bool(clearance and clearance.search(said)) and not (deciding and deciding.search(said))
