"""Naloxone at the urgent turn when an opioid is named.

The screening's `overdose` advice (dialogues/red_flags.yaml) names naloxone; a line naming an opioid that reached
the urgent turn by another sign ("she took codeine and wont wake up": unconscious; "he took his mom's morphine and
is not breathing right": breathing) did not (lo9). Such a line gets the `naloxone` advice key: the urgent turn says
to call the emergency number first if the person cannot be kept awake, and to give naloxone if it is at hand
(REFERENCE.md section 6). Words in dialogues/opioids.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from .paths import dialogues_dir
from .yaml_cache import load, parse_yaml

FILE = "opioids.yaml"
KEY = "naloxone"


@cache
def _names() -> re.Pattern:
    raw = load(dialogues_dir() / FILE, parse_yaml)
    names = sorted({str(n).lower() for n in raw["names"]}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def names_opioid(line: str) -> bool:
    said = str(line or "").lower().replace("\u2019", "'").replace("'", "")
    return bool(_names().search(said))


def with_naloxone(advice, line: str) -> list[str]:
    """The advice keys, with `naloxone` added when the line names an opioid and no overdose advice is there."""
    advice = list(advice or [])
    if names_opioid(line) and "overdose" not in advice and KEY not in advice:
        advice.append(KEY)
    return advice
