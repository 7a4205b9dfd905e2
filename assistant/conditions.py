"""Named conditions and actions that dialogues/flow.yaml may use.

Each takes the conversation's slots. The flow loader checks that every name used in the
flow is here, because `transitions` never validates callback names given as strings.
"""

from __future__ import annotations

from collections.abc import Callable

from . import comparison, rules

Slots = dict

CONDITIONS: dict[str, Callable[[Slots], bool]] = {
    "is_caregiver": lambda s: s.get("role") == "caregiver",
    # A caregiver who already said who it is for ("for my son") is not asked again.
    "needs_who": lambda s: s.get("role") == "caregiver" and not s.get("who"),
    "any_red_flag": lambda s: any(f != "none" for f in s.get("red_flags", [])),
    # Signs that went away still need care today (stroke signs that pass are a warning).
    "urgent_still_current": lambda s: s.get("urgent_status") in ("now", "stopped"),
    "urgent_was_current": lambda s: s.get("urgent_status") == "seen",
    "urgent_check_yes": lambda s: s.get("urgent_check") == "yes",
    "chose_alternative": lambda s: s.get("fit_choice") == "alternative",
    "situation_worsening": lambda s: s.get("situation") == "worsening",
    "second_opinion_recommended": lambda s: rules.fit(s).recommended,
    # After the second opinion (dialogues/compare.yaml); the logic is in assistant/comparison.py.
    "chose_compare": lambda s: s.get("role") == "compare",
    "compare_one_opinion": lambda s: s.get("compare_opinions") == "one",
    "compare_needs_decision": lambda s: not s.get("decision"),
    "compare_plan_finished": comparison.plan_finished,
    "compare_many_opinions": comparison.many_opinions,
    "compare_doctor_shopping": comparison.doctor_shopping,
    "compare_values_case": comparison.values_case,
}


def _mark_emergency_current(slots: Slots) -> None:
    slots["emergency_current"] = True


def _mark_red_flags_current(slots: Slots) -> None:
    # Picked at the explicit screen: show what was picked, not anything noticed earlier.
    from .safety import CATEGORIES  # loaded by the first answer anyway

    picked = [flag for flag in slots.get("red_flags", []) if flag in CATEGORIES]
    slots["emergency_current"] = True
    slots["episode_categories"] = picked
    slots["emergency_categories"] = list(dict.fromkeys(slots.get("emergency_categories", []) + picked))
    slots["recognised"] = [CATEGORIES[flag]["label"] for flag in picked]


def _mark_stabilised(slots: Slots) -> None:
    # The emergency was real and is now over: the plan puts urgent care first.
    slots["emergency_current"] = False
    slots["emergency_was_current"] = True


def _clear_emergency(slots: Slots) -> None:
    slots["emergency_current"] = False


ACTIONS: dict[str, Callable[[Slots], None]] = {
    "mark_emergency_current": _mark_emergency_current,
    "mark_red_flags_current": _mark_red_flags_current,
    "mark_stabilised": _mark_stabilised,
    "clear_emergency": _clear_emergency,
}
