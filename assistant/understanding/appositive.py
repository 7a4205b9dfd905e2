"""A doctor named twice in one breath is one person: "just the urologist, Dr. Haines", "the surgeon,
Dr. Tremblay", "Dr. Okafor, the spine surgeon" (user trial 6: each was counted as two, and the
person was asked "One or Two?"). A title with a name beside a doctor word, set off by a comma, says
who that doctor is; two titles ("Dr. Lee, Dr. Shah") stay two people."""

from __future__ import annotations

TITLES = frozenset({"dr", "doctor", "doc", "prof", "professor"})
_THE = frozenset({"the", "my", "his", "her", "our", "their", "a"})
_SHORT = frozenset({"dr", "prof"})
_OWNER = frozenset({"the", "my", "his", "her", "our", "their"})  # said straight after the name, with no comma
_NOT_NAMES = frozenset("""the my his her our their a an and or but then who which that is was said says thinks one two three four five
    six seven eight nine ten too also said agreed first second third other another""".split())
_APART = frozenset({"and", ",", "or", "then", "another", "other", "second", "also", "plus", "&", ".", ";"})


def _name_at(toks: list[str], at: int) -> int:
    """Where the name after the title at `at` is ("dr haines", "dr. haines"), or -1."""
    if toks[at] not in TITLES:
        return -1
    k = at + 1 + (toks[at] in _SHORT and toks[at + 1 : at + 2] == ["."])  # "dr. haines"; never "doctor. three"
    return k if k < len(toks) and toks[k].isalpha() and toks[k] not in _NOT_NAMES else -1


def _titled(toks: list[str], at: int) -> bool:
    return _name_at(toks, at) >= 0


def same_person(toks: list[str], first: int, then: int) -> bool:
    """The doctor words at `first` and `then` (then > first) name one person by apposition."""
    if _titled(toks, first) == _titled(toks, then):
        return False  # no title, or two titles: two people as said
    between = toks[_name_at(toks, first) + 1 if _titled(toks, first) else first + 1 : then]  # "dr haines , the urologist"
    if between[:1] == [","]:
        rest = between[1:]
    elif between[:1] and between[0] in _OWNER:  # "dr kim her endo", "dr patel the surgeon" (user trial 7, finding 19)
        rest = between
    else:
        return False
    return len(rest) <= 3 and not _APART & set(rest)  # "dr okafor , the spine surgeon"; not "dr lee , and then another surgeon"


_PLAIN = frozenset({"doctor", "doc", "physician", "dr"})  # a doctor not yet named by field


def said_what(toks: list[str], first: int, then: int, last: bool) -> bool:
    """ "my regular doctor, a GP": a plain doctor word, then ", a <field>" that says what kind of doctor it is,
    as the last doctor named (helper 11b13); "my doctor, a surgeon and an oncologist" stays three."""
    return (last and toks[first] in _PLAIN and not _titled(toks, first) and toks[first + 1 : first + 3] in ([",", "a"], [",", "an"])
            and then - first - 3 <= 2 and not _APART & set(toks[first + 3 : then])
            and not any(t in ("and", "&", "plus", ",") for t in toks[then + 1 :]))


def one_each(toks: list[str], mentions: list[int]) -> list[int]:
    """The mentions with a doctor's title-and-name beside the doctor word dropped (one person)."""
    kept: list[int] = []
    for k, m in enumerate(mentions):
        if kept and (same_person(toks, kept[-1], m) or said_what(toks, kept[-1], m, k == len(mentions) - 1)):
            continue
        kept.append(m)
    return kept


__all__ = ["one_each", "same_person"]
