"""The old home of understanding, kept so existing imports work: see assistant/understanding/."""

from __future__ import annotations

from .flow import StateSpec
from .understanding import COMMANDS, MAX_ANSWER_CHARS, SKIP_WORDS, Misunderstood, Understood, clean, command_in, normalize, read
from .understanding.hints import how_to_answer
from .understanding.dialogue import decide
from .understanding.lexicon import default_lexicon

__all__ = ["COMMANDS", "MAX_ANSWER_CHARS", "SKIP_WORDS", "Misunderstood", "Understood", "clean", "command_in", "normalize",
           "parse_choice", "parse_free", "parse_order"]


def _old(reading, spec: StateSpec, line: str):
    if reading.sure:
        return Understood(reading.value)
    return Misunderstood(decide(reading, spec, line, default_lexicon()).say)


def parse_choice(text: str, spec: StateSpec):
    return _old(read(text, spec), spec, text)


def parse_free(text: str, spec: StateSpec):
    return _old(read(text, spec), spec, text)


def parse_order(text: str, items: list[str]):
    from .flow import default_flow

    return _old(read(text, default_flow().state("questions_order"), items=items), default_flow().state("questions_order"), text)


_ = how_to_answer
