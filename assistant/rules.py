"""The decision logic, from the seeds, in one place.

Every function takes the conversation's slots (a plain dict of answers) and returns data;
templates only word the result. Source keys (S1..S4, SURE) are listed in dialogues/flow.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import comparison, condition_doctors, medicine_names, records_not_yet

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


# --- Who the patient is ----------------------------------------------------------------------
AGE_BANDS = ("baby", "child", "teen", "adult")  # under 1, 1 to 12, 13 to 17, 18 and over
CHILD_BANDS = ("baby", "child", "teen")


def is_child(slots: dict) -> bool:
    return slots.get("age_band") in CHILD_BANDS


# --- Timing (S1, the 5-row timing table; the stabilise-while-reviewing middle path). ---------
TIMINGS = ("urgent_care_first", "now", "after_tests", "now_and_after_tests", "parallel", "not_needed")


def timing(slots: dict) -> str:
    # An emergency that a doctor has checked, with things stable, no longer sets the timing:
    # S1 "You can still pursue a second opinion after stabilization" (seed 000 line 165), so
    # the table below applies again. Signs that stopped today never get here: the urgent turn
    # keeps asking until a doctor has checked.
    situation = slots.get("situation")
    if situation == "worsening":
        # S1 table: "Yes, but do not delay urgent evaluation" / "No, prioritize urgent care
        # first" (line 130). Holds even when the user picks an alternative to a second opinion.
        return "parallel" if slots.get("seen_since_worse") == "yes" else "urgent_care_first"
    if slots.get("fit_choice") in ("alternative", "keep_plan"):
        return "not_needed"  # S1: when a second opinion may not make sense, use an alternative
    # A check that surgery is safe ("a heart clearance before surgery") does not change the plan: no waiting for it
    # (S1 line 119: wait for tests that will meaningfully reduce uncertainty; user trial 6).
    tests_pending = slots.get("tests_pending") == "yes" and not slots.get("tests_clearance_only")
    if situation == "surgery" and slots.get("deadline") != "days":
        # S1 table: now; after tests "Only if tests are pending and will change the plan" (line 128).
        return "after_tests" if tests_pending else "now"
    if situation in ("new_diagnosis", "chronic", "surgery"):
        # New diagnosis: "Sometimes, if key confirmatory tests are scheduled soon" (line 129),
        # next to "Yes" for now: now AND after those tests, never waiting alone. Chronic:
        # "Also yes, if targeted tests are part of a structured plan" (line 131). A booked
        # operation within days: "now", with a fast review, and the results when they come
        # (line 119: "best sought now when a decision is imminent and irreversible").
        return "now_and_after_tests" if tests_pending else "now"
    if situation == "treatment_failure":
        # S1 table: now; "Possibly, if the second opinion requests specific tests" (line 132).
        return "now"
    if slots.get("deadline") == "days":
        return "now_and_after_tests" if tests_pending else "now"
    return "after_tests" if tests_pending else "now"


def fast_review(slots: dict) -> bool:
    """A choice within days: ask for a fast review (S1 line 98, "arranging a rapid review")."""
    return slots.get("deadline") == "days" and timing(slots) not in ("urgent_care_first", "not_needed")


# --- When a second opinion makes sense, and when it may not (S1: 10 signs, 4 situations). ----
# The five rows of S1's timing table each say "Seek second opinion now: Yes" (lines 128-132).
SUPPORTING_SITUATIONS = ("surgery", "new_diagnosis", "worsening", "chronic", "treatment_failure")
VERDICTS = ("makes_sense", "your_call", "may_not_help")


@dataclass
class Fit:
    verdict: str
    reasons_for: list[str] = field(default_factory=list)  # sign ids that apply
    reasons_against: list[str] = field(default_factory=list)  # ids of the "may not help" cases
    situation_supports: bool = False
    # The doubt is about the diagnosis itself (no clear diagnosis, a vague or rare one, tests and
    # symptoms that do not match): after many opinions, a team review is the next step (S1 lines 279-288).
    diagnosis_in_doubt: bool = False

    @property
    def recommended(self) -> bool:
        """'A second opinion makes sense' is said only when a sign or the situation supports it."""
        return self.verdict == "makes_sense"

    @property
    def doctor_shopping(self) -> bool:
        return "many_opinions" in self.reasons_against


def many_opinions_without_decision_point(slots: dict) -> bool:
    # S1 line 296: "repeatedly seeking confirmation without a clear decision point".
    return slots.get("opinions_so_far") == "many" and slots.get("decision_point") != "yes"


def fit(slots: dict) -> Fit:
    signs = [s for s in slots.get("signs", []) if s != "none"]
    more = [s for s in slots.get("signs_more", []) if s != "none"]
    reasons_for = signs + more
    situation = slots.get("situation")
    against: list[str] = []
    if situation == "straightforward":
        against.append("straightforward")  # S1 lines 304-310: clear diagnosis, standard plan working
    if many_opinions_without_decision_point(slots):
        against.append("many_opinions")
    serious = [s for s in reasons_for if s != "peace_of_mind"]
    supports = situation in SUPPORTING_SITUATIONS
    if "insurance_requires" in more:
        verdict = "makes_sense"  # S4 line 97: the insurer requires it for coverage
    elif against and not (serious and "many_opinions" not in against):
        verdict = "may_not_help"
    elif serious or supports:
        verdict = "makes_sense"
    else:
        # No sign and no situation from the table: a balanced "your call" (S4 line 109:
        # "peace of mind is a valid reason"; S4 line 81: weigh the pros and cons yourself).
        verdict = "your_call"
    in_doubt = situation in ("chronic", "new_diagnosis") or bool({"vague_diagnosis", "rare_complex", "mismatch"} & set(signs))
    return Fit(verdict=verdict, reasons_for=reasons_for, reasons_against=against, situation_supports=supports,
               diagnosis_in_doubt=in_doubt)


# --- Specialist matching: assistant/specialists.py (names kept here for old callers). ----------
from .specialists import FOR_A_CHILD, SPECIALISTS, _not_rejected, rare_or_complex, specialists  # noqa: E402,F401


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
# S1 line 208: "If you can only gather a few things quickly, prioritize: the newest imaging,
# the pathology report (if any), and the summary note that contains the current plan."
RECORDS_FIRST = ("imaging", "pathology", "clinic_notes")
RECORDS_THEN = ("timeline", "medications", "labs", "procedure_notes", "discharge_summaries")
# You write the first two yourself; every doctor writes the third. So they always apply, and
# the note with the current plan is always among the first three.
RECORDS_ALWAYS = ("timeline", "medications", "clinic_notes")


def too_few_records(slots: dict) -> bool:
    """S1 line 179: "If you bring nothing, the second opinion becomes an inspection"."""
    return "none" in slots.get("records_exist", []) and slots.get("fit_choice") not in ("alternative", "keep_plan")


def records(slots: dict) -> list[str]:
    if slots.get("fit_choice") in ("alternative", "keep_plan"):
        return []
    exist = set(slots.get("records_exist", []))
    if not exist or exist & {"not_sure", "none"}:
        exist = set(RECORDS)  # when unsure or none yet, ask for every kind that may exist
    exist |= set(RECORDS_ALWAYS)
    exist -= set(records_not_yet.not_yet(slots))  # "no scans yet": not to bring, ask whether needed (lo9)
    return [r for r in RECORDS_FIRST + RECORDS_THEN if r in exist]


# --- The plan ---------------------------------------------------------------------------
def ordered_questions(slots: dict, labels: dict[str, str]) -> list[str]:
    """The user's questions in the order they chose (labels maps question id -> text)."""
    order = slots.get("questions_order")
    if order:
        removed = slots.get("questions_removed") or []
        return list(order) + [q for q in slots.get("questions_added", []) if q not in order and q not in removed]
    return question_list(slots, labels)


