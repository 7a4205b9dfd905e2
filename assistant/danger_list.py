"""The danger-sign list ("Is any of this happening right now?"): a clear "none" and a stored sign (user trial 8, t14).

A caregiver typed "He's always a bit confused because of the dementia, but nothing new today. So none. Also, what
recent operation? ..." and got "I got 1" (the stroke sign "new confusion", kept), with no emergency number; the next
turn's "6" (None) then gave the stroke alarm. Two rules, at the list whose question is about now (lexicon `current`):

- "none" said clearly (a sentence that is only "none", "so none", "nothing new today": finished_words.yaml
  `clear_none`), with the words that sounded like a sign said as the usual state ("always", "not new", "because of
  the dementia": `usual_state`): "none" is the answer and the rest is kept as a note. Without such words, the
  reading stands (the list asks "You typed 'none', and also words that fit choice 1. Which did you mean?").
- A danger sign picked by its number (a partial reading that only asks about the rest: "1 and also ...") is stored
  at once, so the urgent turn comes now, never two turns later; the words not understood are kept as a note.
"""

from __future__ import annotations

import re
from functools import cache

from .later import understanding
from .understanding.text import capital_first

_NONE_WORDS = frozenset({"none", "nothing", "no", "nope", "nah", "nao", "non", "neither", "not"})


@cache
def _words() -> tuple[frozenset, tuple, frozenset]:
    from .understanding.datafile import read_words_file
    from .understanding.lexicon import LexiconError

    from .understanding.text import tokens

    raw = read_words_file("finished_words.yaml")
    out = []
    for key in ("clear_none", "usual_state", "none_fillers"):
        items = raw.get(key) if isinstance(raw, dict) else None
        if not isinstance(items, list) or not items:
            raise LexiconError(f"dialogues/finished_words.yaml: needs the list {key}")
        out.append([tuple(tokens(str(i).lower())) for i in items])
    return frozenset(out[0]), tuple(out[1]), frozenset(p[0] for p in out[2] if len(p) == 1)


def _sentences(line: str) -> list[list[str]]:
    from .understanding.text import tokens

    return [[t for t in tokens(s.lower()) if t not in (",", ".", "!", "?", ";")] for s in re.split(r"[.!?;\n]+", line)]


def _has(toks: list[str], phrase: tuple) -> bool:
    return any(tuple(toks[i:i + len(phrase)]) == phrase for i in range(len(toks) - len(phrase) + 1))


def clear_none(line: str) -> bool:
    """A sentence of the line is "none" said clearly ("So none.", "I said NONE", "nothing new today")."""
    nones, _, fillers = _words()
    for toks in _sentences(line):
        core = tuple(t for t in toks if t not in fillers) or tuple(toks)
        if core and core in nones:
            return True
    return False


def said_as_usual(line: str) -> bool:
    from .understanding.text import tokens

    _, usual, _ = _words()
    toks = [t for t in tokens(line.lower()) if t not in (",", ".", "!", "?", ";")]
    return any(_has(toks, p) for p in usual)


_OPENING_NONE = re.compile(r"^\s*(?:(?:no|nope|nah)[\s,]+)?(?:none|nothing|nope|nah|no)\b(?: of (?:these|them|those|this|that)| like (?:that|this|those|these)"
                           r"| of the (?:sort|kind))?[\s,.;:!-]+", re.I)


def _mild_remark_beside_none(line: str) -> str:
    """"none, just a headache": the remark after an opening "none", when it says it is mild or known and nothing in
    it says it is changing (understanding/known_remark.py, dialogues/known_remarks.yaml); else ""."""
    from .understanding.known_remark import mild_known
    from .understanding.text import clean

    said = clean(line)
    opening = _OPENING_NONE.match(said)
    if not opening:
        return ""
    remark = said[opening.end():].strip(" ,.;:-")
    return remark if remark and _opens_mild(remark) and mild_known(remark) else ""


@cache
def _opening_mild() -> tuple[tuple[str, ...], ...]:
    from .understanding.datafile import read_words_file
    from .understanding.lexicon import LexiconError
    from .understanding.text import tokens

    items = (read_words_file("known_remarks.yaml") or {}).get("opening_mild")
    if not isinstance(items, list) or not items:
        raise LexiconError("dialogues/known_remarks.yaml: needs the list opening_mild")
    return tuple(tuple(tokens(str(i).lower())) for i in items)


def _opens_mild(remark: str) -> bool:
    from .understanding.text import tokens

    toks = tuple(tokens(remark.lower()))
    return any(toks[:len(p)] == p for p in _opening_mild())


def _danger(spec, value) -> list:
    picks = value if isinstance(value, list) else [value] if value else []
    return [v for v in picks if v != spec.none_choice]


def settle(spec, line: str, step):
    """The step to take instead of `step` at the danger-sign list, or None to keep it."""
    lex = understanding.default_lexicon()
    if step is None or step.reading is None or not spec.none_choice or not lex.state(spec.name).current:
        return None  # (before the imports below: a function-level import costs about 10 K instructions a call)
    from .understanding.dialogue import Step
    from .understanding.hints import NONE_AND_MORE
    from .understanding.reading import SURE, Reading
    from .understanding.text import clean, tokens

    reading = step.reading
    signs = _danger(spec, reading.value)
    if clear_none(line) and said_as_usual(line) and not any(ch.isdigit() for ch in line) \
            and (signs or step.action == "reask"):
        return Step("store", Reading(SURE, [spec.none_choice], note=clean(line)))
    remark = _mild_remark_beside_none(line)
    if remark and (signs or step.action == "reask") and not any(ch.isdigit() for ch in line):
        # "none, just a headache": the headache words fit a sign's choice ("the worst headache ever"), but the remark
        # says it is mild and nothing in it says it is changing; the screen has read the line first (lo9)
        from .understanding.known_remark import known_reply

        return Step("store", Reading(SURE, [spec.none_choice], note=capital_first(remark)), say=known_reply(remark))
    if step.action == "reask" and step.pending is not None and step.pending.kind == "partial" and signs \
            and (reading.value if isinstance(reading.value, list) else [reading.value]) == signs \
            and not reading.message.startswith(NONE_AND_MORE) and not _NONE_WORDS & set(tokens(line.lower())) \
            and tokens(line.lower())[:1] != [] and tokens(line.lower())[0].isdigit():
        # a sign picked by its number, and only other words asked about ("1 and also the thing with his grumpiness"):
        # the urgent turn now; a sign read from words ("some chest tightness on and off") is asked about as before, and
        # a line that also says "none" or "nothing" too ("You typed 'none', and ...")
        note = reading.note or (clean(reading.unclear) if reading.unclear else "")
        return Step("store", Reading(SURE, list(signs), note=note))
    return None
