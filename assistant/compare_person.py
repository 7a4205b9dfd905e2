"""The person a comparison is for, said before the compare path asks (helper ut16, the lead in the terminal).

"I already have a second opinion for my mother", "3, for my mother" at the welcome: the person is named with the choice
to compare, so "First, who is this decision for?" is not asked again. Only at the welcome (at "How many doctors have given
an opinion?", "2 for my dad" is offered for a Yes at the question, as before: the count's line may name anyone, "my mom
saw two doctors"), only when nobody said who it is for yet, and only a person named (lexicon people words): "for me" is
left to the question."""

from __future__ import annotations

BEFORE_WHO = ("welcome",)


def person_for_compare(state: str, lines, slots: dict) -> dict:
    """Slots to set: `who` (when not set) and `compare_for` "caregiver", or {}."""
    if state not in BEFORE_WHO or slots.get("role") in ("patient", "caregiver") or slots.get("compare_for"):
        return {}
    if slots.get("who"):
        return {"compare_for": "caregiver"}
    from .understanding.lexicon import default_lexicon
    from .understanding.people import who_in
    from .understanding.text import clean, tokens

    for line in lines:
        named, who, _ = who_in(tokens(clean(line)), default_lexicon(), line)
        if named and who:
            return {"who": who, "compare_for": "caregiver"}
    return {}
