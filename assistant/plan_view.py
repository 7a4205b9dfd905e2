"""The plan as templates see it: a part read alone is worked out alone.

Most question templates read one or two parts of the plan (red_flags: `plan.sure_before`; timing:
`plan.timing`; logistics: `plan.records`...), and building the whole plan (doctors, notes, records,
medicines...) cost about as much as the rest of the turn's rendering (issue 17, row 1). A part is
worked out by the same function build_plan uses (rules.PLAN_PARTS), so it is the same value; anything
else (the plan shown or saved, iterated, or a key that is not a part) builds the whole plan, once.
"""

from __future__ import annotations

from collections.abc import Callable

from .later import comparison, rules
from .turns import Lazy


class PlanView(Lazy):
    """`Lazy(make)` for the plan of `slots` (`labels()`: the question labels, as build_plan takes them)."""

    def __init__(self, make: Callable[[], dict], slots: dict, labels: Callable[[], dict]) -> None:
        super().__init__(make)
        self._slots, self._labels, self._parts = slots, labels, {}

    def _part(self, name: str):
        if "value" in self.__dict__:  # the whole plan is built already: read it
            return self.value[name]
        if name not in self._parts:
            self._parts[name] = rules.plan_part(name, self._slots, self._labels)
        return self._parts[name]

    def __getattr__(self, name: str):
        if name in rules.PLAN_PARTS:  # a key the plan always has
            return self._part(name)
        return super().__getattr__(name)

    def __getitem__(self, key):
        if key in rules.PLAN_PARTS:  # plan["timing"] as plan.timing: the part alone
            return self._part(key)
        return self.value[key]

    def get(self, key, default=None):
        if key in rules.PLAN_PARTS:  # always in the plan: its value, even None
            return self._part(key)
        return self.value.get(key, default)

    def __contains__(self, key) -> bool:
        if key in rules.PLAN_PARTS:
            return True
        if key == "comparison" and "value" not in self.__dict__:
            return comparison.started(self._slots)  # build_plan adds it exactly then
        return key in self.value

    def __bool__(self) -> bool:
        return True  # build_plan's dict always has its parts: never empty
