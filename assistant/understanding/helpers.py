"""The people around the one typing: a helper at the keyboard, and the name of the person helped.

"I am the patient but my daughter is helping me type": the daughter only types; the decision is
the patient's own. "My son Kacper", "my mother in law, Ngozi": the name is kept with the person.
"helping a friend from church, Doris": a friend is helped, and Doris is her name. The helper's
words are data (`typing_help` in dialogues/plain_words.yaml)."""

from __future__ import annotations

import re
from functools import cache

from .text import tokens


@cache
def _typing_help() -> tuple[tuple[str, ...], ...]:
    from .plainer import _raw

    return tuple(sorted({tuple(tokens(str(p))) for p in (_raw().get("typing_help") or [])}, key=len, reverse=True))


def only_typing(toks: list[str], end: int) -> bool:
    """The person named just before `end` is said to help at the keyboard ("... is just the one typing")."""
    window = toks[end : end + 8]
    for k in range(len(window)):
        if window[k] in (",", ".", ";", "but", "and") and k < 2:
            return False
        for phrase in _typing_help():
            if tuple(window[k : k + len(phrase)]) == phrase:
                return True
    return False


_NAME = re.compile(r"\s*,?\s*([A-Z][a-z'’]+(?:\s+[A-Z][a-z'’]+)?)")
_NOT_NAMES = {"I", "Im", "I'm", "She", "He", "They", "We", "It", "Its", "It's", "Shes", "She's", "Hes", "He's", "The", "My", "Our", "But",
              "And", "Thanks", "Thank", "Please", "Yes", "No", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
              "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
              "Christmas", "Easter", "Dr", "Doctor", "Mr", "Mrs", "Ms", "Self", "Me", "Myself"}


def with_name(text: str, who: str) -> str:
    """ "my son" -> "my son Kacper" when the line names him right after ("My son Kacper, 7"),
    "my mother in law" -> "my mother in law, Ngozi". As typed, with the capital letter."""
    words = who.split()
    if not text or not words:
        return who
    pattern = r"\b" + r"[\s,]+".join(re.escape(w) for w in words[-3:]) + r"\b"
    found = re.search(pattern, text, flags=re.IGNORECASE)
    if not found:
        return who
    name = _NAME.match(text, found.end())
    if not name or name.group(1).split()[0] in _NOT_NAMES:
        return who
    first = name.group(1).split()[0]
    return f"{who}{text[found.end():name.start(1)].rstrip()} {first}".replace("  ", " ") if "," not in text[found.end():name.start(1)] \
        else f"{who}, {first}"


_TRAILING = re.compile(r",\s*([A-Z][a-z'’]+)\s*[.!]?\s*$")


def trailing_name(text: str) -> str:
    """ "helping a friend from church, Doris": the name that ends the line after a comma, or ""."""
    found = _TRAILING.search(text or "")
    return found.group(1) if found and found.group(1) not in _NOT_NAMES else ""
