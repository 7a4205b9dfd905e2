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
def check_explained(key: str = "explained") -> str:
    """What is said above the check asked again (`key` "either": after a line that could mean Yes or No)."""
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return str(yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)[key])


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


def yes_or_no(toks: list[str], lex) -> str | None:
    """ "yes", "no", "either" (asked again) or None for a line at a Yes/No check (marks , . ! taken out). "no, i dont think so"
    holds "i ... think so" among filler words and was read as Yes (t11): where a Yes and a No phrase both
    fit, the longer one says; a line of two or more No phrases is a No."""
    from .asking import whole

    core = [t for t in toks if t not in _MARKS]
    if len(core) > 1 and (core[0],) in lex.no:  # "no. thats it", "nope thats all"; "no, thats fine" is either
        words = phrases(FILE)
        if whole(core[1:], words["closers"], lex):
            return "no"
        if whole(core[1:], words["assent"], lex):
            return "either"
    if core and whole(core, phrases(FILE)["assent"], lex):
        return "yes"  # "thats fine", "sounds good"
    said_yes = toks in (["1"],) or whole(toks, lex.yes, lex) or toks in (["ok"], ["okay"], ["yes", "please"])
    said_no = toks in (["2"],) or whole(toks, lex.no, lex) or toks in (["wrong"], ["no", "thanks"]) or _only(toks, lex.no, lex)
    if said_yes and said_no:
        yes, no = _longest(toks, lex.yes), _longest(toks, lex.no)
        said_yes, said_no = yes > no, no > yes
    return "yes" if said_yes else "no" if said_no else None


def _only(toks: list[str], phrases, lex) -> bool:
    """Is the line two or more of `phrases` and filler words ("no, i dont think so", "nope. not really")? A
    line of two No phrases was not a No (`whole` takes one), and was read as an answer to the question (t11)."""
    core = [t for t in toks if t not in ("?", ";", ":")]
    covered, said = [t in lex.fillers for t in core], 0
    for phrase in phrases:
        size = len(phrase)
        for k in range(len(core) - size + 1):
            if size and tuple(core[k:k + size]) == tuple(phrase):
                covered[k:k + size] = [True] * size
                said += 1
    return len(core) > 1 and all(covered) and said >= 2


def _longest(toks: list[str], phrases) -> int:
    """The length of the longest of `phrases` standing in the words."""
    return max((len(p) for p in phrases if p and any(tuple(toks[k:k + len(p)]) == tuple(p) for k in range(len(toks)))), default=0)