_ASKING = {"how", "what", "why", "when", "where", "which", "who", "whose", "will", "can", "could", "should", "would",
           "is", "are", "was", "do", "does", "did", "has", "have", "may", "might", "shall"}


def question_list(slots: dict, labels: dict[str, str]) -> list[str]:
    picked = [labels[q] for q in slots.get("questions_picked", []) if q in labels]
    own = slots.get("questions_own")
    if own:
        from .understanding.text import capital_first

        own = capital_first(own)  # "can the catheter fix it?" heads the line as a question would
        if own.split(" ", 1)[0].lower() in _ASKING and own[-1:].isalnum():
            own += "?"  # "how much will the chemo affect her growth": a question, and it reads as one
        picked.append(own)
    # Questions the person asked me that only their doctor can answer (engine: `questions_added`).
    picked += [q for q in slots.get("questions_added", []) if q not in picked]
    return picked


def emergency(slots: dict) -> dict | None:
    """The emergency episode, once a doctor has checked and things are stable (S1 line 165:
    "the second opinion can help review what happened"); or, status "told_not_checked", signs
    the person told and then said, twice and with reasons, were not happening (S1: a second
    opinion never delays emergency care, so the plan says so). None when there was none."""
    if slots.get("emergency_was_current"):
        return {"signs": list(slots.get("emergency_categories", [])), "status": "seen_and_stable"}
    if slots.get("emergency_told"):
        return {"signs": list(slots["emergency_told"]), "status": "told_not_checked"}
    if slots.get("crisis_told"):  # thoughts of suicide told, and "not happening now": the crisis line stays
        return {"signs": ["self_harm"], "status": "crisis_not_now"}
    return None


