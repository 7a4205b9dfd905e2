"""Round 22's silent misreads (helper 11a8): more kinds of doubt the reader missed, looked for by
wrongly_sure.py over a sure reading about to be stored. Each is a general condition on how the line is
said; words are data (dialogues/wrongly_sure.yaml, dialogues/misspelt_asks.yaml):

- question words misspelt ("wat does experimental mean here", "wat do you meen checked"): the line is read
  again with them put right, and a question is answered as one, never stored as a pick; "i no wat maters"
  is "I know what matters", never "no";
- "None of these" read from the question's "not sure" or a "no" while the line names a choice or says "all"
  ("I got plenty folks helpin me. Rest of it I dont know"): the choice kept, the rest asked;
- a doubt that closes the line ("..., but I'm not certain"): the picks of that sentence asked;
- at "How sure was the doctor?": "very sure" granted away by a test still wanted ("Quite confident, although she
  mentioned the molecular test could help"): asked;
- at a pick-one question, one answer then a turn to another ("..., otherwise option 2", "yesterday, according
  to the surgeon. realistically months"), or "none of the above" where there is no such choice, then a choice:
  asked;
- a number said as a count of the picks named in words ("only 2 ok? the risks and the waiting"): asked.

Each makes the reading less sure; none adds a pick. Never at the red-flag and urgent questions.
"""

from __future__ import annotations

from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, joined, parts_between, tokens
from .wrongly_sure_shape import _STOPS, _has, _words  # shared with the shape checks

def _spellings() -> tuple[dict, frozenset]:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    data = yaml_cache.load(dialogues_dir() / "misspelt_asks.yaml", yaml_cache.parse_yaml)
    return {str(k): str(v) for k, v in data["spellings"].items()}, frozenset(str(w) for w in data["know_before"])


def _number(t: str) -> bool:
    """A number typed in plain digits ("²" is a digit to Python, never a number here)."""
    return t.isascii() and t.isdigit()


def _values(reading: Reading) -> list:
    return list(reading.value) if isinstance(reading.value, list) else [reading.value]


def _ask(text: str, message: str, kept=None, reading: Reading | None = None) -> Reading:
    extra = {}
    if reading is not None and kept:
        extra = dict(note=reading.note, date=reading.date, date_text=reading.date_text, who=reading.who)
    return Reading(UNCLEAR, kept or None, unclear=text, message=message, **extra)


# --- checked first, whatever was read ---------------------------------------------------------------

def misspelt_question(reading: Reading, said: list[str], spec, read_part) -> Reading | None:
    """ "wat does experimental mean here": read again with the question words put right; a question
    is answered as one. "i no wat maters more now": "I know what matters", read again, never "no"."""
    if reading.asked or not said:
        return None
    fixes, know_before = _spellings()
    fixed, changed, knows = [], False, False
    for k, t in enumerate(said):
        if t in fixes:
            fixed += fixes[t].split()
            changed = True
        elif t == "no" and k > 0 and said[k - 1] == "i" and k + 1 < len(said) and \
                (said[k + 1] in know_before or fixes.get(said[k + 1]) in know_before):
            fixed.append("know")
            changed = knows = True
        else:
            fixed.append(t)
    if not changed:
        return None
    got = read_part(joined(fixed))
    if got is None:
        return None
    if got.asked:
        return got
    if knows and got.value != reading.value:  # "i no wat maters": never the "no" that was not said
        if got.certainty == SURE and got.value is not None:
            return _ask(joined(said), "I am not sure I read that right. Type the numbers that fit, or 'not sure'.",
                        _values(got) if spec.multi else None, got)
        return got if got.value is not None or got.unclear else _ask(joined(said), "Which of these fit? Type the numbers, or 'not sure'.")
    return None


# --- checked over a sure reading with a value ---------------------------------------------------------

