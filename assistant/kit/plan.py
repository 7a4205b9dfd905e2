"""The printed plan's own parts: the header with blanks, the to-do list and the fill-in forms.

Built from what the conversation knows (its slots and plan); whatever it does not know is
left blank to fill in by hand. Wording follows the seeds: records and images on a disc or
from the portal, a notebook, recording with permission (seed 002); insurance, network and
referral (seeds 001, 002); the one-page timeline and the medicine list (seed 000).
"""

from __future__ import annotations

import re

from .. import records_not_yet
from ..rules import day_in_words
from ..wording import role_of

# Names a person uses for a relative, not for the person: left out of "My mother Rosa".
_RELATION_WORDS = {"my", "i", "the", "our", "his", "her", "their", "mother", "father", "mom", "mum", "dad", "son", "daughter",
                   "husband", "wife", "partner", "child", "aunt", "uncle", "brother", "sister", "grandmother", "grandfather",
                   "friend", "neighbour", "neighbor", "grandma", "grandpa", "baby", "kid", "boy", "girl", "mr", "mrs", "ms"}

DEADLINE_WORDS = {
    "days": "within days",
    "weeks": "within a few weeks",
    "months": "in a few months or more",
    "no_deadline": "no set date",
    "not_sure": "not sure yet",
}
INSURANCE_WORDS = {
    "covered": "you checked: it is covered",
    "not_checked": "not checked yet",
    "no_insurance": "no insurance",
}
COMPARE_QUESTIONS = ("q10", "q6", "q7", "q2")  # the questions prompts/compare_result.md.j2 tells both doctors to answer

# A clinic, hospital or doctor named in what was typed: "Mercy Hospital", "Dr. Okafor", "St Luke's Clinic".
# Measured on a self-written set of 64 lines (benchmarks/providers.py, docs/export.md).
_PROVIDER = re.compile(
    # A doctor or professor: "Dr. Okafor", "dr sato", "Dr. J. Martin", "doctor Kim", "Prof. Williams".
    # The Spanish and Portuguese forms for a woman doctor or professor too: "dra. Silva", "Dr.ª Costa", "Doctora Ruiz",
    # "Profa. Lima" (user trial 8, F3.3: "the mastologist dra. Silva" left the first doctor blank).
    r"\b(?:[Dd][Rr](?:[Aa]|\.?ª)?\.?|[Dd]octora|Doctor|doctor|[Pp]rof(?:[Aa]|essora?)?\.?|Professor)\s+(?:[A-Z]\.\s*)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
    r"|\b[Dd][Rr](?:[Aa]|\.?ª)?\.?\s+[a-z][\w'-]+"  # "dr sato", "dra silva": only after "dr", never after the common noun "doctor"
    r"|\b(?:St\.?\s+)?(?:[A-Z][\w'&.-]*\s+){1,4}(?:Hospital|Clinic|Medical Center|Medical Centre|Health Center|Health Centre"
    r"|Cancer Center|Cancer Centre|Center|Centre|Infirmary|Institute|Practice|Medical Group|Radiology|Diagnostics|Pediatrics"
    r"|Paediatrics|Physical Therapy|Physiotherapy|Health Care|Healthcare)\b"
    # A hospital named for a saint or for children, without the word "hospital": "St. Luke's", "Seattle Children's".
    r"|\b(?:St\.?|Saint)\s+[A-Z][\w-]+'s\b|\b[A-Z][\w-]+\s+Children's\b"
    # "St Thomas'", "st lukes": a saint's hospital typed without the 's (user trial 7).
    r"|\b(?:St\.?|Saint)\s+[A-Z][\w-]+'(?!\w)|\b(?:[Ss]t\.?|[Ss]aint)\s+(?:[A-Z][a-z]{2,}|[a-z]{3,})s\b"
    # A surgeon or consultant called Mr, Mrs, Ms or Miss (the custom in the UK and Ireland): "Miss Hughes",
    # kept only in a line that speaks of a doctor (providers_named).
    r"|\b(?:Mr|Mrs|Ms|Miss)\.?\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
)
_TITLES = {"mr", "mrs", "ms", "miss"}
_MEDICAL = re.compile(r"\b(?:consultant|surgeon|specialist|doctor|dr|gp|registrar|physician|clinic|hospital|\w+ologist|\w+ician|\w+iatrist)s?\b",
                      re.IGNORECASE)
# Words after a lower-case "dr" that are not a name: "my dr said", "the dr appointment".
_NOT_SURNAMES = {"said", "says", "say", "told", "tells", "thinks", "think", "wants", "want", "is", "was", "and", "or", "at", "in",
                 "on", "to", "for", "of", "the", "a", "appointment", "appt", "visit", "office", "note", "notes", "letter", "who",
                 "that", "will", "would", "should", "can", "could", "did", "does", "has", "had", "gave", "sent", "asked", "agreed",
                 "recommended", "suggested", "offered", "wont", "didnt", "doesnt", "isnt", "if", "about", "again", "today", "thought",
                 "explained", "mentioned", "referred", "ordered", "called", "confirmed", "prescribed", "changed", "just", "never",
                 "first", "visits", "appointments", "also", "only", "there", "here", "now", "then", "before", "after", "yesterday"}
