"""What the urgent turn is told beyond the categories: advice keys and who is at risk.

Advice keys come from the YAML (a sign's or a category's `advice:` list in
dialogues/red_flags.yaml): poison (a poisons line), overdose (the emergency number first,
naloxone, the crisis line after), carbon_monoxide (fresh air first), spanish (a line in
Spanish). One is worked out here: crisis_other, when the talk of suicide is about someone else
("my son says he wants to die"), so the advice is about being with that person.
"""

from __future__ import annotations

SELF = frozenset({"i", "im", "ive", "id", "ill", "me", "myself", "yo", "quiero", "me"})
OTHER = frozenset({
    "he", "hes", "she", "shes", "they", "theyre", "him", "her", "them", "himself", "herself", "themselves",
    "mom", "mum", "mother", "mam", "dad", "father", "brother", "sister", "son", "daughter", "husband", "wife",
    "partner", "boyfriend", "girlfriend", "bf", "gf", "friend", "teen", "teenager", "kid", "child", "grandma",
    "grandpa", "grandmother", "grandfather", "uncle", "aunt", "cousin", "nephew", "niece", "patient", "roommate",
    "hijo", "hija", "madre", "padre", "esposo", "esposa", "el", "ella",
    "hed", "shed", "theyd", "client", "resident",  # round 5: "she'd rather die", "the client I care for"
    "his", "their", "baby", "toddler",
})


def _other(word: str) -> bool:
    """A person word, or its possessive as the tokens give it ("dads face", "my wifes chest")."""
    return word in OTHER or (word.endswith("s") and word[:-1] in OTHER and len(word) > 3)
_OWN = {"myself": SELF, "himself": OTHER, "herself": OTHER, "themselves": OTHER, "themself": OTHER}


def about_someone_else(before: list[str], sign: list[str]) -> bool:
    """Is the person at risk someone else? The sign's own reflexive word says ("kill himself"),
    or its own subject ("shed rather die"); else the nearest person word before it in its clause ("my dad keeps saying he wants to die")."""
    for word in sign:
        if word in _OWN:
            return _OWN[word] is OTHER
    if sign and (sign[0] in SELF or _other(sign[0])):  # the sign names its own subject: "shed rather die"
        return _other(sign[0])
    for word in reversed(before):
        if word in SELF:
            return False
        if _other(word):
            return True
    return False