def none_beside_named(reading, toks, spec, lex, read_part, text, is_answer):
    """ "I got plenty folks helpin me. Rest of it I dont know": "none" read from the not-sure, while a choice
    (or "all") is said too. The choices named kept, the rest asked."""
    if not spec.multi or spec.none_choice is None or _values(reading) != [spec.none_choice] or _has(toks, "plain_none"):
        return None
    if not _has(toks, "unknown_leads") and not _has(toks, "closing_doubts"):
        return None  # "none" not read from a not-knowing ("not really, well he has high bp but its controlled")
    if _has(toks, "all_words") and _has(toks, "all_hedges"):  # "All of them, I suppose, except that I am not sure"
        return _ask(text, f'"{text}": which of these fit? Type the numbers, or \'not sure\'.')
    named = []
    for start, end in parts_between(toks, _STOPS | {",", "but", "except", "rest"}):
        got = read_part(joined(toks[start:end]))
        if got is not None and got.value is not None and not got.asked and not got.dont_know:
            named += [v for v in _values(got) if is_answer(v, spec, lex) and v not in named]
    if not named:
        return None
    return _ask(text, "I kept the ones you named. Are any others true for you? Type their numbers, or 'that's all'.", named, reading)


def degree_unsure(reading, toks, spec, lex, read_part, text, is_answer):
    """At "How sure was the doctor?": "Quite confident, although she mentioned the molecular test could help"."""
    ids = {c.id for c in spec.choices}
    if spec.multi or not {"sure", "fairly", "unsure"} <= ids or reading.value not in ("sure", "fairly"):
        return None
    for start, _ in _has(toks, "concessions"):
        after = toks[start + 1:]
        # "fairly sure, but said an MRI could confirm" is Fairly sure (rounds 4 and 9); a test wanted FIRST, before
        # the doctor would say ("fairly confident but wanted a ct first"), leaves the verdict waiting: asked (u17)
        gated = reading.value == "sure" or bool(_has(after, "test_first"))
        if gated and _has(after, "more_tests") and _has(after, "test_wishes"):
            return _ask(text, f'"{text}": was the doctor sure, or not sure and wanting more tests? Pick the closest answer.')
    return None


def two_answers(reading, toks, spec, lex, read_part, text, is_answer):
    """ "I would like X, but only if my insurer covers it; otherwise option 2": one answer, then a turn to
    another; "none of the above. i want a new surgeon" where there is no "none" choice."""
    if spec.multi:
        return None
    lead = _has(toks, "none_leads")
    if lead and lead[0][0] == 0 and spec.none_choice is None and not any(c.id in ("none", "other") for c in spec.choices):
        return _ask(text, f'"{text}": none of these, or the one you named? Pick the closest answer.')
    for start, end in _has(toks, "turns"):
        after = read_part(joined(toks[end:]))
        one = []
        for a, b in parts_between(toks[:start], _STOPS | {",", "but"}):  # "I would like X, but only if ...": X
            got = read_part(joined(toks[a:b]))
            if got is not None and got.certainty == SURE and got.value is not None and not got.asked:
                one += _values(got)
        two = _values(after) if after is not None and after.value is not None and not after.asked else []
        one = [v for v in one if is_answer(v, spec, lex)]
        two = [v for v in two if is_answer(v, spec, lex)]
        if one and two and set(one) != set(two):
            return _ask(text, f'"{text}": which answer is closest for now? Pick one.')
    return None


def count_of_picks(reading, toks, spec, lex, read_part, text, is_answer):
    """ "only 2 ok? the risks and the waiting": the number counts the picks named in words."""
    if not spec.multi:
        return None
    numbers = [(i, t) for i, t in enumerate(toks) if _number(t)]
    if len(numbers) != 1:
        return None
    i, t = numbers[0]
    n = int(t)
    if n < 2 or i == 0 or (toks[i - 1],) not in _words()["count_leads"]:
        return None
    rest = read_part(joined(toks[:i - 1] + toks[i + 1:]))
    named = [v for v in (_values(rest) if rest is not None and rest.value is not None else []) if is_answer(v, spec, lex)]
    number_pick = spec.choices[n - 1].id if n <= len(spec.choices) else None
    if len(named) != n or number_pick is None or number_pick in named or number_pick not in _values(reading):
        return None
    return _ask(text, f'"{text}": did you mean choice {n}, or {n} choices? Type the numbers you want.')


