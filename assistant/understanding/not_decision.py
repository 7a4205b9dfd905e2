"""A short line at "What do you need to decide?" that says no decision: "hes 55" (the age typed again,
user trial 6: "Got it: hes 55." and the conversation went on), "me lol", "my dad". At most four
words, no word of deciding or of a treatment, and a number or a word for a person: asked about,
its words kept as a note (decision_shape.py)."""

from __future__ import annotations

_PERSON = frozenset("""he hes she shes him her his hers me im i my mine lol he's she's i'm its it's myself dad mom mum father mother son
    daughter wife husband kid child baby grandma grandpa aunt uncle sister brother friend partner years yrs old
    for it is this just the patient""".split())  # "for my son", "this is for my dad" (t11)
_TREATING = frozenset("""surgery operation procedure transplant treatment chemo chemotherapy radiation therapy medicine medication meds
    drug pills biopsy scan test tests replacement removal repair implant injection shot shots evaluation eval""".split())


def no_decision_said(toks: list[str]) -> bool:
    from .decision_shape import _DECIDING, _words

    words = [w.lower() for w in _words(toks)]
    if not 1 <= len(words) <= 4 or _DECIDING & set(words) or _TREATING & set(words):
        return False
    return any(w.isdigit() for w in words) or all(w in _PERSON for w in words) or (
        sum(w in _PERSON for w in words) >= len(words) - 1 and any(w.isdigit() or w in ("old", "years", "yrs") for w in words))


__all__ = ["no_decision_said"]
