"""The decision logic, from the seeds, in one place.

Every function takes the conversation's slots (a plain dict of answers) and returns data;
templates only word the result. Source keys (S1..S4, SURE) are listed in dialogues/flow.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import comparison

# --- SURE test (Légaré 2010): 4 yes/no items, yes = 1. ------------------------------------
SURE_ITEMS = ("sure", "understand", "values", "support")
# Each "no" names what the person needs (SURE).
SURE_NEEDS = {
    "sure": "certainty",
    "understand": "knowledge",
    "values": "values",
    "support": "support",
}


def sure_score(answers: list[str] | None) -> int | None:
    if answers is None:
        return None
    return sum(1 for item in SURE_ITEMS if item in answers)


def sure_needs(answers: list[str] | None) -> list[str]:
    """The needs behind each 'no' (empty when the score is 4)."""
    if answers is None:
        return []
    return [SURE_NEEDS[item] for item in SURE_ITEMS if item not in answers]


# --- Timing (S1, the 5-row timing table; the stabilise-while-reviewing middle path). ---------
TIMINGS = ("urgent_care_first", "now", "after_tests", "now_and_after_tests", "parallel", "not_needed")


def timing(slots: dict) -> str:
    if slots.get("emergency_was_current"):
        return "urgent_care_first"  # S1: emergencies first; review after stabilisation
    situation = slots.get("situation")
    if situation == "worsening":
        # S1 table: "now, but do not delay urgent evaluation"; never "after more tests". This
        # holds even when the user picks an alternative to a second opinion.
        return "parallel" if slots.get("seen_since_worse") == "yes" else "urgent_care_first"
    if slots.get("fit_choice") == "alternative":
        return "not_needed"  # S1: when a second opinion may not make sense, use an alternative
    tests_pending = slots.get("tests_pending") == "yes"
    if slots.get("deadline") == "days":
        # S1: if care is urgent, go on with stabilising steps while arranging a rapid review.
        return "parallel"
    if situation == "surgery":
        # S1 table: now; after tests "only if tests are pending and will change the plan".
        return "after_tests" if tests_pending else "now"
    if situation == "new_diagnosis":
        # S1 table: now; "sometimes, if key confirmatory tests are scheduled soon".
        return "after_tests" if tests_pending else "now"
    if situation == "chronic":
        # S1 table: now; "also yes, if targeted tests are part of a structured plan".
        return "now_and_after_tests" if tests_pending else "now"
    if situation == "treatment_failure":
        # S1 table: now; tests come later, if the second opinion asks for them.
        return "now"
    return "after_tests" if tests_pending else "now"


# --- When a second opinion may not help (S1: 4 situations, doctor shopping). ---------------
@dataclass
class Fit:
    recommended: bool
    reasons_for: list[str] = field(default_factory=list)  # sign ids that apply
    reasons_against: list[str] = field(default_factory=list)  # ids of the "may not help" cases

    @property
    def doctor_shopping(self) -> bool:
        return "many_opinions" in self.reasons_against


def fit(slots: dict) -> Fit:
    signs = [s for s in slots.get("signs", []) if s != "none"]
    more = [s for s in slots.get("signs_more", []) if s != "none"]
    reasons_for = signs + more
    against: list[str] = []
    if slots.get("situation") == "straightforward":
        against.append("straightforward")  # clear diagnosis, standard treatment, plan working
    if slots.get("opinions_so_far") == "many":
        against.append("many_opinions")  # repeated seeking with no decision point
    # A clear problem with no sign, or several opinions already, points to an alternative first.
    serious = [s for s in reasons_for if s != "peace_of_mind"]
    recommended = not against or (bool(serious) and "many_opinions" not in against)
    if "insurance_requires" in more:
        recommended = True  # S4: the insurer requires it for coverage
    return Fit(recommended=recommended, reasons_for=reasons_for, reasons_against=against)


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
)


def specialists(slots: dict) -> list[str]:
    if slots.get("fit_choice") == "alternative":
        return []
    situation = slots.get("situation")
    focus = set(slots.get("focus", []))
    picked: list[str] = []

    def add(kind: str) -> None:
        if kind not in picked:
            picked.append(kind)

    if situation == "surgery" or "surgery" in focus:
        add("procedure_surgeon")  # a surgeon who specialises in that procedure
    if situation in ("new_diagnosis", "treatment_failure") or "subtype" in focus:
        add("subspecialist")  # conditions with subtypes need someone who sees them often
    if "pathology" in focus:
        add("pathology_review")  # when biopsy results set stage or therapy
    if "imaging" in focus:
        add("radiology_overread")  # when reading the scan drives treatment
    if "rare" in focus or "rare_complex" in slots.get("signs", []):
        add("multidisciplinary_team")  # S1: a team review for rare or complex cases
    if situation in ("chronic", "worsening", "other", "straightforward") or not picked:
        add("general_internist")  # a "what is going on?" review
        if situation == "chronic":
            add("diagnostic_clinic")
    if "travel_hard" in focus:
        add("telehealth")  # good when the need is record review and decision framing
    return picked


# --- Records (S1: 8 types; newest imaging, pathology report and the current-plan note first).
RECORDS = (
    "timeline",
    "medications",
    "clinic_notes",
    "labs",
    "imaging",
    "pathology",
    "procedure_notes",
    "discharge_summaries",
)
# S1: "If you can only gather a few things quickly, prioritize: the newest imaging, the
# pathology report (if any), and the summary note that contains the current plan."
RECORDS_FIRST = ("imaging", "pathology", "clinic_notes")
RECORDS_THEN = ("timeline", "medications", "labs", "procedure_notes", "discharge_summaries")
# You write these yourself, so they always apply.
RECORDS_ALWAYS = ("timeline", "medications")


def records(slots: dict) -> list[str]:
    if slots.get("fit_choice") == "alternative":
        return []
    exist = set(slots.get("records_exist", []))
    if not exist or "not_sure" in exist:
        exist = set(RECORDS)  # when unsure, gather every kind that may exist
    exist |= set(RECORDS_ALWAYS)
    return [r for r in RECORDS_FIRST + RECORDS_THEN if r in exist]


# --- The plan ---------------------------------------------------------------------------
def ordered_questions(slots: dict, labels: dict[str, str]) -> list[str]:
    """The user's questions in the order they chose (labels maps question id -> text)."""
    order = slots.get("questions_order")
    if order:
        return list(order) + [q for q in slots.get("questions_added", []) if q not in order]
    return question_list(slots, labels)


def question_list(slots: dict, labels: dict[str, str]) -> list[str]:
    picked = [labels[q] for q in slots.get("questions_picked", []) if q in labels]
    own = slots.get("questions_own")
    if own:
        picked.append(own)
    # Questions the person asked me that only their doctor can answer (engine: `questions_added`).
    picked += [q for q in slots.get("questions_added", []) if q not in picked]
    return picked


def build_plan(slots: dict, question_labels: dict[str, str]) -> dict:
    when = timing(slots)
    plan = {
        "decision": slots.get("decision", ""),
        "timing": when,
        "specialist": specialists(slots),
        "records": records(slots),
        "questions": ordered_questions(slots, question_labels),
        "alternatives": [a for a in slots.get("alternatives", []) if a != "none"] if slots.get("fit_choice") == "alternative" else [],
        "sure_before": sure_score(slots.get("sure_before")),
        "sure_after": sure_score(slots.get("sure_after")),
    }
    if comparison.started(slots):
        plan["comparison"] = comparison.summary(slots)
    return plan
