"""One alternation of many entries, grouped by the letter each starts with (helper p19, issue 12 item 7).

Python's regex engine tries the branches of an alternation one by one at each place; a branch that starts with
a plain letter is passed over at the cost of one comparison, but an entry written as a group ("(?:pills?|tablets?)",
as a list of entries is joined) has to be entered, so a quiet word paid for every entry of every list (the concept
prefilter: about 17 ms per 4 KB). Here each entry is split into its own alternatives and those are grouped by their
first letter: "p(?:ills?|atch)|t(?:ablets?)|...". It matches exactly where the plain alternation does (each
alternative is kept whole, only its first letter is written once for its group); an alternative that does not start
with a plain letter (a class, an escape, a letter with ? or *, a look-behind) is kept as it is, after the groups;
a leading group is first written out ("(?:his|her) pills" -> "his pills", "her pills").
"""

from __future__ import annotations

import re

_SPECIAL = set("\\.^$*+?{}[]()|")
_QUANTIFIERS = set("?*+{")
_MARKS = re.compile(r"\\.|[\[\]()|]", re.DOTALL)  # an escape with the character it escapes, or a bracket or a bar
_WRITTEN_OUT = 100  # at most this many characters added when a leading group is written out


def alternatives(item: str, stop_at_close: bool = False) -> list[str]:
    """The top-level alternatives of one regex ("a|(?:b|c)d|[|]" -> "a", "(?:b|c)d", "[|]"); with stop_at_close, of
    the group that `item` opens: (the alternatives inside it, then the text after its closing bracket). Only the
    characters that open or close something, escape or divide are looked at (_MARKS): the letters between are passed
    over by the regex engine (the concept tables' 150,000 characters of entries took tens of milliseconds a start
    one character at a time, p23)."""
    parts, start, depth, in_class = [], 0, 0, False
    if stop_at_close:
        start = 3
    for mark in _MARKS.finditer(item, start):
        i = mark.start()
        char = item[i]
        if char == "\\":
            continue
        if in_class:
            if char == "]" and not (item[i - 1] == "[" or item[i - 2:i] == "[^"):
                in_class = False
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if stop_at_close and depth < 0:
                return [*parts, item[start:i], item[i + 1:]]
        elif char == "|" and depth == 0:
            parts.append(item[start:i])
            start = i + 1
    parts.append(item[start:])
    return parts


def _opened(part: str) -> list[str]:
    """A leading non-capturing group written out: "(?:a|b)c" -> "ac", "bc"; "(?:a )?b" -> "a b", "b" (the same
    places match). Any other part is itself."""
    if not part.startswith("(?:"):
        return [part]
    *inside, after = alternatives(part, stop_at_close=True)
    optional = after[:1] == "?"
    if optional:
        after = after[1:]
    if after[:1] in _QUANTIFIERS or (len(inside) - (not optional)) * len(after) > _WRITTEN_OUT:
        return [part]  # "(?:ab)+", "(?:a)??", or a long tail written out many times (the regex compiles slower): kept whole
    return [piece for alternative in inside for piece in _opened(alternative + after)] + (_opened(after) if optional else [])


def grouped(items) -> str:
    """The alternation of `items` (each a regex) with the alternatives that start with a plain letter grouped by it."""
    by_letter: dict[str, list[str]] = {}
    rest: list[str] = []
    for item in items:
        for part in (piece for whole in alternatives(item) for piece in _opened(whole)):
            if part and part[0] not in _SPECIAL and not part[0].isspace() and part[1:2] not in _QUANTIFIERS:
                by_letter.setdefault(part[0], []).append(part[1:])
            else:
                rest.append(part)
    groups = [f"{letter}(?:{'|'.join(dict.fromkeys(tails))})" for letter, tails in by_letter.items()]
    return "|".join([*groups, *(f"(?:{part})" for part in dict.fromkeys(rest))])
