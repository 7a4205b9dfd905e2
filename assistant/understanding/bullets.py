"""Marks that do not cut a line where they seem to. A list typed with bullet marks, as people who write notes or email do:

  - 6 (first DMT failed)
  - 8
  * the MRI
  • 2, 3

A dash, star or dot that opens a line marks an item, never a minus sign ("- 3" is choice 3, not
"-3"); the items are read as a list, one after another. Only marks at the start of a line (or of
the whole answer) followed by a space or a number are taken out; a dash inside a line stays.
"""

from __future__ import annotations

import re

_MARK = re.compile(r"(^|\n)[ \t]*[-*•·–—][ \t]+(?=\S)")  # a numbered list ("1. the MRI") is left as typed: its number may be the pick


def unbulleted(line: str) -> str:
    """The line with the bullet marks that open its lines taken out, the items joined by ". "."""
    if not line or not _MARK.search(line):
        return line
    items = [item.strip() for item in _MARK.sub(r"\1", line).split("\n")]
    return ". ".join(item.rstrip(".") for item in items if item)


_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_SHORT = re.compile(r"\b(St|Dr|Mt|Mr|Mrs|Ms|Jr|Sr|Prof|Ft|Ste|Mme)\.(?=\s+[A-Z])")


# A number with a decimal point that is a measure, not choices: a unit after it ("2.5 cm", "38.5 C"),
# a whole part past any list's numbers ("37.2", "101.3"), or two decimals ("4.25"). "1.2" alone may
# be picks typed with a full stop: left as typed.
_DECIMAL = re.compile(r"(?<![\d.])(\d+)\.(\d+)(?!\d|\.\d)(?=(?P<unit>\s*(?:cm|mm|m|kg|kgs|lb|lbs|g|mg|ml|l|%|°|degrees?|c|f|in|inch|inches|ft)\b)?)",
                      re.IGNORECASE)


def _measure(found: re.Match) -> str:
    whole, part = found.group(1), found.group(2)
    if found.group("unit") or int(whole) > 12 or len(part) > 1:
        return f"{whole}\u00b7{part}"  # one token, never choice numbers ("2.5 cm" is not 2 and 5); shown as "2·5"
    return found.group(0)


# A number joined by a hyphen to what it counts ("a 48-hour Holter", "a 2-page form", "the 6-week follow-up
# letter", "a 12-lead ECG"): a measure said as one word, never choice numbers (helper 11b7).
_JOINED = re.compile(r"(?<![\w.-])(\d+)-(?=(?:hours?|hrs?|days?|nights?|weeks?|wks?|months?|mos?|years?|yrs?|minutes?|mins?|seconds?|"
                     r"pages?|leads?|points?|steps?|parts?|sessions?|visits?|doses?|miles?|pounds?|lbs?|items?|questions?|sheets?|"
                     r"slices?|views?|panels?|vials?|tubes?|cm|mm|inch|inches)\b)", re.IGNORECASE)


def plain_marks(line: str, measures: bool = False, joined: bool = False) -> str:
    """ "1 in 100,000" is "1 in 100000"; "St. Luke's", "Dr. Okafor" lose the full stop after the
    title, which ends no sentence (only before a capitalised name). With `measures` (pick-any
    questions), a decimal measure ("37.2", "a 2.5 cm nodule") is one word, never picks; with
    `joined`, so is a number joined by a hyphen to what it counts ("a 48-hour Holter report")."""
    line = _SHORT.sub(r"\1", _THOUSANDS.sub("", line))
    if joined and "-" in line:
        line = _JOINED.sub("\\1\u00b7", line)  # "48·hour": one token, shown as typed in notes
    return _DECIMAL.sub(_measure, line) if measures and "." in line else line