def closing_doubt(reading, toks, spec, lex, read_part, text, is_answer):
    """ "I think the first doctor never got my old labs, but I'm not certain": the doubt closes the line."""
    end = len(toks)
    while end and toks[end - 1] in _STOPS | {","}:
        end -= 1
    hit = next(((s, e) for s, e in _has(toks, "closing_doubts") if e == end), None)
    if hit is None or hit[0] == 0 or (toks[hit[0] - 1],) not in _words()["closing_doubt_leads"]:
        return None
    if not any(is_answer(v, spec, lex) for v in _values(reading)):
        return None
    own = read_part(joined(toks[hit[0]:hit[1]]))
    if own is not None and own.value is not None and not own.asked:
        return None  # "i know the good and the bad, but i am not sure": "not sure" is an answer at this question
    start = max((i + 1 for i in range(hit[0] - 1) if toks[i] in _STOPS), default=0)
    doubted = set(_values(read_part(joined(toks[start:hit[0] - 1]))) or []) if start or not spec.multi else set(_values(reading))
    kept = [v for v in _values(reading) if v not in doubted] if spec.multi else None
    said = joined(toks[start:end])
    return _ask(said, f'You are not sure about "{said}". Pick only what you are sure of, or \'not sure\'.', kept, reading)


def shrugged(reading, toks, spec, lex, read_part, text, is_answer):
    """ "ya sure whatever": a short answer said with a shrug, to be done with the question, not a pick."""
    said = [t for t in toks if t not in _STOPS | {","}]
    if len(said) > 5 or not any(e == len(said) for _, e in _has(said, "shrugs")) or not any(is_answer(v, spec, lex) for v in _values(reading)):
        return None  # the shrug closes the line: "whatever fix it for good" is what is wanted, not a shrug
    return _ask(text, f'"{text}": I want to get this right for you. Which answer fits best? You can also type \'not sure\'.')


def words_after_numbers(reading, toks, spec, lex, read_part, text, is_answer):
    """ "6. 9. 3. fusion is a one way street": the picks given as numbers, then a sentence in words that names
    another choice, maybe only saying why. Offered back for a Yes, never stored silently."""
    if not spec.multi:
        return None
    sentences = parts_between(toks, _STOPS)
    numbered = [(a, b) for a, b in sentences if all(_number(t) or t in (",", "and", "&") for t in toks[a:b])]
    worded = [(a, b) for a, b in sentences if not any(_number(t) for t in toks[a:b])]
    if not numbered or not worded or numbered[0][0] > worded[0][0]:
        return None
    by_number = {spec.choices[int(t) - 1].id for t in toks if _number(t) and 1 <= int(t) <= len(spec.choices)}
    worded = [(a, b) for a, b in worded if (toks[a],) not in _words()["added_leads"]  # "2, 5, 6. And the family one."
              and not (b < len(toks) and toks[b] == "?")]  # "1, 3, 5. how long i not work after?": an own question (own_question_step)
    if not worded:
        return None
    extra = [v for v in _values(reading) if v not in by_number and is_answer(v, spec, lex)]
    if not by_number or not extra:
        return None
    return Reading(LIKELY, _values(reading), note=reading.note, date=reading.date, date_text=reading.date_text, who=reading.who)


# Tried and not kept (they cost right answers on rounds 1-21): hedged_later (u17b-0124 marks "And perhaps number
# seven" a pick), dropped_part ("..., but not really the pros and cons" is offered a part said not to hold).
CHECKS = (closing_doubt, none_beside_named, degree_unsure, two_answers, count_of_picks, shrugged, words_after_numbers)
