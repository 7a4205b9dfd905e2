"""Moving through the conversation: `back` one step, `compare` from anywhere, `restart`.

Mixed into the Engine (assistant/engine.py), whose state, slots, history and turns it uses.
"""

from __future__ import annotations

import copy

from .episodes import STICKY_SLOTS

# The `compare` command (e.g. typed at `done`) starts comparing two opinions here.
COMPARE_START = "compare_first"


def _snapshot(slots: dict) -> dict:
    """A copy of the answers for `back`. Answers are text, flags or lists of ids, which are
    replaced rather than changed, so copying the lists is enough; anything else is deep-copied.
    (A full deepcopy was the largest cost of a turn.)"""
    copied = {}
    for key, value in slots.items():
        if type(value) is list:
            copied[key] = list(value)
        elif value is None or isinstance(value, (str, bool, int)):
            copied[key] = value
        else:
            copied[key] = copy.deepcopy(value)
    return copied


class Navigation:
    def _back(self) -> Turn:
        if not self.history:
            return self._ask(kind="reask", note="This is the first question, so there is nothing to go back to.")
        state, slots = self.history.pop()
        sticky = {k: self.slots[k] for k in STICKY_SLOTS if k in self.slots}
        self.model.slots = {**slots, **sticky}
        self._jump(state, "back")
        return self._ask(note="Going back one step.", again=True)

    def _compare(self) -> Turn:
        # Keep the slots, so the plan keeps its decision; `back` returns to where we were.
        if self.state != self.flow.check_state:
            self.history.append((self.state, _snapshot(self.slots)))
        self._jump(COMPARE_START, "compare")
        return self._ask()

    def _restart(self) -> None:
        self.pending = None
        self.history.clear()
        self.model.slots = {}
        self.model.resume_state = None
        self._jump(self.flow.start, "restart")
