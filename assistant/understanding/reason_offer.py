"""The doubt said with the decision, offered back at "What makes you unsure?" (a user trial,
2026-12-04: "whether to have the lumpectomy, im unsure because the biopsy report isnt clear about
the type" was followed by "What makes you unsure?", and the plan kept "i just said, ..."). The
reason is offered for a Yes, never stored unasked; a No asks the question as usual."""

from __future__ import annotations

import re

# A reason said after the decision: "because ...", "cuz ...", "the problem is ...", "im worried that ...".
_REASON = re.compile(
    r"(?:^|[\s,;.(-])(?:(?:im|i am|we are|were)\s+(?:unsure|not sure|torn|worried|scared|afraid)\s+(?:because(?:\s+of)?|cause|cuz|coz|bc|since|as)"
    # a bare "because of" tells why the doctor offers it, not the doubt: "to make operation of the prostate, ...,
    # because of cancer found in biopsy" was offered back as "Of cancer found in biopsy" (helper ut15, whole journeys)
    r"|(?:because|cause|cuz|coz|bc|b/c)(?!\s+of\b)|the (?:problem|thing|issue|worry) is(?: that)?|what worries (?:me|us) is"
    r"|(?:im|i am|we are|were) (?:worried|scared|afraid)(?: that| about| of)?)\s+(?P<reason>[^.;!?]{6,})",
    re.IGNORECASE)


def reason_in(decision: str) -> str | None:
    """The reason part of a decision line, or None."""
    found = _REASON.search(decision or "")
    if not found:
        return None
    reason = found.group("reason").strip(" ,")
    return reason[0].upper() + reason[1:] if len(reason.split()) >= 2 else None
