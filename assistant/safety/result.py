"""One screening's result: the level, what set it, and what the user is told was noticed (screening.py makes it;
warning_signs, self_harm_cues, self_harm_concepts, doubt_net and concept_signs rebuild it)."""

from __future__ import annotations

from dataclasses import dataclass

from .signs import CATEGORIES


@dataclass(frozen=True)
class Screening:
    level: str = "none"  # "none" | "ask" | "emergency"
    categories: tuple[str, ...] = ()  # category ids, in order of first appearance
    matched: tuple[str, ...] = ()  # the user's own words that matched
    recognised: tuple[str, ...] = ()  # what was found, in words for the user (see labels())
    advice: tuple[str, ...] = ()  # advice keys for the urgent turn (see advice.py)
    told_now: bool = False  # a sign that set the level is told as going on now (a now, still or minutes cue)
    # what the check question names, where a sign says it more truly alone than its category ("a fever", not
    # "signs of a severe infection (sepsis)"); empty: the same as recognised. Any result rebuilt from this one drops it.
    check_recognised: tuple[str, ...] = ()

    @property
    def is_emergency(self) -> bool:
        return self.level == "emergency"

    @property
    def crisis(self) -> bool:
        return "self_harm" in self.categories

    def labels(self) -> list[str]:
        """What to tell the user was noticed: a sign's own label where the YAML gives one (a poisoning is not
        "unconscious"), else its category's; each said once (label_covers.py)."""
        from .label_covers import said_once
        return said_once(list(self.recognised) or [CATEGORIES[category]["label"] for category in self.categories])

    def check_labels(self) -> list[str]:
        """What the check question ("Is this happening now?") names: as labels(), with a sign's `check_label` where
        the sign alone raised it ("she has a low fever": "a fever", a lead's walk, 2026-12-07)."""
        from .label_covers import said_once
        return said_once(list(self.check_recognised)) if self.level == "ask" and self.check_recognised else self.labels()
