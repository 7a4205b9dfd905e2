"""An answer against what the person already told: "they agree" when the table they were just
shown has two different plans. Such a reading is offered back for a Yes, never stored at once.
The pairs of earlier answers to compare are data: dialogues/third_thoughts.yaml (`known_differs`)."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from .reading import LIKELY, SURE, Reading
from .text import normalize

_UNKNOWN = {None, "", "not_sure", "not_said", "unsure", "other"}


@cache
def _table() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / "third_thoughts.yaml", yaml_cache.parse_yaml)
    return data.get("known_differs") or {}


@cache
def _implied() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / "third_thoughts.yaml", yaml_cache.parse_yaml).get("known_implies") or {}


def _against_implied(reading: Reading, spec, known: dict, value: list) -> Reading | None:
    """ "nope" at the signs after "a surgery was offered": the earlier answer is one of the choices
    here, so "none" is offered back with the reason."""
    for choice, slots in (_implied().get(spec.name) or {}).items():
        if value != [choice]:
            continue
        for slot, means in slots.items():
            match = means.get(known.get(slot)) if isinstance(means, dict) else None
            label = next((c.label for c in spec.choices if c.id == match), "")
            if label:
                number = [c.id for c in spec.choices].index(match) + 1
                none = next(c.label for c in spec.choices if c.id == choice)
                return replace(reading, certainty=LIKELY, message=f'Did you mean *{none}*? Earlier you told me something that fits '
                               f'number {number} here: "{label}".')
    return None


def against_known(reading: Reading, spec, known: dict | None, line: str = "") -> Reading:
    """`reading`, offered back when it says "the same" where earlier answers differ. The choice
    picked as shown (its number, its label, or "none") is taken as meant: only own words are checked."""
    rules = _table().get(spec.name)
    if not (rules or spec.name in _implied()) or not known or reading.certainty != SURE:
        return reading
    said = normalize(line)
    if said.isdigit() or said == "none" or any(said == normalize(c.label) for c in spec.choices):
        return reading
    value = reading.value if isinstance(reading.value, list) else [reading.value]
    implied = _against_implied(reading, spec, known, value)
    if implied is not None or not rules:
        return implied or reading
    for choice, pairs in rules.items():
        if value != [choice]:
            continue
        for first, second in pairs:
            a, b = known.get(first), known.get(second)
            if a in _UNKNOWN or b in _UNKNOWN or str(a).strip().lower() == str(b).strip().lower():
                continue
            label = next((c.label for c in spec.choices if c.id == choice), choice)
            return replace(reading, certainty=LIKELY,
                           message=f"Did you mean *{label}*? The two opinions you gave me are not the same on every point.")
    return reading
