"""Words that change with who the decision is for: "you" or "your mother"."""

from __future__ import annotations

import re

_VAGUE = {"", "him", "her", "them", "he", "she", "they", "someone", "somebody", "a friend", "family", "a family member"}


def person_name(role: str | None, who: str | None) -> str:
    """How templates refer to the patient: 'you', 'your mother', 'Anna', or a neutral phrase."""
    if role != "caregiver":
        return "you"
    text = (who or "").strip().strip(".!")
    lowered = text.lower()
    if lowered in _VAGUE or len(text) > 40:
        return "the person you care for"
    # "my mother" -> "your mother"; "I'm helping my dad" -> "your dad"
    match = re.search(r"\bmy\s+(.+)$", text, flags=re.IGNORECASE)
    if match:
        return "your " + match.group(1)
    return text


def person_forms(role: str | None, who: str | None) -> dict[str, str]:
    """Subject, possessive and verb forms for templates."""
    name = person_name(role, who)
    if name == "you":
        return {"they": "you", "their": "your", "are": "are", "have": "have", "is_patient": True}
    return {"they": name, "their": name + "'s", "are": "is", "have": "has", "is_patient": False}
