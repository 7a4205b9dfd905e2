"""After the second opinion: compare two opinions and choose one next step.

Every function takes the conversation's slots and returns data; the compare templates only
word the result. Source keys are listed in dialogues/flow.yaml:
  S1 = seed 000 (the 3-part method, "not automatically wrong", unexplained disagreement,
       the 4 third-opinion triggers, team review, doctor shopping, the 10 core questions);
  S2 = seed 001 (ask both for their reasoning; surgeon vs non-surgeon; the primary care
       doctor can weigh both; the plan must fit the person's values);
  S3 = seed 002 (the 3 outcomes: confirmation, adjustment, disagreement).
"""

from __future__ import annotations

import re

OPINIONS = ("one", "two")  # the first opinion and the second, asked in equal detail
ASPECTS = ("diagnosis", "stage", "urgency", "treatment")  # S1 step 1: what the conflict is about
AGREEMENTS = ("confirmation", "adjustment", "disagreement")  # S3
# S1 trigger 2 (seed 000 line 282): "surgery vs no surgery, chemotherapy vs no chemotherapy,
# device placement vs medication": a big, hard-to-undo plan against a different plan of care.
MAJOR_TREATMENTS = ("surgery", "strong", "device")
# What a major plan can be "dramatically different" from. "More tests first" is a step before a
# choice, not a choice against it; "something else" cannot be compared.
COMPARABLE_TREATMENTS = (*MAJOR_TREATMENTS, "medicine", "watch")

# Short cell text for the side-by-side table (the chat and the exported document).
FIELD_NAMES = {
    "surgeon": "Surgeon",
    "specialist": "Specialist, not a surgeon",
    "primary_care": "Family doctor or internist",
    "team": "A team of experts",
    "not_sure": "Not sure",
}
CONFIDENCE_NAMES = {
    "sure": "Very sure",
    "fairly": "Fairly sure",
    "unsure": "Not sure, wants tests",
    "not_said": "Did not say",
}
TREATMENT_NAMES = {
    "surgery": "Surgery or a procedure",
    "strong": "Strong treatment",
    "device": "A device in the body",
    "medicine": "Medicine or therapy",
    "watch": "Watch and wait",
    "tests": "More tests first",
    "other": "Something else",
}
NOT_GIVEN = "Not given"


def started(slots: dict) -> bool:
    """Two opinions were actually compared: the second one was described. Choosing to compare,
    then saying only one opinion so far, is not a comparison (the plan must not show one)."""
    return slots.get("compare_opinions") in ("two", "three_plus") and "compare_two_treatment" in slots


def plan_finished(slots: dict) -> bool:
    """The planning flow got as far as its summary (the second SURE test was answered)."""
    return "sure_after" in slots


# Typed answers that mean "no reason was given" (a skipped answer means the same).
_NO_REASON = re.compile(
    r"^(they |he |she |the doctor )?(did ?n[o']?t|never) (say|give|explain|tell)|^no (reason|explanation)|^(none|nothing) (given|said)",
    re.IGNORECASE,
)


def reason(slots: dict, which: str) -> str | None:
    text = (slots.get(f"compare_{which}_reason") or "").strip()
    return None if not text or _NO_REASON.search(text) else text


def opinion(slots: dict, which: str) -> dict:
    """One opinion as plain words, with the same keys for both opinions."""
    return {
        "field": FIELD_NAMES.get(slots.get(f"compare_{which}_field"), NOT_GIVEN),
        "diagnosis": slots.get(f"compare_{which}_diagnosis") or NOT_GIVEN,
        "confidence": CONFIDENCE_NAMES.get(slots.get(f"compare_{which}_confidence"), NOT_GIVEN),
        "treatment": TREATMENT_NAMES.get(slots.get(f"compare_{which}_treatment"), NOT_GIVEN),
        "reason": reason(slots, which) or NOT_GIVEN,
        # What the doctor advised in the person's words, when they said more than the kind of plan
        # ("total knee replacement in January"); None when they only picked a kind.
        "treatment_words": (slots.get("answer_notes") or {}).get(f"compare_{which}_treatment") or None,
    }


# --- Step 1 of the 3-part method (S1): name the conflict precisely. --------------------------
def _treatments(slots: dict) -> tuple[str | None, str | None]:
    return slots.get("compare_one_treatment"), slots.get("compare_two_treatment")


def treatments_differ(slots: dict) -> bool:
    """Two known, different kinds of plan. 'Something else' can't be compared, so the user decides."""
    one, two = _treatments(slots)
    return bool(one and two and "other" not in (one, two) and one != two)


