"""An answer already given in an earlier line, offered back for a Yes on entering its question
("I saw two doctors" at the welcome, then "How many doctors...?"; "surgery next month" as the
decision, then "By when...?"). Split from dialogue.py, which keeps a thin `offer`."""
from __future__ import annotations

import re
from datetime import date

from ..flow import StateSpec
from ..wording import person_name
from .carry import deadline_offer, who_offer
from .confidence_offer import confidence_offer  # "..., he seemed pretty sure" said with the diagnosis
from .dialogue import Pending, Step, _names, _quote
from .lexicon import Lexicon, default_lexicon
from .opinion_sides import side_said  # "first surgeon said mastectomy, 2nd one says ...": each opinion's part
from .read import read
from .reading import LIKELY, Reading
from .reason_offer import reason_in
from .text import capital_first


def offer(spec: StateSpec, slots: dict, lexicon: Lexicon | None = None, today: date | None = None, line: str = "") -> Step | None:
    """On entering a question already answered in an earlier line ("I saw two doctors" at the
    welcome, then "How many doctors...?"; "surgery next month" as the decision, then "By when...?"):
    that answer, offered for a Yes. None otherwise. `line`: the line just answered."""
    lex = lexicon or default_lexicon()
    if spec.name == "decision_why" and spec.slot not in slots:
        reason = reason_in(slots.get("decision") or "")  # "..., im unsure because the report isnt clear"
        # "yeah but we are not sure he needs it" to the decision offered back: the doubt said beside the yes (yes_then.py)
        beside = (slots.get("answer_notes") or {}).get("decision_what") or ""
        if not reason and beside:
            from .yes_then import says_doubt

            reason = beside if says_doubt(beside) else ""
        if reason:
            return Step("confirm", Reading(LIKELY, reason), say=f"You said \"{_quote(reason)}\". Keep that as what makes you unsure?",
                        pending=Pending(spec.name, "confirm", Reading(LIKELY, reason)))
    if spec.slot == "decision" and spec.slot not in slots:
        from .decision_offer import decision_in  # "im the patient, trying to decide whether ..." at the welcome

        from .both_paths import two_sides  # "one says open heart surgery and one says TAVI" at the welcome (lo8)

        note = (slots.get("answer_notes") or {}).get("welcome")
        sides = two_sides(note) if spec.name == "compare_decision" else None
        if sides:
            choice = f"{sides[0]} or {sides[1]}"
            return Step("confirm", Reading(LIKELY, capital_first(choice)),
                        say=f"You said one opinion is \"{_quote(sides[0])}\" and one is \"{_quote(sides[1])}\". Is that the choice?",
                        pending=Pending(spec.name, "confirm", Reading(LIKELY, capital_first(choice))))
        decision = decision_in(note)
        if decision:
            # "cardiologist says pacemaker" offered as "Whether to have the pacemaker": words the person did not type are
            # not quoted as theirs (a lead's walk)
            opening = "You said" if _squashed(decision) in _squashed(note or "") else "From what you said, I wrote"
            return Step("confirm", Reading(LIKELY, decision), say=f"{opening} \"{_quote(decision)}\". Is that the decision?",
                        pending=Pending(spec.name, "confirm", Reading(LIKELY, decision)))
    side = _side_offer(spec, slots, lex, today)  # "first surgeon said mastectomy, 2nd one says ...": each opinion's part
    if side is not None:
        return side
    said = deadline_offer(spec, slots, lex, today, lambda phrase: read(phrase, spec, lexicon=lex, today=today))
    if said is not None:
        return _said(spec, *said)
    told = confidence_offer(spec, slots, lambda text: read(text, spec, lexicon=lex, today=today))
    if told is not None:
        clause, value = told
        return _said(spec, clause, Reading(LIKELY, value))
    named = who_offer(spec, slots, lex, line)
    if named is not None:  # "my mom saw two doctors", then "Who is this decision for?"
        who, reading = named
        return Step("confirm", reading, say=f"You spoke of {person_name('caregiver', who)}. Did you mean *{_names(spec, 'caregiver')}*?",
                    pending=Pending(spec.name, "confirm", reading))
    count = lex.state(spec.name).count
    said = slots.get("doctors_said")
    if not count or not isinstance(said, int) or said < 1 or spec.slot in slots:
        return None
    cid = count.get(min(said, max(count)))
    if cid is None:
        return None
    reading = Reading(LIKELY, cid)
    people = "one doctor" if said == 1 else f"{said} doctors"
    return Step("confirm", reading, say=f"You said {people}. Did you mean *{_names(spec, cid)}*?",
                pending=Pending(spec.name, "confirm", reading))


def _said(spec: StateSpec, phrase: str, reading: Reading) -> Step:
    """The words said earlier, offered back as the choice they name: "You said "...". Did you mean *...*?"."""
    return Step("confirm", reading, say=f"You said \"{_quote(phrase)}\". Did you mean *{_names(spec, reading.value)}*?",
                pending=Pending(spec.name, "confirm", reading))


def _side_offer(spec: StateSpec, slots: dict, lex: Lexicon, today: date | None) -> Step | None:
    """What one opinion was told to be when the choice was stated, offered at that opinion's question (opinion_sides.py)."""
    if spec.slot in slots:
        return None
    told = side_said(spec.name, slots)
    if told is None:
        return None
    got = read(told[1], spec, lexicon=lex, today=today)
    if got.asked or got.options or not isinstance(got.value, str) or got.value == spec.none_choice:
        return None
    return _said(spec, told[1], Reading(LIKELY, got.value, note=told[1]))  # the words kept: "mastectomy" in the comparison


def _squashed(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("'", "")))
