"""What a doctor said the problem is, told at the question about what kind of doctor they are:
"the urologist, he said stage 2", "a surgeon - she thinks its a slipped disc".

The kind of doctor is read as usual; the words after "he said" are kept (slot `compare_one_said` or
`compare_two_said`) and shown at the next question, what the doctor said the problem is, where
"same" or "yes" keeps them (assistant/extras.py), so what was said is never lost.
"""

from __future__ import annotations

import re

FIELD_STATES = {"compare_one_field": "compare_one_said", "compare_two_field": "compare_two_said"}
DIAGNOSIS_STATES = {"compare_one_diagnosis": "compare_one_said", "compare_two_diagnosis": "compare_two_said"}

_SAID = re.compile(r"\b(?:he|she|they|doctor|doc|dr\.?(?: \w+)?|\w+olog(?:ist|y)|surgeon)\s+"
                   r"(?:said|says|thinks|thought|told (?:me|us|him|her)|called it|calls it|found|diagnosed (?:it as|it|him with|her with|me with))\s+"
                   r"(?:(?:that|it'?s|its|it is|it was|was|is|he has|she has|i have|we have|i had)\s+)*(?P<what>\S.*)$", re.I)
# "Same" at the diagnosis question: the words told before are what the doctor said.
SAME = frozenset({"same", "yes", "y", "yeah", "yep", "that", "thats it", "that's it", "as i said", "like i said", "same as i said", "what i said",
                  "same thing", "that one", "correct", "right"})


def said_at_field(state: str, line: str) -> str:
    """The words a doctor said the problem is, told at the kind-of-doctor question, or ""."""
    if state not in FIELD_STATES:
        return ""
    found = _SAID.search(line)
    if not found:
        return ""
    what = found.group("what").strip(" .!,;")
    return what if re.search(r"[a-z0-9]", what, re.I) else ""


def same_as_said(line: str) -> bool:
    return line.strip(" .!").lower() in SAME
