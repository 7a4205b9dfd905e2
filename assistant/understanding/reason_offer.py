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


# A complaint about the doctor's manner told after the decision, with no "because": "if she do the operation or no, the
# doctor is very fast and not explain", "surgery or not. nobody explained anything" (a lead's walk, 2026-12-07: stored
# whole as the decision, then "What makes you unsure?" asked). Only after a comma or a stop; what the doctor wants or said
# is the proposal, never a doubt.
_COMPLAINT = re.compile(
    r"[,;.!-]\s*(?P<reason>(?:(?:and|but|also)\s+)?(?:(?:the|my|her|his|our|their)\s+)?(?:doctor|doc|dr|surgeon|specialist|oncologist|cardiologist|gp|"
    r"nobody|no one|noone|they|he|she)\s+(?:is|was|were|are|seems?|seemed)?\s*(?:very\s+|too\s+|so\s+|really\s+)?(?:(?:fast|quick|busy|short)(?!\s+(?:to|until|till|with)\b)|rushed|rushing|"
    r"in a hurry|(?:did not|didnt|didn't|does not|doesnt|doesn't|do not|dont|don't|not|never|barely|hardly|wont|won't)\s+(?:really\s+|even\s+)?"
    r"(?:explain|explained|explains|listen|listened|listens|answer|answered|tell|told|talk|talked|take the time|give|gave|look|looked)|rushed|"
    r"explained nothing|told us nothing|told me nothing)\b[^.;!?]*"
    r"|(?:(?:and|but|also)\s+)?(?:nobody|no one|noone)\s+(?:really\s+|even\s+)?(?:explained|explains|told|tells|listened|listens|answered|answers|"
    r"talked|talks)\b[^.;!?]*)",
    re.IGNORECASE)


def reason_in(decision: str) -> str | None:
    """The reason part of a decision line, or None."""
    found = _REASON.search(decision or "")
    if not found:
        complaint = _COMPLAINT.search(decision or "")
        if complaint and len(complaint.group("reason").split()) >= 3:
            return capital_first(complaint.group("reason").strip(" ,"))
        return None
    before = (decision or "")[: found.start("reason")]
    if _BARE.search(before[-12:]) and _ACTS.search(before) and not _DOUBT.search(before):
        return None  # "they want 2 put a pacemaker in him cuz his heart is slow": why the doctor offers it (lead, 2026-12-07)
    reason = found.group("reason").strip(" ,")
    return capital_first(reason) if len(reason.split()) >= 2 else None
