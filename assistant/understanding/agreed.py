"""What two opinions agree on, said beside what they do not: "they agree it's gallstones, just not
what to do about it", "the plan, they both agree it's the arthritis", "they agree on the
diagnosis, not the timing". At a question that asks what differs, with a choice "they agree on
all of these", the word "agree" there is about one thing, not all: the clause that says what is
agreed is set aside, and a "just not" / "but not" after it names what differs.

Only when something else is said beside the agreement: "they agree on everything", "they agree
it's cancer" alone and "they mostly agree" are left to the reader as they are.
"""

from __future__ import annotations

import re

# "they (both) agree (that) it's X", "both doctors agree on X", "we all agreed it is X"
_AGREE = re.compile(
    r"(?P<clause>\b(?:they|both|we|the\s+two|the\s+doctors|both\s+doctors|the\s+docs|both\s+docs)\s+(?:both\s+|all\s+|do\s+|did\s+)?"
    r"agree[ds]?\s+(?:that\s+)?(?:it'?s|it\s+is|it\s+was|its|on|about|he\s+has|she\s+has|it'?s\s+a|there\s+is)\b(?P<what>[^,.;!?]*?))"
    r"(?=\s*(?:[,.;!?]|\bbut\b|\bjust\b|\bonly\b|\bthough\b|$))",
    re.IGNORECASE,
)
_ALL = re.compile(r"\b(?:everything|all|most|anything|every|basically|mostly|pretty\s+much|nothing|none|no)\b", re.IGNORECASE)
# After the agreement: "just not X", "but not X", "only not X", "not X": X is what differs.
_NOT_AFTER = re.compile(r"^\s*[,.;]?\s*(?:(?:but|just|only)\s+)*(?:not|except|apart\s+from)\s+(?:on\s+|about\s+)?", re.IGNORECASE)


def limited(line: str, spec) -> str | None:
    """The line with the agreement on one thing set aside, or None when there is none."""
    if spec.none_choice is None or "agree" not in line.lower():
        return None
    found = _AGREE.search(line)
    if found is None or _ALL.search(found.group("what") or ""):
        return None
    before, after = line[: found.start()], line[found.end() :]
    after = _NOT_AFTER.sub(" ", after, count=1)
    rest = (before.rstrip(" ,;") + " " + after.lstrip(" ,;")).strip(" ,;")
    if not re.search(r"[a-z0-9]", rest, re.IGNORECASE):
        return None
    return rest
