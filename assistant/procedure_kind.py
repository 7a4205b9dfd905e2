"""A scope done as a test (a colonoscopy, an endoscopy), or a procedure done through a needle or a
catheter (a heart ablation, a stent, a cardioversion, an epidural injection, a pacemaker), is a
procedure, not surgery, in the wording.

The situation "A surgery or procedure was offered" covers both, and the plan keeps its value
(`procedure_surgeon`). But when the words the person typed (the decision, what makes them unsure,
the notes) name such a procedure and no operation, the plan says "a doctor who does this exact
procedure often", not "a surgeon who does this exact surgery", and the timing turn speaks of the
procedure, not of "an operation". A scope done to operate (laparoscopy, arthroscopy) stays surgery.
"""

from __future__ import annotations

import re
from functools import cache

_SCOPE = re.compile(r"\b(?:\w+oscop(?:y|ies)|scopes?|scoped|egd|ercp)\b", re.I)
# Done through a needle or a catheter, mostly by doctors who are not surgeons (an electrophysiologist, an
# interventional cardiologist or radiologist, a pain doctor): a user trial's heart ablation, 2026-12-04.
_NEEDLE = re.compile(r"\b(?:\w*ablation|cardioversion|angioplasty|angiogram|cath|catheter\w*|stents?|stenting|epidurals?|nerve blocks?|"
                     r"(?:steroid |spinal |joint |back )?injections?|emboli[sz]ation|lithotripsy|kyphoplasty|vertebroplasty|tavr|tavi|watchman|"
                     r"pacemaker|defibrillator|icd|loop recorder|biops(?:y|ies)|radiofrequency|stints?|evar|tevar|endovascular|endograft)\b", re.I)
_SURGICAL_SCOPE = re.compile(r"\b(?:laparoscop\w*|arthroscop\w*|thoracoscop\w*|mediastinoscop\w*|keyhole)\b", re.I)
_SURGERY = re.compile(r"\b(?:surgery|surgeries|surgical|surgeon|operat\w*|op|\w+ectom(?:y|ies)|\w+otom(?:y|ies)|(?!angio|kypho|vertebro)\w+plast(?:y|ies)|removal|remove|removed|"
                      r"replace\w*|transplant|fusion|fuse|bypass|resect\w*|amputat\w*|c ?section)\b", re.I)


def scope_test(slots: dict) -> bool:
    """The procedure in question is a scope done as a test, or done through a needle or a catheter, by the words
    typed: offered as the situation, or named as what the decision rests on ("Whether to have surgery or a
    procedure" at "What does the decision rest on?": a stent for a new diagnosis is no surgeon's work, lo8)."""
    if slots.get("situation") != "surgery" and "surgery" not in (slots.get("focus") or []):
        return False
    said = [slots.get("decision"), slots.get("unsure_because"), *(slots.get("answer_notes") or {}).values()]
    text = " ".join(s for s in said if isinstance(s, str))
    return bool(_SCOPE.search(text) or _NEEDLE.search(text)) and not _SURGICAL_SCOPE.search(text) and not _SURGERY.search(text)


# The names the plan shows for it (prompts/_names.j2 has the surgeon's).
PROCEDURE_NAMES = {
    "procedure_surgeon": "A doctor who does this exact procedure often and can explain other choices",
    "pediatric_surgeon": "A children's doctor who does this procedure on children often",
}
PROCEDURE_HINTS = {"procedure_surgeon": "a doctor who does this procedure often", "pediatric_surgeon": "a children's doctor who does this often"}


# An operation and a procedure through a catheter offered as the two ways ("open repair or a stent",
# "bypass vs stents", "surgery or an ablation"): someone who does both weighs them without a side.
_EITHER = re.compile(r"\b(?:or|vs|versus|v)\b|\bor\b|/", re.I)
_OPEN = re.compile(r"\bopen\b(?=\s*(?:\w+\s+)?(?:surgery|repair|operation|or|vs|versus|/))", re.I)


def both_ways(slots: dict) -> str:
    """The plan's name for the surgeon when the choice is between an operation and a procedure through
    a catheter, by the words typed ("" otherwise): "a surgeon who does both often". A procedure done by a team
    (TAVI: a heart valve team) is named so, whether or not an operation is the other way (`team`)."""
    if slots.get("situation") != "surgery" and "surgery" not in (slots.get("focus") or []):
        return ""
    named = team(slots)
    if named is not None:
        from .understanding.take_off import holds

        if any(holds(w, "team") or holds(w, named[0]) for w in slots.get("specialist_taken_off") or []):
            return ""  # "take off the team one": the line goes
        return named[0]
    said = [slots.get("decision"), slots.get("unsure_because"), *(slots.get("answer_notes") or {}).values()]
    # The two ways offered in one sentence ("open repair or a stent"): a stent told as history in another
    # sentence ("they put a stent in" in 2015) is no way offered (user trial 6).
    sentences = [p for s in said if isinstance(s, str) for p in re.split(r"(?<=[.!?;])\s+", s)]
    text = next((p for p in sentences if _NEEDLE.search(p) and (_SURGERY.search(p) or _OPEN.search(p)) and _EITHER.search(p)), "")
    needle = _NEEDLE.search(text)
    if not needle:
        return ""
    word = needle.group(0).lower()
    from .understanding.take_off import holds

    if any(holds(word, w) or holds(w, word) for w in slots.get("specialist_taken_off") or []):
        return ""  # "take off the stent one": the line goes
    what = "the stent" if word.startswith(("stent", "stint", "endo", "evar", "tevar")) else f"the {word}"
    return f"A surgeon who does both often (the operation and {what}), and can explain which fits"


@cache
def _teams() -> tuple[tuple[re.Pattern, str, str], ...]:
    from . import yaml_cache
    from .paths import dialogues_dir

    raw = yaml_cache.load(dialogues_dir() / "procedure_teams.yaml", yaml_cache.parse_yaml) or []
    out = []
    for entry in raw:
        words = sorted((str(w).lower() for w in entry.get("words") or []), key=len, reverse=True)
        if words and entry.get("name"):
            out.append((re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])"), str(entry["name"]),
                        str(entry.get("hint") or entry["name"])))
    return tuple(out)


def team(slots: dict) -> tuple[str, str] | None:
    """(the plan's line, the kit's hint) for a procedure done by a team of a surgeon and a doctor who does not operate
    (TAVI: a heart valve team), by the words typed; None otherwise (dialogues/procedure_teams.yaml, helper ut16)."""
    if slots.get("situation") != "surgery" and "surgery" not in (slots.get("focus") or []):
        return None
    said = [slots.get("decision"), slots.get("unsure_because"), *(slots.get("answer_notes") or {}).values()]
    text = " ".join(" ".join(s.lower().replace("-", " ").split()) for s in said if isinstance(s, str))
    for pattern, name, hint in _teams():
        if pattern.search(text):
            return name, hint
    return None


def specialist_name(kind: str, names: dict, slots: dict) -> str:
    """The plan's name for a kind of doctor, in the words of a scope test when it is one."""
    if kind == "procedure_surgeon" and both_ways(slots):
        return both_ways(slots)
    if kind in PROCEDURE_NAMES and scope_test(slots):
        return PROCEDURE_NAMES[kind]
    return names.get(kind, kind)