# Capitalised words that start a sentence, not a name: "Whether Mercy Hospital ..." names Mercy Hospital.
_NOT_NAMES = {"whether", "the", "a", "an", "my", "our", "at", "in", "from", "to", "i", "we", "she", "he", "they", "her",
              "his", "their", "which", "when", "should", "can", "will", "do", "does", "is", "was", "go", "see", "ask", "and",
              "but", "or", "if", "so", "then", "with", "by", "for", "of", "on", "yes", "no", "maybe", "after", "before"}


def patient_name(role: str | None, who: str | None) -> str:
    """The patient's name when a caregiver typed it ("My mother Rosa" -> "Rosa"); else blank."""
    if role != "caregiver" or not who:
        return ""
    words = [w for w in re.findall(r"[A-Z][\w'-]+", who) if w.lower() not in _RELATION_WORDS]
    return " ".join(words)


def providers_named(texts: list[str], context: str | None = None) -> list[str]:
    """Clinics and doctors named in the given typed texts, in order, each once. `context`: the
    whole line a name was cut from, for a title that names a doctor only beside doctor words."""
    found: list[str] = []
    for text in texts:
        for match in _PROVIDER.finditer(text or ""):
            words = match.group(0).strip(" .").split()
            if words[0].lower().rstrip(".") in _TITLES and not _MEDICAL.search(context or text):
                continue  # "Mr Jones next door": a title names a doctor only where a doctor is spoken of
            if words[0].lower().rstrip(".") in ("dr", "dra", "dr.ª", "doctor") and words[-1].islower() and words[-1] in _NOT_SURNAMES:
                continue
            while len(words) > 2 and words[0].lower().strip(".") in _NOT_NAMES:
                words = words[1:]
            name = " ".join(words)
            if name and name.lower() not in (f.lower() for f in found):
                found.append(name)
    return found


# The kind of doctor in a few words, as a hint in the header's blank.
SPECIALIST_HINTS = {
    "general_internist": "a general internist",
    "diagnostic_clinic": "a diagnostic clinic",
    "subspecialist": "a subspecialist for this condition",
    "procedure_surgeon": "a surgeon who does this operation often",
    "radiology_overread": "a radiologist, for a second read",
    "pathology_review": "a pathologist, for a second look",
    "multidisciplinary_team": "a team review",
    "telehealth": "a video visit or records review",
    "pediatrician": "a children's doctor",
    "pediatric_subspecialist": "a children's doctor for this condition",
    "pediatric_surgeon": "a children's surgeon who does this often",
    "childrens_hospital_team": "a team at a children's hospital",
}


def _hint(specialist, slots: dict) -> str:
    from ..procedure_kind import PROCEDURE_HINTS, scope_test, team

    if specialist == "procedure_surgeon" and (named := team(slots)):  # TAVI: a heart valve team, not a surgeon (ut16)
        return named[1]
    if specialist in PROCEDURE_HINTS and scope_test(slots):  # a colonoscopy: a procedure, not an operation
        return PROCEDURE_HINTS[specialist]
    return SPECIALIST_HINTS.get(specialist, "name and phone")


def _asked_hint(slots: dict, redacted: bool) -> str:
    """The kind of doctor the person asked for, first (as typed): the blank's hint says it, never the opposite
    (user trial 6: "a surgeon who does this operation often" for a man who asked for a radiation oncologist)."""
    asked = [a for a in slots.get("specialist_asked") or [] if isinstance(a, str) and a.strip()]
    return "" if redacted or not asked else asked[0]


def header(slots: dict, plan: dict, *, created: str, patient: str, redacted: bool, us: bool = True) -> list[dict]:
    """The header rows: a label, what the conversation knows (or ""), and a hint for the blank. `us`: the plan is
    for the US; elsewhere the insurer row is the health plan or insurer (lo9, as the to-do says it)."""
    role = slots.get("role")
    deadline = DEADLINE_WORDS.get(slots.get("deadline"), "")
    insurance = INSURANCE_WORDS.get(slots.get("insurance"), "")
    # Only a conversation that planned the second opinion chose who to see: one that only
    # compared two opinions never answered it (the plan's default is no one's choice).
    specialist = (plan.get("specialist") or [None])[0] if "situation" in slots else None
    return [
        {"label": "Patient", "value": "" if redacted else patient, "hint": ""},
        {"label": "Date of birth", "value": "", "hint": ""},
        {"label": "Caregiver", "value": "", "hint": "your name and phone" if role == "caregiver" else "if someone helps"},
        {"label": "First doctor", "value": "", "hint": "name and phone"},
        {"label": "Second-opinion doctor or clinic", "value": "", "hint": _asked_hint(slots, redacted) or _hint(specialist, slots)},
        {"label": "Appointment", "value": "", "hint": "date and time"},
        {"label": "Decide by", "value": day_in_words(slots.get("deadline_date")) or "", "hint": f"{deadline}, from {created[:10]}" if slots.get("deadline") in ("days", "weeks", "months") else deadline},
        {"label": "Insurer and case number" if us else "Health plan or insurer, and case number", "value": "", "hint": insurance},
    ]


