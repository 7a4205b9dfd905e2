"""A list numbered inline, "1) it's for my son 2) he's 9 months 3) heart surgery", read as its items.

People answer with a numbered list on one line: "1) options incl. waiting 2) risks 3) what if we wait",
"1. cardiologist wants it fixed 2. ideally Jan/Feb 3. so a few months". The "1)", "2)" count the
person's own points; read as typed they were taken for choices 1, 2, 3 or glued to the words before
("risks 3"). When the markers run 1, 2, 3 ... in order from the start of the line and each holds words,
they are list marks: the items are read apart (a comma between them at a pick-any question, a full stop
at a pick-one question), and the numbers are dropped. A line of bare numbers ("1) 3) 5)") is left as typed.
(helper 11b10)
"""

from __future__ import annotations

import re

_MARK = re.compile(r"(?:^|(?<=\s))(\d{1,2})[).]\s+")


def items(line: str, multi: bool) -> str | None:
    """The line with its inline list marks taken out ("son. 9 months. heart surgery"), or None."""
    marks = list(_MARK.finditer(line))
    if len(marks) < 2 or marks[0].start() != len(line) - len(line.lstrip()):
        return None
    if [int(m.group(1)) for m in marks] != list(range(1, len(marks) + 1)):
        return None
    parts = []
    for at, mark in enumerate(marks):
        end = marks[at + 1].start() if at + 1 < len(marks) else len(line)
        part = line[mark.end():end].strip().rstrip(",;.")
        if not re.search(r"[A-Za-z]{2,}", part):
            return None  # "1) 3) 5)": numbers, not a list of points
        parts.append(part)
    return (", " if multi else ". ").join(parts)
