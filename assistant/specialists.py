"""Who should give the second opinion: the kinds of doctor the plan names (S1: 5 matching rules and
telehealth; S2: case volume), and the condition named in the decision (assistant/condition_doctors.py)."""

from __future__ import annotations

import re

from .condition_doctors import condition_pattern, named_condition


def is_child(slots: dict) -> bool:
    from .rules import is_child as child  # rules imports this module

    return child(slots)


# --- Specialist matching (S1: 5 rules and telehealth; S2: case volume). ---------------------
SPECIALISTS = (
    "general_internist",
    "diagnostic_clinic",
    "subspecialist",
    "procedure_surgeon",
    "radiology_overread",
    "pathology_review",
    "multidisciplinary_team",
    "telehealth",
    # For a child: never "a doctor for adults".
    "pediatrician",
    "pediatric_subspecialist",
    "pediatric_surgeon",
    "childrens_hospital_team",
)
# The same kind of reviewer, for a child.
FOR_A_CHILD = {
    "general_internist": "pediatrician",
    "diagnostic_clinic": "childrens_hospital_team",
    "subspecialist": "pediatric_subspecialist",
    "procedure_surgeon": "pediatric_surgeon",
    "multidisciplinary_team": "childrens_hospital_team",
}


def rare_or_complex(slots: dict) -> bool:
    return "rare" in slots.get("focus", []) or "rare_complex" in slots.get("signs", [])


def specialists(slots: dict) -> list[str]:
    if slots.get("fit_choice") in ("alternative", "keep_plan"):
        return []
    situation = slots.get("situation")
    focus = set(slots.get("focus", []))
    picked: list[str] = []

    def add(kind: str) -> None:
        if is_child(slots):
            kind = FOR_A_CHILD.get(kind, kind)
        if kind not in picked:
            picked.append(kind)

    if situation == "surgery" or "surgery" in focus:
        add("procedure_surgeon")  # a surgeon who specialises in that procedure
    if situation in ("new_diagnosis", "treatment_failure") or "subtype" in focus:
        add("subspecialist")  # conditions with subtypes need someone who sees them often
    if named_condition(slots):
        add("subspecialist")  # a condition named in the decision: a doctor for it (condition_doctors.py)
    if rare_or_complex(slots):
        # S1 line 182: "subspecialists who see your condition frequently"; S1 line 286: "A
        # multidisciplinary team review"; S2 line 7: "a high volume of patients with that exact condition".
        add("subspecialist")
        add("multidisciplinary_team")
    if "pathology" in focus:
        add("pathology_review")  # when biopsy results set stage or therapy
    if "imaging" in focus:
        add("radiology_overread")  # when reading the scan drives treatment
    if situation in ("chronic", "worsening", "other", "straightforward") or not picked:
        add("general_internist")  # a "what is going on?" review
        if situation == "chronic":
            add("diagnostic_clinic")
    if "travel_hard" in focus:
        add("telehealth")  # good when the need is record review and decision framing
    return _not_asked_twice(_not_rejected(picked, slots), slots)


# A kind of doctor the person said "not" to ("I said NOT a surgeon"): the plan's kinds it names.
_REJECTS = (
    (("surg", "cut", "operat"), ("procedure_surgeon", "pediatric_surgeon")),
    (("radiolog", "scan"), ("radiology_overread",)),
    (("patholog", "lab"), ("pathology_review",)),
    (("internist", "gp", "general", "primary", "family", "pediatrician"), ("general_internist", "pediatrician")),
    (("video", "tele", "virtual", "online"), ("telehealth",)),
    (("team", "board", "tumor"), ("multidisciplinary_team", "childrens_hospital_team")),
)


def _not_rejected(picked: list[str], slots: dict) -> list[str]:
    """The plan's kinds without those the person said no to; a surgeon said no to leaves "a doctor
    who treats this exact problem" in its place, so there is still someone to see."""
    said = " ".join(str(w).lower() for w in slots.get("specialist_rejected") or [])
    if not said:
        return picked
    gone = {kind for stems, kinds in _REJECTS if any(stem in said for stem in stems) for kind in kinds}
    kept = [kind for kind in picked if kind not in gone]
    if len(kept) < len(picked) and not any(k in kept for k in ("subspecialist", "pediatric_subspecialist")):
        kept.insert(0, "pediatric_subspecialist" if is_child(slots) else "subspecialist")
    return kept


# A kind of doctor the person asked for ("a breast surgeon") that is one of the plan's kinds: the plan's general
# line for it is left out, the asked one (more specific, in their words) kept. Same stems as _REJECTS, but a
# "tumor" specialist is no team review.
_ASKED = tuple(((stems if "team" not in stems else ("team", "board")), kinds) for stems, kinds in _REJECTS)
_SPECIALIST = re.compile(r"\b(?:specialist|expert|consultant|\w+ologist|\w+ician|\w+iatrist)s?\b")
_NOT_FOR_A_CONDITION = ("radiolog", "patholog", "pediatrician", "physician")


def _asks_for_the_condition(asked: str, slots: dict) -> bool:
    """An asked specialist ("an endometriosis specialist", "a breast oncologist") who is the doctor for the
    condition: when the plan names the condition, the asked words must name it too ("an oncologist" for breast
    cancer leaves "a breast oncologist" in the plan, the more specific of the two)."""
    words = [w for w in _SPECIALIST.findall(asked) if not w.startswith(_NOT_FOR_A_CONDITION)]
    if not words:
        return False
    found = condition_pattern(slots)
    return found is None or bool(found.search(" ".join(asked.replace("'", "").split())))


def _not_asked_twice(picked: list[str], slots: dict) -> list[str]:
    asked = [str(a).lower() for a in slots.get("specialist_asked") or [] if isinstance(a, str) and a.strip()]
    if not asked:
        return picked
    said = " ".join(asked)
    gone = {kind for stems, kinds in _ASKED if any(stem in said for stem in stems) for kind in kinds}
    if any(_asks_for_the_condition(a, slots) for a in asked):
        gone |= {"subspecialist", "pediatric_subspecialist"}
    return [kind for kind in picked if kind not in gone]