def dramatically_different(slots: dict) -> bool:
    """S1 trigger 2: surgery vs no surgery, chemotherapy vs none, a device vs medicine. Not
    surgery vs more tests first: tests come before the choice, they are not the other side of it."""
    one, two = _treatments(slots)
    return (
        treatments_differ(slots)
        and bool({one, two} & set(MAJOR_TREATMENTS))
        and {one, two} <= set(COMPARABLE_TREATMENTS)
    )


def differs_on(slots: dict) -> list[str]:
    picked = set(slots.get("compare_differs", [])) - {"none"}
    if treatments_differ(slots):
        picked.add("treatment")  # the two plans the user named are of different kinds
    return [aspect for aspect in ASPECTS if aspect in picked]


def agreement(slots: dict) -> str:
    differs = differs_on(slots)
    if not differs:
        return "confirmation"  # S3: same diagnosis and plan
    if "diagnosis" in differs or "stage" in differs or dramatically_different(slots):
        # S3: a different diagnosis or a different treatment altogether; S1: stage is part of
        # the "foundational label", so a different stage counts with the diagnosis.
        return "disagreement"
    return "adjustment"  # S3: same diagnosis, a different or more nuanced plan


def unexplained(slots: dict) -> list[str]:
    """S1: watch for a recommendation that differs with no stated reason. Returns which opinions."""
    if agreement(slots) == "confirmation":
        return []
    return [which for which in OPINIONS if not reason(slots, which)]


def surgeon_and_non_surgeon(slots: dict) -> bool:
    """S2: a surgeon and a non-surgical specialist often differ for that reason alone."""
    fields = {slots.get("compare_one_field"), slots.get("compare_two_field")}
    return "surgeon" in fields and bool(fields & {"specialist", "primary_care", "team"})


# --- Doctor shopping (S1): many opinions and no decision point call for decision support. ----
def many_opinions(slots: dict) -> bool:
    return slots.get("compare_opinions") == "three_plus"


def doctor_shopping(slots: dict) -> bool:
    return many_opinions(slots) and slots.get("compare_decision_point") != "yes"


def urgent(slots: dict) -> bool:
    """A doctor said to act within days: S1's method holds 'unless urgent care is required'."""
    return "urgent" in slots.get("compare_context", [])


# --- Step 2 (S1): the evidence that would settle it. -----------------------------------------
EVIDENCE_FOR_CONTEXT = {  # S1 trigger 3 and step 2: repeat or re-read what was missing or unclear
    "biopsy": "A second look at the biopsy or lab report by another expert.",
    "scans": "A second read of the scans, or a repeat scan done a different way.",
    "records": "All the records, sent to both doctors, so each can look again.",
}
EVIDENCE_FOR_ASPECT = {  # S1 step 2: a specific lab, repeat imaging, pathology review, or time
    "diagnosis": "The test that tells the two problems apart. Ask both doctors which lab test, scan or biopsy review it is.",
    "stage": "The scan or biopsy detail that sets how serious it is. Ask if a second read would settle it.",
    "urgency": "Time. If both doctors say waiting is safe, watch for a set time, with a check date.",
    "treatment": "Each doctor's reasons and evidence, and what each plan would mean in this case.",
}


def poor_evidence(slots: dict) -> list[str]:
    return [c for c in EVIDENCE_FOR_CONTEXT if c in slots.get("compare_context", [])]


def evidence_gap(slots: dict) -> str:
    """What would settle the difference; empty when the two opinions agree and nothing is missing."""
    parts = [EVIDENCE_FOR_CONTEXT[c] for c in poor_evidence(slots)]
    differs = differs_on(slots)
    if not {"biopsy", "scans"} & set(poor_evidence(slots)):
        parts += [EVIDENCE_FOR_ASPECT[a] for a in differs if a in ("diagnosis", "stage")]
    parts += [EVIDENCE_FOR_ASPECT[a] for a in differs if a in ("urgency", "treatment")]
    return " ".join(parts)


# --- Third opinion or team review (S1: 4 triggers). -------------------------------------------
def rare_or_complex(slots: dict) -> bool:
    return (
        "rare" in slots.get("compare_context", [])
        or "rare_complex" in slots.get("signs", [])
        or "rare" in slots.get("focus", [])
    )


