"""assistant/lazy_regex.py: a pattern compiled at first use finds exactly what re.compile's does."""

from __future__ import annotations

import re

from assistant.kit import timeline
from assistant.lazy_regex import LazyPattern
from assistant.wording import age_band_from


def test_a_lazy_pattern_is_compiled_once_at_first_use_and_matches_as_re_compile():
    lazy = LazyPattern(r"\b(son|daughter)\b", re.IGNORECASE)
    assert lazy._compiled is None  # naming it cost nothing
    eager = re.compile(r"\b(son|daughter)\b", re.IGNORECASE)
    for text in ("my Son, 4", "grandson", "DAUGHTER", "", "sons and daughters"):
        assert bool(lazy.search(text)) == bool(eager.search(text))
        assert lazy.findall(text) == eager.findall(text)
    assert lazy._compiled is not None and lazy._compiled == eager
    compiled = lazy._compiled
    lazy.sub("x", "son")
    assert lazy._compiled is compiled  # not compiled again


def test_the_modules_that_name_lazy_patterns_still_read_ages_and_dates():
    assert age_band_from("my son, 4") == "child" and age_band_from("my 6 month old") == "baby"
    assert age_band_from("my mother") == "adult" and age_band_from("my son") is None
    events = timeline.entries("March: knee pain. In May 2024 an MRI")
    assert len(events) == 2 and all(e.get("when") for e in events)
