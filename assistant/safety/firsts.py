"""A pattern list's first characters, checked before its alternatives are tried.

A pattern list is one regex, `\\b(?:p1|p2|...)\\b` (rules.py), and Python's regex engine tries
every alternative at every word boundary, the end of each word included, where the next
character is a space. Where every match must begin with one of a few known characters, the
regex gets a look-ahead for them right after its first `\\b`: `\\b(?=[abc])(?:p1|p2|...)\\b`.
A position whose character is not one of them fails at once instead of after hundreds of
alternatives (about half the regex work of a long line). The look-ahead only restates what
every match already does (its first character is one of these), so what matches is unchanged.

The characters are read from the parsed regex (Python's private parser, as the anchors are):
a literal or a set of literals opening each alternative (a short range spelled out, a digit
`\\d` kept as the class it is: it also means other scripts' digits), through groups and
optional pieces, past zero-width pieces (`\\b`, look-arounds). Anything else (`\\w`, `.`, a long
range, a piece that may match nothing, case-insensitive flags) gives no look-ahead: the regex
is kept as it is. `add()` changes the parsed form the way the parser would read the new text, so the
program is compiled without parsing the text again (the tests compare it with `re.compile`).
"""

from __future__ import annotations

import re

_LOOK = "(?=["
DIGIT = "\\d"  # in a list of first characters: any digit
_RANGE = 16  # a range of fewer characters is spelled out


def first_chars(parsed, p) -> list[str] | None:
    """The characters every match of `parsed` begins with, sorted, or None (unknown)."""
    if parsed.state.flags & re.IGNORECASE:
        return None
    chars = _first(parsed, p)
    if chars and DIGIT in chars:
        chars -= set("0123456789")  # already in \\d
    return sorted(chars) if chars else None


def _first(items, p) -> set[str] | None:
    """What a match of the sequence `items` may begin with; None: unknown or may match nothing."""
    found: set[str] = set()
    for op, av in getattr(items, "data", items):
        if op is p.AT or op is p.ASSERT or op is p.ASSERT_NOT:
            continue  # zero width: the next piece begins the match
        if op is p.LITERAL:
            return found | {chr(av)}
        if op is p.IN:
            chars = _class_chars(av, p)
            return None if chars is None else found | chars
        if op is p.SUBPATTERN:
            if av[1] or av[2]:  # (?i:...) and other flags
                return None
            inner = _first(av[-1], p)
            return None if inner is None else found | inner
        if op is p.BRANCH:
            if all(_zero_width(option, p) for option in av[1]):  # "(?:^|(?<=\| ))": a clause start
                continue
            options = [_first(option, p) for option in av[1]]
            return None if any(o is None for o in options) else found.union(*options)
        if op is p.MAX_REPEAT or op is p.MIN_REPEAT:
            low, _, inner = av
            chars = _first(inner, p)
            if chars is None:
                return None
            found |= chars
            if low >= 1:
                return found
            continue  # optional: the next piece may begin the match
        return None
    return None  # every piece may be skipped: the match may be empty


def _class_chars(items, p) -> set[str] | None:
    """The characters of a class: its literals, short ranges spelled out, and `\\d` kept as
    the category it is (it also holds other scripts' digits); None for anything else."""
    chars: set[str] = set()
    for op, av in items:
        if op is p.LITERAL:
            chars.add(chr(av))
        elif op is p.RANGE and av[1] - av[0] < _RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        elif op is p.CATEGORY and av is p.CATEGORY_DIGIT:
            chars.add(DIGIT)
        else:
            return None
    return chars


def _zero_width(items, p) -> bool:
    return all(op is p.AT or op is p.ASSERT or op is p.ASSERT_NOT for op, _ in getattr(items, "data", items))


def _at(source: str) -> int:
    """Where the look-ahead goes: right after the first `\\b` (after a clause-start prefix)."""
    return source.index("\\b") + 2


def text(source: str, chars: list[str]) -> str:
    at = _at(source)
    return source[:at] + _LOOK + "".join(c if c == DIGIT else re.escape(c) for c in chars) + "])" + source[at:]


def plain(source: str) -> str:
    """The regex without its look-ahead (as rules.py wrote it from the YAML)."""
    at = _at(source)
    if not source.startswith(_LOOK, at):
        return source
    # inside the class every ")" is escaped, so the first "])" closes it
    return source[:at] + source[source.index("])", at) + 2:]


def add(parsed, chars: list[str], p) -> bool:
    """Put the look-ahead into the parsed form as the parser reads `text()`; False if there is
    no top-level `\\b` to put it after (then nothing is changed)."""
    data = parsed.data
    for i, (op, av) in enumerate(data):
        if op is p.AT and av is p.AT_BOUNDARY:
            look = [(p.CATEGORY, p.CATEGORY_DIGIT) if c == DIGIT else (p.LITERAL, ord(c)) for c in chars]
            inner = p.SubPattern(parsed.state, look if len(look) == 1 and look[0][0] is p.LITERAL else [(p.IN, look)])
            data.insert(i + 1, (p.ASSERT, (1, inner)))
            parsed.width = None  # (worked out again by the compiler)
            return True
        if op is not p.BRANCH:  # only the clause-start prefix may come before it
            return False
    return False
