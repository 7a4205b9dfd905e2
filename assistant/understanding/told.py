"""What the person told in own words at a question that keeps it ("heart failure and diabetes").

At the questions about the situation (`keeps_words` in dialogues/lexicon.yaml: the signs), a
pick read from own words ("heart failure and diabetes, medicare" is "several other health
problems") says more than the choice does; the next doctor should hear it. The lines typed for
the answer (a partly understood line and the one that finished it) are kept as the answer's note,
shown in the plan under "What you told me". Numbers and a choice's own words add nothing and are
not kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .echo import _plain
from .skipping import SKIPS
from .text import capital_first, clean


def told_note(state: str, lines: list[str], value, label: Callable[[str], str], lex, note: str = "") -> str:
    """The note to keep, or "". `note`: the one cut from the line as it was read, if any.

    At a question that keeps the whole line (`keeps_line`: what a doctor advised, "active
    surveillance with PSA every 6 months, or radiation if I want treatment"), a note cut from the
    line is only a part of the plan as told: the lines as typed are kept instead."""
    words = lex.state(state)
    values = value if isinstance(value, list) else [value] if isinstance(value, str) else []
    # (several lines: one asked about, "surgery or wait and see", then the pick; or one line that says more than the
    # pick's name, "operation, bypass": the kind of operation is what the two opinions are compared on; a compare journey)
    names = lambda: _names(values, label)  # noqa: E731
    plan = state in _PLAN_STATES  # one word of one's own is the plan only where a doctor's advice is asked ("no tests" is no note)
    if words.keeps_line and (note or len(lines) > 1 or (len(lines) == 1 and (not _plain(lines[0], names) or plan and _named_plan(lines[0], names)))):
        several = len(lines) > 1
        said = [_unled(clean(line).strip(" .")) for line in lines
                if line.strip() and (not _plain(line, names) or (several and _own_word(line, names, lex)) or plan and _named_plan(line, names))]
        return "; ".join(dict.fromkeys(s for s in said if s))
    if note or not words.keeps_words or not isinstance(value, list):
        return ""
    names = lambda: [label(v) for v in value] + [v.replace("_", " ") for v in value]  # noqa: E731
    said = [_unpicked(clean(line).strip(" .")) for line in lines if line.strip() and not _plain(line, names) and not _only_agrees(line, lex)]
    return "; ".join(dict.fromkeys(s for s in said if s and not (value == ["none"] and _only_none(s))))


_PLAN_STATES = ("compare_one_treatment", "compare_two_treatment")


def _named_plan(line: str, names: Callable[[], list[str]]) -> bool:
    """One word of one's own that names the plan ("lumpectomy", "TAVI" at what a doctor advised): plain enough to read,
    but what the two opinions are compared on (a lead's walk, 2026-12-07: two surgeries showed alike); a synonym of
    the pick ("operation") is dropped later as a note that only names the pick (note_repeats.py)."""
    from .echo import _words

    own = _words(line)
    return len(own) == 1 and not own[0].isdigit() and own[0] not in {w for name in names() for w in _words(name)}


def _own_word(line: str, names: Callable[[], list[str]], lex) -> bool:
    """One word of the person's own that the question had to ask about ("stents": a device, or a
    procedure?) and that is none of the pick's words: the kind of plan as told, kept beside the pick
    ("Surgery or a procedure" both times hid stents against a bypass in the comparison; a terminal walk)."""
    from .echo import _words

    words = _words(line)
    if len(words) != 1:
        return False
    from .info_turns import go_on_words  # "ok", "hmm", "huh": words that go on, or only wait

    common = {phrase[0] for phrase in (*lex.yes, *lex.no, *lex.not_sure) if len(phrase) == 1} | set(lex.fillers) | SKIPS | go_on_words()
    return words[0] not in common and words[0] not in {w for name in names() for w in _words(name)}


def _only_none(text: str) -> bool:
    """ "No, nothing from this.": "None of these" said again, in other words; no news for the plan (helper ut15)."""
    from .notes import _NONE_AGAIN, _SMALL_WORDS

    said = re.findall(r"[a-z]+", text.lower().replace("'", ""))
    return bool(said) and all(w in _NONE_AGAIN or w in _SMALL_WORDS for w in said)


# The picks said first, before what the person told: "2 and 6 i guess, the antibiotics never worked", "none of those
# really, it's just that the two doctors dont agree" (whole journeys, helper ut14: the plan printed "About the signs:
# 2 and 6 i guess, ..."). Only before a mark that ends the answer; "6 months of antibiotics" keeps its number.
# the picks may go on after a mark with "also 10", "plus 3" ("2 and 8, also 10. doctor was in hurry": a lead's walk)
_PICKED = r"\d{1,2}(?:\s*(?:,|and|&|or|plus)\s*(?:(?:also|plus)\s+)?\d{1,2})*(?:\s+too)?"
_LEADING_PICKS = re.compile(
    rf"^(?:{_PICKED}(?:\s*[,.;]\s*(?:and\s+)?(?:also|plus)\s+{_PICKED})*|none(?: of (?:those|these|them|the above|that))?|no|nope|nothing)"
    r"(?:\s+(?:really|i guess|i think|i suppose|probably|maybe|honestly|tbh))?\s*[,.;:!]+\s*", re.IGNORECASE)


# The picks by number, then at once the person's own sentence ("1 he has copd n diabetes": lead, walk of 2026-12-07).
_LEADING_BARE = re.compile(r"^\d{1,2}(?:(?:\s*(?:,|and|&|or|n)\s*|\s+)\d{1,2})*\s+(?=(?:he|she|i|we|they|my|his|her|our|their|it|its|hes|shes|"
                           r"im|theyre|there|theres)\b)", re.IGNORECASE)


def _unpicked(text: str) -> str:
    rest = _LEADING_PICKS.sub("", text, count=1)
    rest = _LEADING_BARE.sub("", rest, count=1) if rest == text else rest
    return capital_first(rest) if rest != text and len(rest.split()) >= 2 else text


def _unled(text: str) -> str:
    """ "yes, mri next week": the answer word before the words kept says the pick again ("mri next week")."""
    from .notes import _LEADING_ANSWER

    rest = _LEADING_NUMBERS.sub("", _LEADING_ANSWER.sub("", text), count=1)  # "1, robotic within 2 months": the 1 is the pick
    return capital_first(rest) if rest != text and len(rest.split()) >= 2 else text  # (as note_for gives it)


# The number of the pick said first at a question that keeps the line ("1, robotic within 2 months": lead, walk of
# 2026-12-07, the comparison printed "1, robotic ..."); only before a mark, so "6 months of watching" keeps its number.
_LEADING_NUMBERS = re.compile(r"^\d{1,2}(?:\s*(?:,|and|&|or)\s*\d{1,2})*\s*[,.;:!-]+\s*")


def _names(values: list, label: Callable[[str], str]) -> list[str]:
    return [label(v) for v in values] + [v.replace("_", " ") for v in values]


# Words that only point back at what was asked ("yes that too", "yeah add that one as well").
_BACK = frozenset({"that", "this", "those", "these", "it", "them", "too", "also", "as", "well", "add", "one", "ones", "both",
                   "fits", "true", "right", "correct", "please", "pls", "plz"})


def _only_agrees(line: str, lex) -> bool:
    """A line that only says yes to what was asked about ("yes that too", the reply to "What did you mean
    by 'i guess peace of mind'?") tells the doctor nothing: not kept in the note (a try in tmux,
    2026-12-05: "About the signs: ...; yes that too")."""
    said = re.findall(r"[a-z]+", line.lower().replace("'", ""))
    yes = {w for phrase in lex.yes for w in phrase}
    return bool(said) and bool(set(said) & yes) and set(said) <= yes | _BACK | set(lex.fillers)
