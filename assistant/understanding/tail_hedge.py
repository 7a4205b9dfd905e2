"""A shrug at the end of a list of picks: "just the derm notes and maybe pics of my face idk" (user
trial 6: the whole line became "Which of these do you know already?", and a later "skip" stored "Not
sure"). The trailing "idk" hedges the line's last part, not the picks before it: the line is read
without it, and kept so when that reading picks something (the part said with "maybe" is still asked
about)."""

from __future__ import annotations

import re

from .reading import Reading

_TAIL = re.compile(r"^(?P<head>.*\w.*?)[\s,.;]+(?:idk|idek|dunno|i\s+dunno|i\s+dont\s+know|i\s+don't\s+know|i\s+guess|lol|tbh|ngl)[\s.!?]*$",
                   re.IGNORECASE | re.DOTALL)


def without_tail_hedge(reading: Reading, line: str, spec, read_part) -> Reading:
    if read_part is None or spec.ask != "multi" or spec.name.startswith(("red_flags", "urgent")) or reading.value not in (None, [], ["not_sure"]):
        return reading
    found = _TAIL.match(line.strip())
    if not found or len(found.group("head").split()) < 2:
        return reading
    head = read_part(found.group("head"))
    if not head.value or head.asked or {"not_sure", spec.none_choice} & set(head.value):
        return reading  # "I have not heard of these things before, I don't know": no pick, the shrug stands
    return head


__all__ = ["without_tail_hedge"]
