"""A part said beside the picks that names something the question does not list (helper u25b, issue 11: keep what
was understood, ask only about the rest).

At "Where do the two opinions differ?" a line such as "plan, n one was a lot nicer to me", "the plan + the cost" or
"the timing, and also the cost, the home one is cheaper" names a listed part (the plan, how soon) and something the
list does not hold (how a doctor spoke, the price, the distance). Before this, such a part was sometimes set aside
as a remark and the plan stored silently, sometimes read as one more pick ("one is much expensive": the diagnosis).
Here the line is cut into parts (at commas, stops, "+", and "and"/"also"/"n"/"because"/"so" inside a part); a part
holding one of the question's words (dialogues/beside_parts.yaml) is taken out, the rest read alone at the same
question, and when the rest gives picks they are kept and only that part is asked about. Nothing is stored until
the person says more or "that's all".

An entry with `note: true` (fit_alternatives) is the other way round: the part is the reason why ("written plan, my
english not good, i read slow"), which the rounds mark as a clear answer; when the rest alone is read sure, its
picks are stored and the part kept as the person's note, and never when the line holds a word of `block` (a doubt,
an interpreter asked for, one more thing). Only the questions the file names; only a reading with picks (a pick of
"none" is left as it was).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .lexicon import LexiconError
from .reading import SURE, UNCLEAR, Reading
from .text import capital_first

FILE = "beside_parts.yaml"
_STOPS = re.compile(r"\s*(?:[,;.!?+]|\s-\s|\s—\s|—)\s*")
_JOINS = re.compile(r"\s+(and also|and|also|n|plus|&|because|bc|cause|cuz|so)\s+", re.IGNORECASE)
_LEAD = re.compile(r"^(?:(?:and|also|plus|n|&)\s+)+", re.IGNORECASE)


@cache
def _data() -> dict:
    from .datafile import read_words_file

    raw = read_words_file(FILE)
    if not isinstance(raw, dict):
        raise LexiconError(f"dialogues/{FILE}: needs one entry per question")
    out = {}
    for state, entry in raw.items():
        note = entry.get("note") is True if isinstance(entry, dict) else False
        if not isinstance(entry, dict) or not isinstance(entry.get("words"), list) or not (note or isinstance(entry.get("message"), str)):
            raise LexiconError(f"dialogues/{FILE}: {state} needs a list 'words' and a 'message' (or 'note: true')")
        block = entry.get("block") or []
        if not isinstance(block, list):
            raise LexiconError(f"dialogues/{FILE}: {state}: 'block' must be a list")
        out[str(state)] = (_pattern(entry["words"]), _pattern(block) if block else None, None if note else entry["message"])
    return out


def _pattern(words) -> re.Pattern:
    words = sorted({str(w).lower().strip() for w in words if str(w).strip()}, key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?![\w'])")


def _pieces(line: str) -> list[list[tuple[str, str]]]:
    """The line's pieces (cut at stops and commas), each cut again at its join words: (join word before, part)."""
    out = []
    for piece in _STOPS.split(line):
        cut = _JOINS.split(" " + piece.strip() + " ")
        subs = [(cut[i - 1] if i else "", cut[i].strip()) for i in range(0, len(cut), 2) if cut[i].strip()]
        if subs:
            out.append(subs)
    return out


def _split(line: str, pattern, picks_of) -> tuple[list[str], list[str]]:
    """(the parts beside the picks, the rest): a part holding one of the words runs on to the end of its piece
    ("the bedside manner was night and day"), unless a later part of it names a pick alone ("the cost and the plan")."""
    beside, rest = [], []
    for subs in _pieces(line):
        current = None
        for join, sub in subs:
            if pattern.search(sub.lower()):
                current = sub if current is None else f"{current} {join} {sub}"
            elif current is not None and not picks_of(sub):
                current = f"{current} {join} {sub}"
            else:
                if current is not None:
                    beside.append(current)
                    current = None
                rest.append(sub)
        if current is not None:
            beside.append(current)
    return beside, rest


def beside_parts(reading: Reading, line: str, spec, read) -> Reading:
    """`reading`, or the picks of the rest kept with the part beside them asked about."""
    entry = _data().get(spec.name)
    if entry is None or reading.asked or reading.dont_know:
        return reading
    pattern, block, message = entry
    value = reading.value
    if not isinstance(value, list) or not value or spec.none_choice in value:
        return reading
    if message is None and (reading.certainty == SURE or (block is not None and block.search(line.lower()))):
        return reading  # a reason kept as a note: only a reading not yet sure, with no word that doubts or asks for more
    beside, rest = _split(line, pattern, lambda part: _picks(read(part), spec))
    if not beside or not rest:
        return reading
    kept = read(", ".join(rest))
    picks = _picks(kept, spec)
    if not picks:
        return reading
    said = ", ".join(_LEAD.sub("", p) for p in beside)
    if message is None:  # the reason why: the picks stored, the reason kept as the person's note
        if kept.certainty != SURE or any(_picks(read(p), spec) for p in beside):
            return reading
        return replace(kept, note=capital_first(said))
    return Reading(UNCLEAR, value=list(picks), unclear=said, message=message.format(part=said))


def _picks(reading: Reading, spec) -> list:
    """The picks a part gives alone: none for a question, a doubt, two readings or "none"."""
    value = reading.value if isinstance(reading.value, list) else []
    if not value or spec.none_choice in value or reading.asked or reading.options or reading.dont_know:
        return []
    return list(value)
