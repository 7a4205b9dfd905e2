"""At a Yes/No check ("Did you mean *Within a few weeks*?"), a line saying the check is not understood.

"i dont get it" was read as No ("i dont" is a No, "get" and "it" are filler words); "huh?" and
"what do you mean" left the check and answered about the whole question (t11, a user met it).
Such a line is a question about the check: it is explained and asked again, and nothing is stored
(dialogue.step). Words in dialogues/check_doubts.yaml.
"""

from __future__ import annotations

from functools import cache

from .phrase_files import phrases, spans
from .text import clean, tokens

FILE = "check_doubts.yaml"
_MARKS = frozenset({"?", "!", ".", ",", "...", "??", "???"})


@cache
def check_explained() -> str:
    """What is said above the check asked again."""
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return str(yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)["explained"])


def doubts_check(line: str, lex) -> bool:
    """Does the line say the Yes/No check is not understood (and not open with a Yes or a No)?"""
    if not isinstance(line, str) or len(line) > 200:
        return False
    toks = tokens(clean(line))
    core = [t for t in toks if t not in _MARKS]
    if not toks:
        return False
    if not core:
        return "?" in line  # "?", "??"
    words = phrases(FILE)
    found = spans(core, words["lost"])
    if any(start == 0 for start, _ in found):
        return True  # "no idea what that means", "what do you mean"
    if any(p == (core[0],) for p in (*lex.yes, *lex.no)):
        return False  # "no, i dont understand why": a one-word Yes or No opens it (not "i dont", a No of two words)
    bare = {p[0] for p in words["bare"] if p}
    return bool(found) or all(t in bare for t in core)
