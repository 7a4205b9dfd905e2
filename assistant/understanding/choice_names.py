"""How chosen answers are named back to the user: choice labels (in a caregiver's form), choice numbers
("1, 3 and 4"), a quoted answer cut to length, and the Yes/No check's question. Moved out of dialogue.py."""

from __future__ import annotations

from ..flow import StateSpec
from .reading import Reading
from .text import clean


def names(spec: StateSpec, value, forms: dict | None = None) -> str:
    """The choices' labels, in the caregiver's form when `forms` speak for a caregiver ("I will ask her doctor")."""
    labels = {c.id: c.form(forms) for c in spec.choices}
    if isinstance(value, list):
        return ", ".join(labels.get(v, str(v)) for v in value)
    return labels.get(value, str(value))


def numbers(spec: StateSpec, ids: list) -> str:
    order = [c.id for c in spec.choices]
    numbers = [str(n) for n in sorted(order.index(i) + 1 for i in ids if i in order)]
    if len(numbers) <= 1:
        return "".join(numbers)
    return ", ".join(numbers[:-1]) + " and " + numbers[-1]


def quote(text: str) -> str:
    text = clean(text)
    return text if len(text) <= 120 else text[:117] + "..."


def confirm_text(spec: StateSpec, reading: Reading, forms: dict | None = None) -> str:
    value = reading.value
    if isinstance(value, list) and len(value) > 1:  # each label quoted: labels hold commas ("Visit notes, with the plan")
        said = [f"\"{names(spec, v, forms)}\"" for v in value]
        lead = "this order: " if spec.ask == "order" else ""
        return f"Did you mean {lead}{', '.join(said[:-1])} and {said[-1]}?"
    return f"Did you mean *{names(spec, value, forms)}*?"
