"""A re-ask never repeats itself word for word.

A user trial (2026-12-04, fourth) got "That fits more than one answer. Did you mean ...?" twice, the
same words, to "the 14th like i said" and then "within days i guess, its 10 days away". When the
re-ask about to be given is the one just given at the same question, it says what is still unclear
and how to settle it in one step: the two choices with their numbers, or the choice numbers to type.
"""

from __future__ import annotations

from .hints import how_to_answer


def said_again(note: str, reading, spec) -> str:
    """The re-ask to give instead of `note`, which was given just before at this question."""
    ids = [c.id for c in spec.choices]
    options = [o for o in (getattr(reading, "options", None) or ()) if o in ids]
    if len(options) >= 2:
        which = " or ".join(f"{ids.index(o) + 1} for \"{spec.choices[ids.index(o)].label}\"" for o in options)
        return f"I still cannot tell which one you mean. Type {which}."
    hint = how_to_answer(spec) if spec.choices else "A few words are enough."
    return f"I still did not get that. {hint}"