def todo(slots: dict, plan: dict, us: bool = True, family_doctor: str = "family doctor") -> list[dict]:
    """The to-do list, in the order things are done. `done` ticks what the person said is done.
    `us`: the plan is for the US (insurer and network); elsewhere the health plan or insurer, and a
    referral from the family doctor (user trial 6, --country CA; sources 001:21, 001:23, 003:115), named as people
    there name them (`family_doctor`: "GP" in the UK, IE, AU, NZ; emergency_numbers.yaml, lo8)."""
    from .language import language_need

    need, language = language_need(slots)
    interpreter = [{"text": f"Ask for a trained medical interpreter{f' ({language})' if language else ''} when you book.", "done": False}] if need else []
    insurance = slots.get("insurance")
    told = slots.get("tell_doctor")
    # A caregiver asks for the patient's records and calls the patient's insurer, not their own.
    your = "the" if role_of(slots) == "caregiver" else "your"
    if plan.get("timing") == "not_needed":  # another way first: no second-opinion visit to book
        return [
            {"text": f"Ask for {your} records. The letter in this kit asks for them in writing.", "done": False},
            *interpreter,
            {"text": f"Fill in the timeline and the medicine list below, and bring them to {your} doctor.", "done": False},
            {"text": "Bring a notebook, this plan, and someone you trust if you like.", "done": False},
            {"text": "Ask if you may record the visit, so you can listen again later.", "done": False},
        ]
    items = []
    minor = role_of(slots) == "patient" and slots.get("age_band") in ("baby", "child", "teen")  # a parent or guardian calls
    if insurance == "no_insurance":
        items.append({"text": "Ask the clinic what the visit costs, and what you get for the fee (a written report or a talk).", "done": False})
    elif us:
        call = "Ask a parent or guardian to call the insurer" if minor else f"Call {your} insurer"
        items.append({"text": f"{call}: is a second opinion covered, which doctors are in the network, is a referral needed?", "done": insurance == "covered"})
    else:
        call = "Ask a parent or guardian to check with the health plan or insurer" if minor else f"Check with {your} health plan or insurer"
        items.append({"text": f"{call}: is a second opinion covered, and is a referral from the {family_doctor} needed?", "done": insurance == "covered"})
    if us:
        items.append({"text": f"Ask {your} doctor or {your} insurer for a referral, if one is needed.", "done": told == "already"})
    else:
        items.append({"text": f"Ask {your} {family_doctor} or specialist for a referral, if one is needed.", "done": told == "already"})
    items.append({"text": f"Ask for {your} records. The letter in this kit asks for them in writing.", "done": False})
    if "imaging" in plan.get("records", ["imaging"]):
        items.append({"text": f"Get {your} scans: the images on a disc or USB stick, or a download from the patient portal.", "done": False})
    for kind in plan.get("records_not_yet") or []:  # "no scans yet": ask whether they are needed, never "get" them (lo9)
        items.append({"text": f"Ask {your} doctor whether {records_not_yet.names()[kind]} {'is' if kind == 'pathology' else 'are'} "
                              "needed before the second opinion.", "done": False})
    items.append({"text": "Book the visit. Ask how long the review takes once the records arrive.", "done": False})
    items += interpreter
    items.append({"text": "Fill in the timeline and the medicine list below.", "done": False})
    items.append({"text": "Bring a notebook, this plan, and someone you trust if you like.", "done": False})
    items.append({"text": "Ask if you may record the visit, so you can listen again later.", "done": False})
    return items


TIMELINE_COLUMNS = ["Date", "What happened", "Tests", "Treatments, and how they went"]
MEDICINE_COLUMNS = ["Medicine or supplement", "Dose and how often", "Since when", "Why"]
TIMELINE_ROWS = 5
TIMELINE_BLANK_ROWS = 2  # always left empty under the events typed in the conversation
MEDICINE_ROWS = 4


def medicine_form(names: list[str]) -> dict:
    """The medicine form: the medicines named in the conversation first (their name filled in, the rest
    blank), then empty rows, MEDICINE_ROWS in all and never fewer than two empty ones (lo8)."""
    filled = [[str(name), "", "", ""] for name in names]
    return {"columns": MEDICINE_COLUMNS, "filled": filled, "rows": max(2, MEDICINE_ROWS - len(filled))}


def timeline_form(entries: list[dict]) -> dict:
    """The timeline form: the events typed in the conversation first (date and what happened
    filled in, the rest blank), then empty rows, TIMELINE_ROWS in all and never fewer than
    TIMELINE_BLANK_ROWS empty ones."""
    filled = [[str(e.get("when") or ""), str(e.get("what") or ""), "", ""] for e in entries]
    return {
        "columns": TIMELINE_COLUMNS,
        "filled": filled,
        "rows": max(TIMELINE_BLANK_ROWS, TIMELINE_ROWS - len(filled)),
    }