def third_opinion_reasons(slots: dict) -> list[str]:
    if agreement(slots) == "confirmation" or doctor_shopping(slots):
        return []  # nothing to settle, or more opinions would not help (S1 doctor shopping)
    differs = differs_on(slots)
    reasons = []
    if "diagnosis" in differs or "stage" in differs:
        reasons.append("diagnosis_or_stage")
    if dramatically_different(slots):
        reasons.append("treatment_very_different")
    if poor_evidence(slots):
        reasons.append("evidence_poor")
    if rare_or_complex(slots):
        reasons.append("rare_complex")
    return reasons


def third_opinion(slots: dict) -> bool:
    return bool(third_opinion_reasons(slots))


# --- Values (S1 "both can be reasonable"; S2 the plan must fit the person's values). --------
def values_case(slots: dict) -> bool:
    """Same diagnosis, two explained plans, nothing missing: the choice rests on what matters most."""
    return (
        agreement(slots) == "adjustment"
        and "treatment" in differs_on(slots)
        and not unexplained(slots)
        and not third_opinion(slots)
        and not doctor_shopping(slots)
        and not urgent(slots)
    )


VALUES_STEPS = {
    "more_now": "You chose the plan that does the most, even with more side effects. Tell both doctors. Ask each: what good does your plan do, and what side effects come with it?",
    "gentler": "You chose the gentler plan, for quality of life now, even if it may do less. Tell both doctors. Ask each: what does the gentler plan give up?",
    "not_sure": "You are not sure yet what matters most. That is normal. Take both opinions to your main doctor. Ask them to help you weigh what matters to you.",
}


# --- Step 3 (S1): the lowest-risk next step that keeps options open. --------------------------
WHO_GAVE_NO_REASON = {("one",): "the first doctor", ("two",): "the second doctor", ("one", "two"): "both doctors"}


def next_step(slots: dict) -> str:
    """One step, the first that applies, plus a reminder to keep options open when plans differ a lot."""
    step = _first_step(slots)
    if dramatically_different(slots) and not urgent(slots) and not doctor_shopping(slots):
        # S1 step 3: between an aggressive and a conservative plan, keep options open meanwhile.
        step += " Until then, ask both doctors if it is safe to wait before any step that cannot be undone."
    return step


def _first_step(slots: dict) -> str:
    if urgent(slots):  # S1: "unless urgent care is required"; never let a comparison delay care
        return "Care that is needed soon comes first. Do not let this comparison delay it. Today, call the doctor who said to act soon. Ask what is safe to do while you decide."
    if doctor_shopping(slots):  # S1: decision support, not infinite opinions
        return "Do not book another opinion yet. Book a visit with your main doctor just to decide. Bring the opinions you have, and ask for a written plan. A nurse navigator or patient advocate can help too."
    if agreement(slots) == "confirmation":  # S2: confirmation gives more confidence to go ahead
        return "Both doctors agree. You can go ahead with the plan with more confidence. Tell your main doctor what the second doctor said."
    missing = tuple(unexplained(slots))
    if missing:  # S1: unexplained disagreement is the thing to watch; S2: ask for the reasoning
        return f"Ask {WHO_GAVE_NO_REASON[missing]} to explain the reason for the plan. Then compare again."
    if poor_evidence(slots):  # S1 trigger 3: repeat or re-read before choosing
        return "Get the missing facts first. Then ask both doctors to look again."
    if third_opinion(slots):  # S1: a third review, often a team review; S2: or the primary care doctor
        review = "a team review" if many_opinions(slots) else "a third opinion or a team review"
        return f"Ask for {review} at a center that sees many cases like this. Or take both reports to your main doctor to weigh them."
    if values_case(slots) and slots.get("compare_values") in VALUES_STEPS:
        return VALUES_STEPS[slots["compare_values"]]
    return "Take both opinions to your main doctor. They can help you weigh them."  # S2


def summary(slots: dict) -> dict:
    """plan['comparison']: the public fields, plus what the side-by-side table and notes need."""
    return {
        "agreement": agreement(slots),
        "differs_on": differs_on(slots),
        "evidence_gap": evidence_gap(slots),
        "next_step": next_step(slots),
        "third_opinion": third_opinion(slots),
        "third_opinion_reasons": third_opinion_reasons(slots),
        "unexplained": unexplained(slots),
        "surgeon_and_non_surgeon": surgeon_and_non_surgeon(slots),
        "doctor_shopping": doctor_shopping(slots),
        "urgent": urgent(slots),
        "values": slots.get("compare_values") if values_case(slots) else None,
        "opinions": [opinion(slots, which) for which in OPINIONS],
    }
