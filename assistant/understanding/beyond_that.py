"""At the self-check questions ("Which of these are true for you?"), picks followed by "beyond that,
I am uncertain", "other than that, not really", "apart from that, no": the rest is not true for the
person, which is what "nothing else" says. Each choice there is a statement of being sure or having
enough; doubt about the others is their No. Only at the questions listed in dialogues/hedges.yaml
`self_check` (at records "beyond that, not sure" may mean more papers exist: asked, as before),
and only as the last sentence of the line."""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file


@cache
def _pattern() -> re.Pattern:
    return re.compile(
        r"(?P<head>^|[.;,]\s*)(?:but\s+|and\s+)?(?:beyond|other\s+than|apart\s+from|besides|except\s+for|outside\s+of|aside\s+from)\s+"
        r"(?:that|this|those|these|it)\s*,?\s*(?:(?:i|we)\s+(?:confess|admit|must\s+say|have\s+to\s+say|would\s+say|guess)\s*,?\s*)?"
        r"(?:(?:i\s+am|im|i'm|we\s+are|were|we're|i\s+feel|we\s+feel|its|it's|it\s+is)\s+)?(?:still\s+|quite\s+|rather\s+|really\s+)?"
        r"(?:not\s+really|not\s+sure|unsure|uncertain|not\s+certain|no|none|nothing|not\s+much|lost|clueless)\s*[.!]*\s*$",
        re.IGNORECASE)


@cache
def _self_check_states() -> frozenset[str]:
    """The questions listed in dialogues/hedges.yaml `self_check`, read once per process."""
    return frozenset(read_words_file("hedges.yaml").get("self_check") or ())


def closed(line: str, spec, read_head) -> str | None:
    """The line with its "beyond that, I am uncertain" said as "nothing else"; None otherwise, and
    when the words before it are not read surely as picks on their own (`read_head(text)`): "She
    knows what she wants. Beyond that, not really." must never become "None of these"."""
    if spec.name not in _self_check_states():
        return None
    found = _pattern().search(line)
    head = line[: found.start()].rstrip(" ,;.") if found else ""
    if not head:
        return None
    reading = read_head(head)
    if reading.certainty != "sure" or not isinstance(reading.value, list) or not reading.value or reading.unclear \
            or spec.none_choice in reading.value:
        return None
    return head + ". nothing else"
