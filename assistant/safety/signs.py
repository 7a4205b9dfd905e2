"""The red-flag signs as the YAML describes them, each made at its first use (moved out of screening.py)."""

from __future__ import annotations

from collections.abc import Sequence

from .finders import FINDERS as _FINDERS
from .finders import TABLES as _TABLES

LEVEL_NAMES = ("none", "ask", "emergency")
CATEGORIES: dict[str, dict] = _TABLES.head["rules"]["categories"]


class Sign:
    """A red flag as the YAML describes it; `level` is what it means on its own."""

    def __init__(self, name: str, spec: dict, level: str | None = None):
        self.name, self.category, self.finder = name, spec.get("category"), _FINDERS[f"sign {name}"]
        self.level = LEVEL_NAMES.index(level or spec.get("level", "none"))
        self.label = spec.get("label")  # what the user is told was noticed, if not the category's label
        self.check_label = spec.get("check_label")  # the same, said only when the sign alone raised the check question
        self.check_label_unless = tuple(spec.get("check_label_unless", ()))  # ... and none of these words is in the line
        self.setting = bool(spec.get("setting"))  # a background fact: only negation and worry count in pairs
        self.advice = tuple(spec.get("advice", ())) + tuple(CATEGORIES.get(self.category, {}).get("advice", ()))
        self.escalate_on = frozenset(spec.get("escalate_on", ()))
        self.excluded_words = frozenset(spec.get("exclude_if_clause_has", ()))
        self.ignores = frozenset(spec.get("ignores", ()))  # contexts that do not weaken this sign
        # short-message words: the other words must all be in it
        self.alone = frozenset(spec["fillers"]) | {"|"} if spec.get("alone") else None


class Signs(Sequence):
    """The signs by number, each made at its first use (making all ~1,000 cost every start milliseconds)."""

    def __init__(self, specs: list[tuple[str, dict, str | None]]):
        self._specs, self._made = specs, [None] * len(specs)

    def __len__(self) -> int:
        return len(self._specs)

    def __getitem__(self, number: int) -> Sign:
        sign = self._made[number]
        if sign is None:
            sign = self._made[number] = Sign(*self._specs[number])
        return sign
