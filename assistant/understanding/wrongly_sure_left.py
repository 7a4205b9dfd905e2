"""Round 28's silent misreads (helper 11a14): what a sure reading LEFT OUT of the line. Looked for by
wrongly_sure.py after the checks of rounds 24 to 27, over a sure reading about to be stored. Each is a general
shape of the line, never one line's words (words are data: dialogues/wrongly_sure_left.yaml):

- at a pick-any question, a pick's number with a word right after it that says it does not hold, or not yet ("1 & 3;
  6 n/a", "2, 3; 1 pending final OS consult"): that number is dropped, the other picks kept (the rest is a note);
- "None of these" read from a "no" that takes back picks said just before it ("All. No, not all. Not the vague one",
  "the first an the last one... no mi mean the second"): the person corrected themselves; asked;
- a question said without its "?", opened by a word of surprise and a question word ("wait what form", "huh which
  one"): the choice's word in it is asked about, not picked.
- at the age question, an age said as a bound whose range covers two age bands ("under 5", "over 12"), or a choice's
  number said with "the" ("adulto, the 4") read as an age of another band: asked;
- at what a doctor advised, a medicine named by its name (assistant/medicine_names.py: "metformin", "...quine"),
  read as another choice ("recheck in 3 months" as "Watch and wait"): the two put to the person.

Each makes the reading less sure, or drops a pick the line says does not hold; none adds a pick. Never at the
red-flag and urgent questions (the caller checks).
"""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import UNCLEAR, Reading
from .wrongly_sure_shape import _STOPS, _ask, _read_alone, _values, _which, first_doubt
from .text import capital_first

FILE = "wrongly_sure_left.yaml"
_FILE = PhraseFile(FILE)
_phrases = _FILE.phrases


def _said(part: list[str]) -> str:
    out = ""
    for t in part:
        out += t if (t in "/,.;:!?" or not out or out.endswith("/")) else " " + t
    return out.strip(" ,;:.")


def number_not_holding(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "1 & 3; 6 n/a", "2, 3; 1 pending final OS consult": a pick's number, then a word that says it does not hold."""
    if not spec.multi:
        return None
    size, values = len(spec.choices), _values(reading)
    words = _phrases("not_holding")
    dropped, said = set(), []
    for k, t in enumerate(toks):
        if not (t.isdecimal() and 1 <= int(t) <= size) or (k > 0 and toks[k - 1] in ("not", "no")):
            continue
        after = [(s, e) for s, e in spans(toks, words) if s == k + 1]
        if not after:
            continue
        cid = spec.choices[int(t) - 1].id
        if cid in values:
            dropped.add(cid)
            end = next((i for i in range(k + 1, len(toks)) if toks[i] in _STOPS | {","}), len(toks))
            said.append(_said(toks[k:end]))
    if not dropped:
        return None
    kept = [v for v in values if v not in dropped]
    if not kept:
        return _ask(raw.strip(), _which(raw.strip()))
    note = "; ".join(s for s in [reading.note] if s) or "; ".join(said)
    return replace(reading, value=kept, note=capital_first(note) if note else note)


def taken_back_none(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "All. No, not all.": "None of these" read from a "no" that takes back the picks said just before it."""
    if not spec.multi or spec.none_choice is None or _values(reading) != [spec.none_choice]:
        return None
    for s, _ in spans(toks, _phrases("taking_back")):
        before = toks[:s]
        if s == 0 or not any(t.isalnum() for t in before) or before[-1] not in _STOPS | {",", "-", ":"}:
            continue  # "todos no, nothing of these": "all no" said together is "none" (Spanish order), no taking back
        named = {v for v in _read_alone(read_part, before) if is_answer(v, spec, lex)}
        placed = any(t in lex.ordinals or t in lex.last_words or (t.isdecimal() and 0 < int(t) <= len(spec.choices))
                     for t in before)  # "di first an di last one": places said, read or not
        if named or placed:
            return _ask(raw.strip(), f'"{raw.strip()}": I want to get this right for you. You named some, then took it '
                                     "back. Which numbers fit? You can also type 'none' or 'not sure'.")
        break
    return None


def surprised_question(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "wait what form", "huh which one": a question said without its "?", opened by a word of surprise."""
    if "?" in toks or len(toks) > 8:
        return None  # a "?" is read by the question checks before this; a long line is more than a question
    leads = [e for s, e in spans(toks, _phrases("surprise_leads")) if s == 0]
    if not leads:
        return None
    at = max(leads)
    asks = [e for s, e in spans(toks, _phrases("question_words")) if s == at]
    if not asks or max(asks) >= len(toks):
        return None
    return Reading(UNCLEAR, None, unclear=raw.strip(), asked=False,
                   message=f'"{raw.strip()}": is that a question? Ask it, or type the choice that fits. '
                           "You can also type 'not sure'.")


def _ages(spec) -> bool:
    return spec.name == "welcome_age"  # the only question whose choices are age bands


def age_bound(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "under 5", "over 12": an age said as a bound whose range covers more than one age band."""
    if not _ages(spec):
        return None
    for key, ends in (("bound_under", lambda n: ("6 months", f"{n - 1} years") if n > 1 else None),
                      ("bound_over", lambda n: (f"{n + 1} years", "80 years"))):
        for s, e in spans(toks, _phrases(key)):
            if e < len(toks) and toks[e].isdecimal() and (pair := ends(int(toks[e]))):
                bands = [_read_alone(read_part, p.split()) for p in pair]
                if all(bands) and bands[0] != bands[1]:
                    return _ask(raw.strip(), _which(raw.strip()))
    return None


def number_as_place(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "adulto, the 4": at the age question, "the 4" is choice 4, not 4 years old; read otherwise, asked."""
    if not _ages(spec) or spec.multi:
        return None
    for s, e in spans(toks, _phrases("number_leads")):
        if e < len(toks) and toks[e].isdecimal() and 1 <= int(toks[e]) <= len(spec.choices) and (
                e + 1 == len(toks) or toks[e + 1] in _STOPS | {","}):
            if spec.choices[int(toks[e]) - 1].id != reading.value:
                return _ask(raw.strip(), f'"{raw.strip()}": did you mean choice {toks[e]}, or the age {toks[e]}? '
                                         "Type the number of the choice, or the age, like '4 years'.")
    return None


def medicine_named(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "metformin, recheck in 3 months" at what was advised: a medicine named by its name, read as another choice
    ("Watch and wait" from "recheck"): the two are put to the person."""
    from ..medicine_names import is_medicine

    ids = [c.id for c in spec.choices]
    if spec.multi or "medicine" not in ids or reading.value == "medicine" or not is_answer(reading.value, spec, lex):
        return None
    from .matching import find_hits

    held = {i for h in find_hits(toks, spec, lex) if h.choice == reading.value for i in range(h.start, h.end)}
    if not any(t.isalpha() and is_medicine(t) and i not in held and i + 1 not in held for i, t in enumerate(toks)):
        return None  # "an insulin pump": the medicine's name is part of, or says which, the choice's own words
    return Reading(UNCLEAR, options=(reading.value, "medicine"), unclear=raw.strip())


CHECKS = (number_not_holding, taken_back_none, surprised_question, age_bound, number_as_place, medicine_named)


def left_doubts(reading, line: str, typed: str, spec, lex, read_part, is_answer):
    """A less sure reading when the sure one left out part of what the line says, or None."""
    return first_doubt(CHECKS, reading, line, typed, spec, lex, read_part, is_answer)
