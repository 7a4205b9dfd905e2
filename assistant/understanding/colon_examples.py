"""Examples after a colon, as after a bracket: "many options: brace, physiotherapy, operation", "and
many options: haplo transplant, gene therapy, or staying on hydroxyurea." A colon after a pick that
opens a list of two or more items, to the end of its sentence, says what the pick is, as "many
options (brace, physiotherapy, operation)" does. The list is put in brackets and brackets.py
decides, with all its guards (the words before it must be a pick, the list must name a choice and
hold no person, no doubt, no question, no number); otherwise the line stays as typed. "pros/cons:
yes. sure: no" has no list after its colons, so it is left alone."""

from __future__ import annotations

import re

from ..lazy_regex import LazyPattern  # compiled at first use: importing read.py costs nothing

_COLON_LIST = LazyPattern(r"(?P<before>[^:.;!?\n]*\w)\s*:\s+(?P<list>[^:.;!?\n()]+?)"
                         r"(?P<end>\s*(?:[.;!\n]|$|,\s*(?:and|but)\s+(?=(?:nobody|no\s+one|i|we|they|he|she|it|the\s+doctors?)\b)))",
                         re.IGNORECASE)  # the list ends with its sentence, or where a new clause begins ", and nobody says ..."


_DASH_LIST = LazyPattern(r"(?<=[A-Za-z])\s+[-\u2013\u2014]\s+(?P<list>[A-Za-z][^-\u2013\u2014.;!?:\n()]*?)(?P<end>\s+[-\u2013\u2014]\s+|\s*(?=[.;!?\n]|$))")


_NUMBERED = LazyPattern(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|first|second|third|last|all|none|mean)\b", re.IGNORECASE)


def _dash_lists(line: str) -> str:
    """ "many choice - surgery, burn, transplant", "alternatives - myomectomy, embolisation - with no way to choose":
    a list of two or more items between dashes (or a dash and the sentence's end) put in brackets (helper 11b12)."""
    def bracket(found) -> str:
        items = re.split(r",|\bor\b|\band\b|/", found.group("list"))
        if len([i for i in items if i.strip()]) < 2 or _NUMBERED.search(found.group("list")):
            return found.group(0)  # "two - three and four", "none - i mean 2 and 3": numbers, not examples
        return f" ({found.group('list').strip()}){' ' if found.group('end').strip() else ''}"

    return _DASH_LIST.sub(bracket, line)


def as_brackets(line: str) -> str:
    """The line with each colon list put in brackets; the line itself when it has none. A list after a dash
    between spaces is put in brackets too."""
    if " - " in line or "\u2013" in line or "\u2014" in line:
        line = _dash_lists(line)
    if ":" not in line:
        return line

    def bracket(found: re.Match) -> str:
        items = re.split(r",|\bor\b|\band\b|/", found.group("list"))
        if len([i for i in items if i.strip()]) < 2:
            return found.group(0)
        return f"{found.group('before')} ({found.group('list').strip()}){found.group('end')}"

    return _COLON_LIST.sub(bracket, line)
