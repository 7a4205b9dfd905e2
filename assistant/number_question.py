"""A question about which number to call ("what number do i call in an emergency in canada?") is
answered from the numbers table (dialogues/emergency_numbers.yaml): for the country named, else the
one in use, with how to set it (`--country CA`). A fifth user trial (2026-12-04) got "I cannot
answer that here" for it. The line is screened for red flags before this is read.
"""

from __future__ import annotations

import re

from .safety import numbers

_ASKS = re.compile(
    r"\b(?:what|whats|which|wich|how)\b(?:\s+\w+){0,8}?\s+(?:number|numbers|no|phone|line|call|dial|ring|text)\b"
    r"|\b(?:emergency|ambulance|crisis|suicide|poison|poisons)\s+(?:number|numbers|line|phone)\b.*\?"
    r"|\bwho (?:do|should|can) (?:i|we) (?:call|ring|phone)\b", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:emergenc\w*|ambulance|911|999|112|000|crisis|suicide|poison\w*|urgent|help line|helpline)\b", re.IGNORECASE)


def _said(line: str) -> str:
    return " " + " ".join(line.lower().replace("'", "").replace("’", "").replace("?", " ").replace(",", " ").split()) + " "


# "1. but what number do i call" (t11): the number to call asked with nothing after it is the emergency number
_BARE = re.compile(r"\b(?:what|whats|which|wich)(?: the)? (?:number|phone number|no|line) (?:do|should|can|would|shall|to) (?:i |we )?"
                   r"(?:call|ring|dial|phone)(?: then| now| for help| for that)? $")


def asks_number(line: str) -> bool:
    """Does the line ask which number to call in an emergency (or for a crisis or a poisoning)?"""
    said = _said(line)
    return bool(_ASKS.search(said) and (_ABOUT.search(said) or _BARE.search(said)))


def beside_answer(line: str, reading, country: str | None = None):
    """An answer with the number question beside it ("1. but what number do i call"): (the reading
    without the question kept as its note, the numbers to say), else (reading, "")."""
    from dataclasses import replace

    if not asks_number(line):
        return reading, ""
    if reading.note and asks_number(reading.note):
        reading = replace(reading, note="")
    return reading, reply(line, country)


def country_named(line: str) -> str | None:
    """The code of the country the line names, the longest name first ("northern ireland" is the UK)."""
    said = _said(line)
    names = sorted(((str(w).lower(), code) for code, spec in numbers.table()["countries"].items() for w in spec.get("words", ())),
                   key=lambda pair: -len(pair[0]))
    for word, code in names:
        if f" {word} " in said:
            return code
    return None


def reply(line: str, country: str | None = None) -> str:
    """The numbers for the country named, else the one in use, and how to set it."""
    current = numbers.current_country(country)
    code = country_named(line) or current
    n = numbers.numbers_for(code)
    name = numbers.table()["countries"][code]["name"]
    parts = [f"In {name}, call {n['emergency']} for an emergency."]
    if n.get("crisis"):
        parts.append(f"For thoughts of suicide or a crisis, {'call or text' if n.get('crisis_text') else 'call'} {n['crisis']} ({n['crisis_name']}).")
    if n.get("poison"):
        parts.append(f"For a poisoning, call {n['poison_name']}: {n['poison']}.")
    else:  # no poisons line for this country in REFERENCE.md section 6: none is made up
        parts.append(f"For a poisoning, call your local poison centre, or {n['emergency']} if you cannot reach one.")
    if code != current:
        parts.append(f"To have me give the numbers for {name}, start the app with --country {code}.")
    return " ".join(parts)