_NOT_WORD = re.compile(r"[^\w\s]|_")  # what is neither a letter, a digit nor a space (re's \w is str.isalnum, or "_")


def _same(text) -> str:
    """The text as compared: lower case, letters, digits and single spaces only."""
    return " ".join(_NOT_WORD.sub("", str(text or "").lower()).split())


def _new_notes(slots: dict) -> dict:
    """The notes kept with answers, without one that only repeats what the plan already says ("by dec 20"
    is the deadline as typed: not again as "About the deadline: By dec 20")."""
    from .understanding.jokes import joke_only  # "These forms are gonna be the death of me lol": no note for the doctor

    from .note_picks import named_picks
    from .understanding.text import capital_first
    from .understanding.told_clean import for_the_plan  # talk aimed at me, side remarks, fillers: not for the doctor (user trial 8)

    shown = {_same(slots.get(k)) for k in ("deadline_text", "unsure_because", "decision")} - {""}
    notes = {k: for_the_plan(v) for k, v in (slots.get("answer_notes") or {}).items() if not joke_only(v)}
    # a pick's number in a note is printed as the choice's words, and every note opens with a capital (u24b)
    return {k: capital_first(named_picks(v, k, slots)) for k, v in notes.items() if v and not _shown_already(_same(v), shown)}


def _shown_already(note: str, shown: set[str]) -> bool:
    """The note is a line the plan shows, or a whole part of one ("her slot is on the 20th" in the deadline "within a
    few weeks, her slot is on the 20th": the deadline note was shown twice, helper ut16). A part only when whole words."""
    return note in shown or any(f" {note} " in f" {text} " for text in shown if len(note.split()) >= 2)


def day_in_words(iso: str | None) -> str | None:
    """"2026-12-18" as "Friday 18 December" (the words the plan and the kit use), None if not a date."""
    from datetime import date

    try:
        day = date.fromisoformat(str(iso)) if iso else None
    except ValueError:
        return None
    return f"{day:%A} {day.day} {day:%B}" if day else None


def said(slots: dict) -> dict:
    """What the person told us that the next doctor should hear, in their words where typed.
    Keys are always present (None or empty when not said), so the shape never changes."""
    more = slots.get("signs_more", [])
    return {
        "unsure_because": slots.get("unsure_because"),
        "deadline": slots.get("deadline"),
        "deadline_date": slots.get("deadline_date"),
        "deadline_text": slots.get("deadline_text"),
        # Added with the date said for the decision: that day in words ("Friday 18 December"), or None.
        "deadline_day": day_in_words(slots.get("deadline_date")),
        "tests_pending": slots.get("tests_pending"),
        "insurer_requires": "insurance_requires" in more,
        "insurer_needs": [n for n in slots.get("insurer_needs", []) if n != "none"],
        "tell_doctor": slots.get("tell_doctor"),
        "notes": _new_notes(slots),
        # a question taken off the list at the order question is not shown as asked either
        "questions_added": [q for q in slots.get("questions_added") or [] if q not in (slots.get("questions_removed") or [])],
    }


