"""Family and person words (dialogues/kin_words.yaml), one list read by wording.names_another ("my son" named while the
patient is "my mother") and safety/advice.who_is_at_risk (whom an urgent sign is about); each kept its own copy before
(review c25). Read once, at first use."""

from __future__ import annotations

from functools import cache

FILE = "kin_words.yaml"


@cache
def _data() -> dict:
    from . import yaml_cache
    from .paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


@cache
def named_kin() -> frozenset[str]:
    """The words after "my" or "our" that name a relative or someone close (names_another)."""
    return frozenset(str(w) for w in _data()["kin"]) | frozenset(str(w) for w in _data()["kin_named"])


@cache
def same_kin() -> dict[str, str]:
    """One person said two ways: "mom" -> "mother" (names_another)."""
    return {str(k): str(v) for k, v in _data()["same_kin"].items()}


@cache
def at_risk() -> frozenset[str]:
    """The words that name a person other than the one typing (who_is_at_risk)."""
    return frozenset(str(w) for w in _data()["kin"]) | frozenset(str(w) for w in _data()["at_risk"])


@cache
def words(key: str) -> frozenset[str]:
    """One list of the file as a set: safety/advice.py's words for whom a sign is about (el_as_he, told_to, means, body)."""
    return frozenset(str(w) for w in _data()[key])
