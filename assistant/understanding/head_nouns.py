"""A test named by a word the lexicon does not know, then "test" or "tests" ("the list of all the strep tests",
"his sweat test", "the tilt table tests"), at a question whose choice says "other tests" (the records question:
"Lab results and other tests, like an ECG"): the kind of test is in the word at the end, the head; the word before
only says which test. Read as that choice's plain name ("lab tests"), only when the words before the head are
known as no other choice here and the head ends its part ("the swallow test report" is a report: left as typed).
Words are data (dialogues/head_nouns.yaml). Helper 11b13, a leftover of round 26."""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file


@cache
def _data():
    raw = read_words_file("head_nouns.yaml") or {}
    out = {}
    for state, spec in (raw.get("states") or {}).items():
        heads = [str(h).lower() for h in spec.get("heads") or ()]
        alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
        ends = "|".join(re.escape(str(w).lower()) for w in raw.get("part_ends") or ())
        pattern = re.compile(rf"(?<![\w'’-])(?P<mod>[a-z][a-z0-9'’-]*)\s+(?:{alt})(?=\s*(?:[,.;:!?)/+&]|$|\s(?:{ends})\b))", re.IGNORECASE)
        out[str(state)] = (str(spec["choice"]), str(spec["said_as"]), pattern)
    return out, frozenset(str(w).lower() for w in raw.get("not_modifiers") or ())


@cache
def _other_words(state: str, choice: str) -> frozenset:
    """Every word of every other choice's phrases at the question."""
    from ..flow import default_flow
    from .lexicon import default_lexicon
    from .matching import phrase_index

    spec = default_flow().state(state)
    return frozenset(w for phrase, cid, _ in phrase_index(spec, default_lexicon()) if cid != choice for w in phrase)


def as_head(line: str, spec) -> str | None:
    """The line with each "<unknown word> test(s)" put as the choice's plain name, or None (unchanged)."""
    states, not_modifiers = _data()
    if spec.name not in states:
        return None
    choice, said_as, pattern = states[spec.name]
    others = _other_words(spec.name, choice)

    def plain(m):
        mod = m.group("mod").lower().replace("’", "'").replace("'", "")
        if mod in others or mod in not_modifiers or mod.isdigit():
            return m.group(0)
        return said_as

    out = pattern.sub(plain, line)
    return out if out != line else None


__all__ = ["as_head"]
