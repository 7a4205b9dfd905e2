"""Round 27's silent misreads at "How many doctors?" (helper 11a13), split from wrongly_sure_kinds.py (which runs them
first; words in dialogues/wrongly_sure_kinds.yaml):

- a condition on whether someone counts ("does the NP count", "Two surgeons. Well, three if you count the one I walked
  out on"), or anywhere a condition on whether something qualifies ("seen at urgent care, if that qualifies"): asked;
  a count with who it counts, said as a whole ("Three, if one counts my own nephrologist"), or the condition settled
  ("..., which I wouldn't"), is read as said;
- a total said after its number ("... -- 3 total"): offered back when it is not the count read;
- a count said as a heading, then who ("Two: bariatric surgeon + my PCP"): that count offered back.
"""

from __future__ import annotations

from .phrase_files import PhraseFile, spans
from .reading import LIKELY, Reading
from .wrongly_sure_shape import _STOPS, _ask, _read_alone, _values, _which

_FILE = PhraseFile("wrongly_sure_kinds.yaml")
_data, _phrases, _words = _FILE.data, _FILE.phrases, _FILE.words


def _numbers(toks: list[str], lex) -> list[int]:
    """Where a count of doctors is said: not "one" as a person ("if one counts"), nor a number of minutes or weeks
    ("the one who spent 8 minutes with me")."""
    from .wrongly_sure import words
    from .wrongly_sure_heard import _numbers as numbers

    units, verbs = words()["number_units"], _words("condition_verbs")
    return [i for i in numbers(toks, lex) if not (i + 1 < len(toks) and ((toks[i + 1],) in units or toks[i + 1] in units
                                                                         or toks[i + 1] in verbs))
            and not (i > 0 and toks[i - 1] == "if")]


def counts_if(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Two, if one counts my GP", "does the NP count", "seen at urgent care, if that qualifies": the answer hangs on
    whether someone or something counts."""
    if spec.multi or not any(is_answer(v, spec, lex) for v in _values(reading)):
        return None
    verbs, leads, reach = _words("condition_verbs"), _words("condition_leads"), int(_data()["condition_reach"])
    for i, t in enumerate(toks):
        if t not in verbs:
            continue
        back = toks[max(0, i - reach):i]
        cut = max((k + 1 for k, w in enumerate(back) if w in _STOPS), default=0)
        back = back[cut:]
        if not any(w in leads for w in back) or (back and back[-1] in ("dont", "not", "didnt")):
            continue
        stop = next((k for k in range(i + 1, len(toks)) if toks[k] in _STOPS), len(toks))
        if spans(toks[i + 1:stop], _phrases("condition_resolved")):
            continue  # "Three if you count my GP, which I wouldn't": the condition settled
        if lex.state(spec.name).count:
            asked = back[0] in _words("condition_asks") or "?" in toks[i:i + 3] or i == len(toks) - 1
            if not asked and len(_numbers(toks, lex)) < 2:
                continue  # "Three, if one counts my own nephrologist": a count and who it counts, said as a whole
            return _ask(raw.strip(), f'"{raw.strip()}": how many doctors in all, counting the first one?')
        return _ask(raw.strip(), _which(raw.strip()))
    return None


def total_after(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "the 2nd and 3rd were both colorectal surgeons -- 3 total": at "How many doctors?", a total said after its
    number, that is not the count read: offered back."""
    if spec.multi or not lex.state(spec.name).count:
        return None
    for s, e in spans(toks, _phrases("totals_after")):
        if s > 0 and s - 1 in _numbers(toks, lex):
            said = _read_alone(read_part, toks[s - 1:s])
            if len(said) == 1 and said != set(_values(reading)):
                return Reading(LIKELY, next(iter(said)), unclear=raw.strip())
    return None


def count_heading(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Two: bariatric surgeon + my PCP weighed in.": at "How many doctors?", a count said as a heading is the total."""
    import re

    marks = "".join(re.escape(m) for m in _words("heading_marks"))
    if spec.multi or not lex.state(spec.name).count or len(toks) < 3 or not re.match(rf"^\s*\w+\s*[{marks}]", raw):
        return None
    if 0 not in _numbers(toks, lex):
        return None
    said = _read_alone(read_part, toks[:1])
    if len(said) == 1 and said != set(_values(reading)):
        return Reading(LIKELY, next(iter(said)), unclear=raw.strip())
    return None
