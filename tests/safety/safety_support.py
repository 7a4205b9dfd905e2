"""Shared by the safety tests: the screener (built with its cache in a temporary folder) and the
labelled phrase sets."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

import pytest

from assistant import yaml_cache

# Importing builds and caches the screening tables: like every test's cache, in a temporary folder.
with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
    patch.setenv(yaml_cache.CACHE_ENV, folder)
    from assistant.safety import rules as safety_rules  # noqa: F401  (re-exported for the tests)
    from assistant.safety import screening as safety  # noqa: F401  (the screening module, for its insides)
    from assistant.safety import CATEGORIES, Screening, screen  # noqa: F401

DATA = Path(__file__).resolve().parents[1] / "data"
PHRASES = DATA / "red_flag_phrases.csv"
# Held-out rounds: written fresh and measured before any fix, then fixed generally and kept here
# (every round is scored with the same assertions below).
# emergency: yes = must be "emergency"; ask = a genuinely ambiguous phrasing (a bare symptom word)
# whose accepted level is "ask"; no = ordinary talk that must not be an emergency.
# Before their fixes (emergency-level recall / emergency-or-ask recall / false emergencies / asks
# on ordinary lines):
#   red_flag_heldout3.csv (97 + 94 lines: short texts, non-native English, babies, elderly carers,
#     emoji, emergencies inside a second-opinion story, pregnancy, indirect self-harm, anaphylaxis,
#     low sugar, heat; ordinary lines full of medical words): 71.1% / 81.4% / 0 / 7.4%
#   red_flag_heldout4.csv (28 + 26 fresh lines, written after round 3's fixes): 71.4% / 78.6% / 1 / 3.8%
HELD_OUT = sorted(DATA.glob("red_flag_heldout*.csv"))
# The seeds' five and the first four more (every round covers them); the later kinds of issue 12.
FIRST_CATEGORY_IDS = {"stroke", "heart_attack", "sepsis", "breathing", "neurologic", "bleeding", "unconscious", "swelling", "self_harm"}
CATEGORY_IDS = FIRST_CATEGORY_IDS | {"poisoning", "pregnancy", "diabetes", "abdomen", "testicular", "cauda_equina",
                                     "after_surgery", "burns", "vitals", "limb"}


def level(text: str) -> str:
    return screen(text).level


def rule_tests(rules: dict) -> tuple:
    """The two tests each round's new rules get, from its table {kind: ([(sign line, category)],
    [look-alike lines])}: every sign reaches the urgent turn with its category, and every
    negation, history, worry or everyday look-alike stays quiet. Each round's module binds them
    to test names of its own, so pytest collects them there."""

    @pytest.mark.parametrize(("line", "category"), [case for signs, _ in rules.values() for case in signs])
    def signs_reach_the_urgent_turn(line, category):
        result = screen(line)
        assert result.is_emergency, result
        assert category in result.categories, result.categories

    @pytest.mark.parametrize("line", [line for _, quiet in rules.values() for line in quiet])
    def look_alikes_stay_quiet(line):
        assert level(line) == "none", screen(line)

    return signs_reach_the_urgent_turn, look_alikes_stay_quiet


def load_phrases(path: Path = PHRASES) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


class Counted:
    """A compiled list that notes its name in `ran` each time it runs (tests of which lists a line runs)."""

    def __init__(self, regex, name, ran):
        self.regex, self.name, self.ran = regex, name, ran

    def finditer(self, text):
        self.ran.append(self.name)
        return self.regex.finditer(text)

    def search(self, text):
        self.ran.append(self.name)
        return self.regex.search(text)


def tables_differ(one, other) -> str:
    """"" when two copies of the red-flag tables are equal, else the first key that differs, in a few words. Compare
    with `assert not (d := tables_differ(a, b)), d`: pytest's own diff of these tables took 20 minutes of a CI run."""
    if one == other:
        return ""
    if isinstance(one, dict) and isinstance(other, dict):
        for key in sorted(set(one) | set(other), key=str):
            if one.get(key) != other.get(key):
                return f"{key!r} differs"
    return f"{type(one).__name__} and {type(other).__name__} differ"