def _specialist_for(slots: dict, kinds: list[str]) -> str | None:
    """The doctor for the condition named in the decision ("A doctor who treats diabetic foot problems often"),
    printed in place of the general subspecialist line; None when no condition is named (lo9)."""
    return condition_doctors.doctor_line(slots, is_child(slots)) if {"subspecialist", "pediatric_subspecialist"} & set(kinds) else None


# The plan's parts, in the plan's order, each from the slots alone (`labels()`: the question labels, for the
# one part that needs them). build_plan puts them together; a template that reads one part (red_flags reads
# only `plan.sure_before`) has it worked out alone (plan_view.py, issue 17 row 1), from the same function.
PLAN_PARTS = {
    "decision": lambda slots, labels: slots.get("decision", ""),
    "timing": lambda slots, labels: timing(slots),
    "specialist": lambda slots, labels: specialists(slots),
    "records": lambda slots, labels: records(slots),
    "questions": lambda slots, labels: ordered_questions(slots, labels()),
    "alternatives": lambda slots, labels: ([a for a in slots.get("alternatives", []) if a != "none"]
                                           if slots.get("fit_choice") == "alternative" else []),
    "sure_before": lambda slots, labels: sure_score(slots.get("sure_before")),
    "sure_after": lambda slots, labels: sure_score(slots.get("sure_after")),
    # Added in content 1.1.0 (never renamed; see README):
    "fit": lambda slots, labels: fit(slots).verdict if "signs" in slots else None,
    "choice": lambda slots, labels: slots.get("fit_choice"),
    "age_band": lambda slots, labels: slots.get("age_band"),
    "fast_review": lambda slots, labels: fast_review(slots),
    "too_few_records": lambda slots, labels: too_few_records(slots),
    "emergency": lambda slots, labels: emergency(slots),
    "said": lambda slots, labels: said(slots),
    # Added with the timeline step: the events typed at the optional timeline step ({"when", "what"},
    # dates as typed), and that line as typed; [] and None when skipped or not asked.
    "timeline": lambda slots, labels: [dict(e) for e in slots.get("timeline") or []],
    "timeline_text": lambda slots, labels: slots.get("timeline_text"),
    # Added with the doctors asked for: the kinds of doctor the person asked for, as typed
    # ("an endometriosis specialist"); [] when none.
    "specialist_asked": lambda slots, labels: list(slots.get("specialist_asked") or []),
    # The kinds of doctor the person said no to, as typed ("a surgeon"); [] when none.
    "specialist_rejected": lambda slots, labels: list(slots.get("specialist_rejected") or []),
    # The medicines named in the conversation, as typed ("sertraline"); [] when none (lo8).
    "medicines": lambda slots, labels: medicine_names.in_slots(slots),
    # The records said not to exist yet ("no scans yet"), as record kinds: the plan says to ask whether they are
    # needed, never to bring them; [] when none (lo9).
    "records_not_yet": lambda slots, labels: (records_not_yet.not_yet(slots)
                                              if slots.get("fit_choice") not in ("alternative", "keep_plan") else []),
    "specialist_for": lambda slots, labels: _specialist_for(slots, specialists(slots)),  # (build_plan: the kinds found once)
}
_LAST_PART = "specialist_for"
assert list(PLAN_PARTS)[-1] == _LAST_PART


def plan_part(name: str, slots: dict, labels) -> object:
    """One part of build_plan(slots, labels()) (a key of PLAN_PARTS), worked out alone."""
    return PLAN_PARTS[name](slots, labels)


def build_plan(slots: dict, question_labels: dict[str, str]) -> dict:
    labels = lambda: question_labels  # noqa: E731
    plan = {name: part(slots, labels) for name, part in PLAN_PARTS.items() if name != _LAST_PART}
    plan[_LAST_PART] = _specialist_for(slots, plan["specialist"])
    if comparison.started(slots):
        plan["comparison"] = comparison.summary(slots)
    return plan
