"""Named conditions and actions that dialogues/flow.yaml may use.

Each takes the conversation's slots. The flow loader checks that every name used in the
flow is here, because `transitions` never validates callback names given as strings.
"""

from __future__ import annotations

from collections.abc import Callable

from .later import comparison, rules  # imported at the first condition tested, not with the first turn (row 6b)
from .wording import age_band_from

Slots = dict

CONDITIONS: dict[str, Callable[[Slots], bool]] = {
    "is_caregiver": lambda s: s.get("role") == "caregiver",
    # A caregiver's answer to "who are you helping?" that does not make the age clear.
    "needs_age_band": lambda s: s.get("role") == "caregiver" and not s.get("age_band") and not age_band_from(s.get("who")),
    "is_child": lambda s: rules.is_child(s),
    # "Symptoms are getting worse fast": urgent evaluation first, asked at once (S1 line 130).
    "worsening_not_asked": lambda s: s.get("situation") == "worsening" and "seen_since_worse" not in s,
    "one_other_opinion": lambda s: s.get("opinions_so_far") == "one_more",
    "many_other_opinions": lambda s: s.get("opinions_so_far") == "many",
    "chose_compare_now": lambda s: s.get("two_opinions_next") == "compare",
    "chose_keep_plan": lambda s: s.get("fit_choice") == "keep_plan",
    "opinions_agree": lambda s: s.get("two_opinions_next") == "agree",
    "insurer_requires": lambda s: "insurance_requires" in s.get("signs_more", []),
    "compare_needs_who": lambda s: s.get("role") not in ("patient", "caregiver") and not s.get("compare_for"),
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
    "chose_second_opinion": lambda s: s.get("fit_choice") == "second_opinion",
    # The optional timeline step: not when time is short (a choice within days, urgent care first).
    "timeline_fits": lambda s: not rules.fast_review(s) and rules.timing(s) != "urgent_care_first",
    # After the second opinion (dialogues/compare.yaml); the logic is in assistant/comparison.py.
    "chose_compare": lambda s: s.get("role") == "compare",
    "compare_one_opinion": lambda s: s.get("compare_opinions") == "one",
    "compare_needs_decision": lambda s: not s.get("decision"),
    "compare_plan_finished": lambda s: comparison.plan_finished(s),
    "compare_many_opinions": lambda s: comparison.many_opinions(s),
    "compare_doctor_shopping": lambda s: comparison.doctor_shopping(s),
    "compare_values_case": lambda s: comparison.values_case(s),
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
    slots["recognised"] = [CATEGORIES[flag]["label"] for flag in picked] + [
        CHILD_SIGN_LABELS[flag] for flag in slots.get("red_flags", []) if flag in CHILD_SIGN_LABELS
    ]


# Children's signs that the safety tables have no category for yet: shown by these words.
CHILD_SIGN_LABELS = {
    "child_fluids": "a child not drinking, or not peeing",
    "child_fever": "a fever with a stiff neck, a rash or a bulging soft spot, or in a baby under 3 months",
}


def _read_who_age(slots: Slots) -> None:
    band = age_band_from(slots.get("who"))
    if band and not slots.get("age_band"):
        slots["age_band"] = band


def _keep_agreed_plan(slots: Slots) -> None:
    # Two opinions that agree: the plan they share is kept, and the questions are about it (when, what if we wait).
    slots["fit_choice"] = "keep_plan"


def _set_two_opinions(slots: Slots) -> None:
    # From planning straight into comparing the two opinions the person already has.
    slots["compare_opinions"] = "two"


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
    "read_who_age": _read_who_age,
    "set_two_opinions": _set_two_opinions,
    "keep_agreed_plan": _keep_agreed_plan,
}
