"""Modules the engine imports at their first use: the first turn (and `quit`) need no understanding."""

from __future__ import annotations

import importlib


class _Later:
    """A module imported at its first use."""

    def __init__(self, name: str) -> None:
        self._name = name
        self._module = None

    def __getattr__(self, attr: str):
        if self._module is None:  # looked up once: import_module on every use cost a lookup per call
            self._module = importlib.import_module(self._name)
        return getattr(self._module, attr)


understanding = _Later("assistant.understanding.dialogue")  # warmup.py imports it while the first turn is read
timeline = _Later("assistant.kit.timeline")  # needed from the first answer on
# Read on every answer by the engine (extras.py): a function-level import costs about 10 K instructions each time
# it runs, even with the module loaded; an attribute of one of these, about a Python call.
said_diagnosis = _Later("assistant.understanding.said_diagnosis")
deadline_band = _Later("assistant.understanding.deadline_band")
wished = _Later("assistant.understanding.wished")
ages = _Later("assistant.understanding.ages")
# Not needed by the first turn (issue 17, row 6b: the window's start-up memory); warmup.py imports them
# while it is read. rules brings the comparison, specialists, condition doctors and medicine names.
rules = _Later("assistant.rules")
comparison = _Later("assistant.comparison")  # conditions.py: the flow's compare conditions
danger_list = _Later("assistant.danger_list")
procedure_kind = _Later("assistant.procedure_kind")
records_not_yet = _Later("assistant.records_not_yet")
settled_again = _Later("assistant.settled_again")
crisis_too = _Later("assistant.crisis_too")  # "so do i" after the advice about someone else's talk of suicide (s25)
repeat_request = _Later("assistant.repeat_request")
condition_signs = _Later("assistant.condition_signs")
# episodes.py: an emergency's and a worry's words
after_not_now = _Later("assistant.after_not_now")
opioid_advice = _Later("assistant.opioid_advice")
screened_part = _Later("assistant.screened_part")
settled_signs = _Later("assistant.settled_signs")
urgent_answers = _Later("assistant.understanding.urgent_answers")
worry = _Later("assistant.understanding.worry")
