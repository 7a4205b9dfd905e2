"""The kind of doctor a person asks for in their own words: "i want an endometriosis specialist",
"we should see a movement disorders neurologist", "I want a doctor who does the TAVR to look at
me", "maybe an IBD center". Kept as typed (never turned into one of the plan's kinds) and shown
first under "Who to see", because the seeds' test is someone who treats this exact problem often
(S1), and the person may know the name of that field better than a rule does.

Only a doctor asked for counts: a wish word comes before it ("want", "see", "find", "looking for",
"referral to", "maybe"). A doctor the person already has ("my cardiologist sent me to the surgeon")
is not a wish.
"""

from __future__ import annotations

import re

from .text import clean

_KIND = (r"(?:specialist|(?:[a-z]+olog(?:ist|y)\s+)?(?:doctor|doc|dr)\s+who\s+(?:does|do|did|treats|treat|specializes\s+in|"
         r"specialises\s+in|knows|know|works\s+with|focuses\s+on|sees)\s+[^,.;!?]{2,40}?(?=\s+(?:to|and|for|who|that|so|because|but)\b|[,.;!?]|$)|"
         r"[a-z]+olog(?:ist|y)|gyno|gyn|ob-?gyn|urogyn[a-z]*|surgeon|orthopedist|orthopod|podiatrist|psychiatrist|"
         r"pediatrician|paediatrician|center|centre|clinic|team|program|programme|hospital)")
_WISH = (r"(?:want|wants|wanted|would\s+like|d\s+like|prefer|rather\s+see|looking\s+for|look\s+for|find|see|seeing|"
         r"need|needs|referral\s+to|refer\s+(?:me|us|him|her|them)\s+to|go\s+to|get\s+(?:into|to)|ask\s+for|asked\s+for|"
         r"consult|visit|try|maybe|thinking\s+of|thinking\s+about|should\s+be|like\s+to\s+see)")
_ASKED = re.compile(
    rf"\b{_WISH}\s+(?:to\s+(?:see|find|get|try|go\s+to)\s+)?(?P<who>(?:an?|the|another|other|some|one|any)\s+"
    rf"(?:[a-z'-]+\s+){{0,4}}?{_KIND})\b",
    re.IGNORECASE,
)
# Not a kind of doctor asked for: the words of a generic second look, or a place already named.
_GENERIC = re.compile(r"^(?:an?|the|another|other|some|one|any)\s+(?:(?:second|2nd|new|different|other|good|better|real|"
                      r"proper)\s+)*(?:doctor|doc|dr|specialist|opinion|hospital|clinic|center|centre|team)$", re.IGNORECASE)
MAX_CHARS = 80


def asked_for(line: str) -> list[str]:
    """The doctors asked for in `line`, as typed ("an endometriosis specialist")."""
    found = []
    for match in _ASKED.finditer(clean(line)):
        who = re.sub(r"\s+", " ", match.group("who")).strip()
        if _GENERIC.match(who) or len(who) > MAX_CHARS:
            continue
        found.append(who)
    return found


def add_asked(slots: dict, line: str) -> list[str] | None:
    """The slot's new value when `line` asks for a kind of doctor not yet kept, else None."""
    kept = list(slots.get("specialist_asked") or [])
    new = [w for w in asked_for(line) if w.lower() not in {k.lower() for k in kept}]
    return kept + new if new else None
