"""The other reading that words against a choice point to (helper 11b12): "nope all good now" at the urgent
turn was asked with "Part of that does not fit No, this is not happening", naming neither reading the line
can have; "im the one doing all the research" at the welcome was stored as the patient. At a pick-one
question, when no other choice owns the words against the choice, the reading named here for that choice
is offered beside it. Data: dialogues/conflict_offers.yaml."""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file


@cache
def _offers() -> dict:
    return {str(state): {str(k): str(v) for k, v in pairs.items()} for state, pairs in read_words_file("conflict_offers.yaml").items()}


def offered_instead(state: str, choice: str) -> str | None:
    """The one other choice to offer beside `choice` when words against it are said at `state`, or None."""
    return _offers().get(state, {}).get(choice)


__all__ = ["offered_instead"]
