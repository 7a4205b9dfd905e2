"""What a re-ask says about how to answer a choice question (the reading itself is choices.py)."""

from __future__ import annotations

from ..flow import StateSpec

# The re-ask when 'none' comes with other choices; the answer to it is read afresh (dialogue.step).
NONE_AND_MORE = "You picked 'none' and other choices too."


def how_to_answer(spec: StateSpec) -> str:
    count = len(spec.choices)
    if spec.multi:
        extra = " or 'all'" if not spec.none_choice else ", 'all' or 'none'"
        return f"Type one or more numbers from 1 to {count}, like '1, 3'{extra}. You can also type the words of a choice."
    return f"Type a number from 1 to {count}, or the words of a choice."
