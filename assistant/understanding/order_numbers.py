"""Two questions to swap, named by number words: "swap one and two", "switch three with five", and
as voice typing hears them, "swap one and to", "switch for and won". After a verb of swapping, the
two words are the two numbers: put as digits, the order reader does the rest."""

from __future__ import annotations

import re

from .lexicon import Lexicon

_SWAP = re.compile(r"\b(swap|switch|exchange|flip|trade|interchange)\s+(?:(?:numbers?|questions?|nos?\.?|#)\s+)?([a-z]+|\d+)\s+(and|with|&|n)\s+"
                   r"(?:(?:numbers?|questions?|nos?\.?|#)\s+)?([a-z]+|\d+)\s*[.!]*\s*$", re.IGNORECASE)


# "switch the first too", "swap the top to": "two", as voice typing (or a slip) writes it.
_FIRST_TOO = re.compile(r"\b(swap|switch|exchange|flip|trade|interchange)\s+(?:the\s+)?(first|top|last|bottom)\s+(?:too|to|tow)\s*[.!]*\s*$",
                        re.IGNORECASE)


def swapped_numbers(line: str, lex: Lexicon) -> str | None:
    """The line with the two number words after "swap" put as digits; None when there are none."""
    two = _FIRST_TOO.search(line)
    if two:
        return line[: two.start()] + f"{two.group(1)} the {two.group(2)} two"
    found = _SWAP.search(line)
    if not found:
        return None
    from .homophones import heard

    said = {**heard().numbers, **{w: str(n) for w, n in lex.numbers.items()}}

    def digit(word: str) -> str | None:
        return word if word.isdigit() else said.get(word.lower())

    first, second = digit(found.group(2)), digit(found.group(4))
    if first is None or second is None or first == second or (found.group(2).isdigit() and found.group(4).isdigit()):
        return None
    return line[: found.start()] + f"{found.group(1)} {first} and {second}"
