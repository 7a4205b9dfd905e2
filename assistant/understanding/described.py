"""What is said of a pick is part of that pick, not a part left over to ask about.

"lab results including creatinine and eGFR", "the options, including not doing anything",
"a patient advocate, someone who understands autism and hospitals", "the scans, especially the
newest one": the words after "including" (or "such as", "e.g.", "especially"...) give examples
of the pick just before, and "someone who ..." says what it should be. Cut at every "and" or
comma, the example list used to leave its last items ("egfr", "hospitals") as parts nothing was
read from, and the person was asked what they meant by them.

A part is said of the pick before when
  - it is led by an example word or "someone who" (and a pick, or another part said of it,
    comes just before, with only a comma or "and" between), or
  - it continues such a list ("creatinine and eGFR"): a short part (at most two words that are
    not fillers) after "and", "or" or a comma, before the next full stop or semicolon.
A part led by "also" or "plus" is one more answer and is never set aside here, nor is a part
with a choice's own words in it (examples.py gives those to the pick before, or they are read).
"""

from __future__ import annotations

from .examples import EXAMPLE_WORDS
from .lexicon import Lexicon
from .text import SEPARATORS

# "like" and "even" lead other things too ("like I said", "even the surgeon agrees"): not here.
_LEADS = tuple(w for w in EXAMPLE_WORDS if w not in (("like",), ("even",))) + (
    ("someone", "who"), ("someone", "that"), ("somebody", "who"), ("somebody", "that"), ("anyone", "who"),
    ("one", "who"), ("one", "that"), ("preferably",), ("ideally",))
_CONTINUE = frozenset({",", "and", "or", "&", "n"})  # the list goes on
_STOP = frozenset({".", ";", "!", "?"})  # a new sentence: the list is over
_SKIP = frozenset({"a", "an", "the", ","})


def _led(words: list[str]) -> bool:
    words = [w for w in words if w not in _SKIP] or words
    return any(tuple(words[: len(w)]) == w for w in _LEADS)


def said_of_picks(toks: list[str], used: set[int], lex: Lexicon, leftovers: list[str], picked: int) -> list[str]:
    """The parts left over (as leftover_parts writes them) without the examples or descriptions of
    a pick, and without the picks counted back ("those three", count_said)."""
    if not leftovers:
        return leftovers
    examples = _examples(toks, used, lex)
    return [part for part in leftovers if part not in examples and not count_said(part, picked, lex)]


def _examples(toks: list[str], used: set[int], lex: Lexicon) -> set[str]:
    out: set[str] = set()
    in_list = False  # an example list of a pick is going on
    prev_read = False  # the part just before was read (a pick)
    current: list[str] = []
    read_here = False
    cut = None  # the separator before the current part
    lead_in_read = False  # an example word inside a read part, after its pick ("results including creatinine")
    for i, tok in enumerate(toks + ["."]):
        if tok in SEPARATORS or tok in ("-", "?"):
            if current and not read_here:
                content = [w for w in current if w not in lex.fillers]
                starts = cut not in ("also", "plus")
                if starts and _led(current) and (prev_read or in_list) and cut in _CONTINUE | {None}:
                    out.add(" ".join(current))
                    in_list = True
                elif starts and in_list and cut in _CONTINUE and 0 < len(content) <= 2:
                    out.add(" ".join(current))  # "creatinine and eGFR": the list goes on
                else:
                    in_list = False
                prev_read = False
            elif current:
                in_list = lead_in_read
                prev_read = True
            current, read_here, lead_in_read = [], False, False
            cut = tok if tok not in _STOP else None
            if tok in _STOP:
                in_list, prev_read = False, False
            continue
        if i in used:
            read_here = True
        elif read_here and any(tuple(toks[i : i + len(w)]) == w for w in _LEADS):
            lead_in_read = True
        current.append(tok)
    return out


_ASKING = frozenset({"what", "whats", "how", "why", "when", "where", "which", "who", "whether", "will", "would", "can", "could",
                     "should", "is", "are", "do", "does"})


def asks_one_more(part: str, spec) -> bool:
    """At a question whose choices are questions to ask the doctor ("What are the biggest risks?"),
    a part led by a question word ("and how long I'm out of work", "what they'd do if it were
    their kid") is one more question wanted, never a remark set aside: it is asked about."""
    words = part.split()
    if words[:1] == ["+"]:
        words = words[1:]
    if not words or words[0] not in _ASKING or len(words) < 3:
        return False
    labels = [c.label for c in spec.choices if c.id != getattr(spec, "none_choice", None)]
    return bool(labels) and sum(label.rstrip().endswith("?") for label in labels) * 2 > len(labels)


_COUNTING = frozenset({"those", "these", "all", "the", "just", "only", "thats", "that", "is", "are", "them", "of", "ones", "one", "it",
                       "exactly", "total", "in", "so", "yes", "questions", "question", "picks", "choices", "things", "please", "for", "now",
                       "thanks", "i", "want", "pick", "picked", "makes", "make", "ok", "okay", "+"})


def count_said(part: str, picked: int, lex: Lexicon) -> bool:
    """ "1, 3 and 5. Those three.", "the risks, the options and waiting - all 3": the picks counted
    back. Set aside only when the count is the number of picks read; another count is asked about."""
    words = [w for w in part.split() if w not in _COUNTING]
    if len(words) != 1:
        return False
    said = 2 if words[0] == "both" else int(words[0]) if words[0].isascii() and words[0].isdigit() else lex.numbers.get(words[0])
    return said == picked and picked > 1
