"""The doubt said with the decision, offered back at "What makes you unsure?" (a user trial,
2026-12-04: "whether to have the lumpectomy, im unsure because the biopsy report isnt clear about
the type" was followed by "What makes you unsure?", and the plan kept "i just said, ..."). The
reason is offered for a Yes, never stored unasked; a No asks the question as usual."""

from __future__ import annotations

import re
from .text import capital_first

# A reason said after the decision: "because ...", "cuz ...", "the problem is ...", "im worried that ...".
_REASON = re.compile(
    r"(?:^|[\s,;.(-])(?:(?:im|i am|we are|were)\s+(?:unsure|not sure|torn|worried|scared|afraid)\s+(?:because(?:\s+of)?|cause|cuz|coz|bc|since|as)"
    # a bare "because of" tells why the doctor offers it, not the doubt: "to make operation of the prostate, ...,
    # because of cancer found in biopsy" was offered back as "Of cancer found in biopsy" (helper ut15, whole journeys)
    r"|(?:because|cause|cuz|coz|bc|b/c)(?!\s+of\b)|the (?:problem|thing|issue|worry) is(?: that)?|what worries (?:me|us) is"
    r"|(?:im|i am|we are|were) (?:worried|scared|afraid)(?: that| about| of)?)\s+(?P<reason>[^.;!?]{6,})",
    re.IGNORECASE)


# A bare "because" after what the doctor wants or advised gives the doctor's reason, not the person's doubt.
_BARE = re.compile(r"(?:because|cause|cuz|coz|bc|b/c)\s*$", re.IGNORECASE)
_ACTS = re.compile(r"\b(?:they|he|she|doctor|doc|dr|surgeon|cardiologist|oncologist|specialist)\s+(?:\w+\s+)?(?:want|wants|wanted|"
                   r"recommend|recommends|recommended|advise|advises|advised|suggest|suggests|suggested|offered|offer|offers|said|says)\b",
                   re.IGNORECASE)
_DOUBT = re.compile(r"\b(?:unsure|not sure|torn|doubt|doubts|confused|worried|scared|afraid|dont know|don't know|idk)\b", re.IGNORECASE)


def reason_in(decision: str) -> str | None:
    """The reason part of a decision line, or None."""
    found = _REASON.search(decision or "")
    if not found:
        return None
    before = (decision or "")[: found.start("reason")]
    if _BARE.search(before[-12:]) and _ACTS.search(before) and not _DOUBT.search(before):
        return None  # "they want 2 put a pacemaker in him cuz his heart is slow": why the doctor offers it (lead, 2026-12-07)
    reason = found.group("reason").strip(" ,")
    return capital_first(reason) if len(reason.split()) >= 2 else None
