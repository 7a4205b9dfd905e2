"""A yes or no said with the question's helping verb alone: "Haven't.", "I have", "we did",
"she hasn't yet", "I am", "it isn't". English answers a yes/no question so, leaving out the verb
the question asked with ("Have you checked with your insurer?" "Haven't. Co-op plan, I'll call
them"). When the first part of a line (up to its first full stop, comma or "but") is only that, it
is read once more as "yes" or "no" (with "yet" kept), the rest unchanged. A second reading
(read.py): tried only when the line as written was not understood.
"""

from __future__ import annotations

import re

_SUBJECT = r"(?:i|we|he|she|they|it|you|my \w+|our \w+|the \w+)"
_YES = r"(?:have|has|did|do|does|am|is|are|was|were|will|can|had)"
_NO = (r"(?:haven'?t|hasn'?t|didn'?t|don'?t|doesn'?t|ain'?t|isn'?t|aren'?t|wasn'?t|weren'?t|won'?t|can'?t|cannot|hadn'?t"
       r"|have not|has not|did not|do not|does not|am not|is not|are not|was not|were not|will not|had not)")
_TAIL = r"(?P<tail>\s+(?:yet|already|so|though|really|honestly|no|not yet))?"
_END = r"\s*(?:[.,;!]|\s+but\b|$)"
_ANSWER = re.compile(rf"^\s*(?:(?:yes|yeah|yep|no|nope|nah)\s*,?\s*)?(?:{_SUBJECT}\s+)?(?:(?P<no>{_NO})|(?P<yes>{_YES})){_TAIL}(?={_END})",
                     re.IGNORECASE)


def as_yes_no(line: str) -> str | None:
    """The line with its opening helping verb read as "yes" or "no", or None."""
    found = _ANSWER.match(line or "")
    if not found:
        return None
    tail = (found.group("tail") or "").strip().lower()
    if found.group("no"):
        said = "no" if tail in ("", "no", "really", "honestly", "though") else f"no, not {tail}" if tail == "yet" else "no"
    else:
        if tail in ("no", "not yet"):
            return None  # "I have, no": two ways; as it was
        said = "yes, already" if tail == "already" else "yes"
    return said + line[found.end():]
