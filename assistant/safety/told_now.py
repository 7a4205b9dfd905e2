"""A means or a place told as now, apart from a history told beside it (the self-harm cues' history stopper, issue 12).

"tried once at 16, doing ok, she is on the roof ledge" and "attempted once years ago, her psychiatrist knows, she has a
rope in her room" tell the attempt as history and the danger as now: the history speaks for its own clause only. A
means counts as now when a verb of holding it ("has", "got", "keeps") comes right before it; a place at an edge, when
its clause is told in the present. Found by the twenty-first session's review; measured on every tuning line of every
round: no ordinary line raised.
"""

from __future__ import annotations

import re

# (lead, s22) a place or a means told in the present, in a clause of its own apart from the history ("attempted once years
# ago, her psychiatrist knows, she has a rope in her room"): the history is told as history, the means as now
HERE_NOW = ("at_edge", "preparing", "means")
_SELF = r"(?:kill|end|hang|die|take (?:her|his|my|their) (?:own )?life|overdose|od|jump|cut)"
# (rv15) an attempt at something named is no attempt on a life: "I attempted physical therapy, it failed, now I have
# pills for the pain", "an attempt at surgery failed, she keeps her meds in a box", "tried twice to get an appointment"
_AT_SOMETHING = r"(?! (?:to (?!" + _SELF + r")|at (?!\d|age)|on (?!(?:her|his|my|their) (?:own )?life)|of (?!suicide)|for )|(?:ed|s)? (?:(?:a|an)(?! (?:few|couple|while|year|month|week|second|third|long|number|bunch|handful))|the|his|her|my|their|our|physical|conservative|surgery|surgical|treatment|therapy|diet|repair|pt)(?!\w))"
ATTEMPTED = re.compile(r"(?<!\w)(?:suicide attempts?|(?:attempted|(?:an? |one |past |previous )attempts?)" + _AT_SOMETHING
                       + r"|tried (?:once|before|twice)(?!(?: before| again)? to (?!" + _SELF + r"))|tried to (?:kill|hang|end))(?!\w)")
_CLAUSE = re.compile(r"[^,|]+")
_PRESENT = {"at_edge": re.compile(r"(?<!\w)(?:is|are|am|im|hes|shes|standing|sitting|rn|right now|now)(?!\w)")}
_HOLDS = re.compile(r"(?<!\w)(?:has|have|got|gots|keeps|holding|hiding|hid)(?!\w)")  # a means or a preparation held now


# (rv15) a means told as kept safe by the teller is no danger at hand: "she had a suicide attempt at 15, she is doing
# well, she has her meds in a pill box that I keep" was the urgent turn
_KEPT_SAFE = re.compile(r"(?<!\w)(?:(?:that|which|and) (?:i|we) (?:keep|hold|control|lock up|give out|hand out)(?= \||$| them| it| locked| safe)"
                        r"|(?:i|we) (?:keep|hold|lock up|have locked) (?:them|it|all of them)(?! \w+ing)|locked (?:up|away)|lock ?box"
                        r"|(?:pill|weekly|dosette) ?box|organi[sz]er)(?!\w)")
_MEDICINE = re.compile(r"pill|med|tablet|capsule|insulin|drug|prescription|dose")  # kept safe: a medicine only, never a gun or a rope


def told_now_apart(window: str, history, cue_lists) -> bool:
    """Is a cue of `cue_lists` in a clause with a present-tense verb and no history of its own?"""
    clauses = [m.span() for m in _CLAUSE.finditer(window)]
    if len(clauses) < 2:
        return False

    def clause_of(at: int) -> int:
        return next(i for i, (a, b) in enumerate(clauses) if a <= at < b) if any(a <= at < b for a, b in clauses) else -1

    told_past = {clause_of(m.start()) for m in history.finditer(window)}
    for kind, cue in cue_lists:
        for m in cue.finditer(window):
            i = clause_of(m.start())
            if i < 0 or i in told_past or (kind == "means" and _MEDICINE.search(m.group()) and _KEPT_SAFE.search(window, *clauses[i])):
                continue
            if (_PRESENT[kind].search(window, *clauses[i]) if kind in _PRESENT
                    else _HOLDS.search(" ".join(window[clauses[i][0]:m.start()].split()[-4:]))):  # "has a rope", not "has a plan ... her meds"
                return True
    return False
