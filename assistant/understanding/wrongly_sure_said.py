"""Round 24's silent misreads (helper 11a10): kinds of doubt said in words the checks of rounds 21-23 did not
know. Looked for by wrongly_sure.py first, over a sure reading about to be stored. Each is a general property of
how the line is said (words are data: dialogues/wrongly_sure.yaml, "Round 24"):

- a question in a shape the earlier checks missed: opened by a verb and its subject ("would a stress test
  count", "..., is this 2?"), by a question word after a filler ("huh whats the form"), by "how much"; a
  question word that ends a sentence ("diagnosis mean what"); a tag that asks for a Yes ("..., no?"): asked;
- a doubt said with a word of degree inside it ("though I am not entirely certain it counts", "nah not really
  sure"): at a pick-one question whose choices do not speak of being sure, or where the doubt denies the
  pick's own word ("1 i guess? nah not really sure" read as "I feel sure"): asked;
- "no" used for "not" in the middle of a sentence ("my doctor no listen me") read as "None of these": asked;
- "both" in other words or said alone at a pick-one question ("los dos", "both? i want it fixed but ..."): asked;
- two choice numbers said at a pick-one question ("I think 1, but also 2 maybe"): asked;
- a list of items each marked yes or no ("- sure: no - know pros/cons: yes"): a pick read from an item marked
  "no" is dropped, and the line asked about with the rest kept;
- at a pick-any question, "one says X, the other says Y" that the reading does not come from ("the plan, and
  how soon. and one doctor say is partial tear, other say complete"): the rest kept, that part asked.

Each makes the reading less sure; none adds a pick. Never at the red-flag and urgent questions (the caller
checks).
"""

from __future__ import annotations

import re

from .phrase_files import spans
from .reading import Reading
from .text import clean, parts_between, tokens
from .wrongly_sure_shape import _STOPS, _ask, first_doubt, _has, _read_alone, _values, _which, _words  # shared with round 23's checks


def _after_fillers(part: list[str]) -> int:
    """Where the sentence's own words start, past words that only open a turn ("huh", "so", "and")."""
    k = 0
    while k < len(part) and (part[k],) in _words()["turn_fillers"]:
        k += 1
    return k


# --- the checks: each returns a less sure reading, or None -----------------------------------------

def _names_a_topic(rest, opened) -> bool:
    """ "how much it has grown": an opener with no verb of its own, then a subject: a clause naming a topic."""
    end = max(opened) if opened else 0
    return (bool(opened) and end < len(rest) and tuple(rest[:end]) in _words()["openers_without_verb_24"]
            and (rest[end],) in _words()["question_subjects"])


def question_shapes(reading, toks, raw, spec, lex, read_part, is_answer):
    """A sentence put as a question in a shape the earlier checks missed."""
    if spec.name in ("questions", "questions_order") or spec.name.endswith("_age"):
        return None  # the choices there are questions; an age said answers whatever else is asked ("hes 70 why does it matter")
    for a, b in parts_between(toks, _STOPS | {","}):
        part = toks[a:b]
        k = _after_fillers(part)
        rest = part[k:]
        if not spec.multi and len(rest) == 1 and b < len(toks) and toks[b] == "?" and (rest[0],) in _words()["tag_questions"] \
                and a > 1 and toks[a - 1] == "," and k == 0:  # at a pick-any list a tag is rhetorical ("the biopsy, it is key, no?")
            return _ask(raw.strip(), _which(raw.strip()))  # "the physio is not doctor, no?": a tag that asks for a Yes
        if len(rest) < 2:
            continue
        asks = ((rest[0],) in _words()["question_verbs_24"] and (rest[1],) in _words()["question_subjects"]
                and ((len(rest) >= 3 and b < len(toks) and toks[b] == "?" and not spec.multi)
                     or (len(rest) >= 4 and a == 0 and b == len(toks))))  # "would a stress test count"
        opened = [e for s_, e in spans(rest[:2], _words()["question_openers_24"]) if s_ == 0]
        asks = asks or bool(opened and (k > 0 or len(rest) >= 3) and "?" not in toks  # with a "?", round 23's check keeps the picks
                            and (len(rest) <= max(opened) or rest[max(opened)] != "to")  # "huh whats the form", "how much cost
                            and not _names_a_topic(rest, opened))  # second opinion"; "how much to take off, and how fast"
        # names what differs, no question; nor "how much it has grown"
        asks = asks or ((rest[-1],) in _words()["question_enders"] and len(rest) <= 5
                        and (rest[-2],) not in _words()["ender_not_after"])  # "diagnosis mean what"; not "nobody told me what"
        if asks:
            return _ask(raw.strip(), _which(raw.strip()))
    return None


def degree_doubt(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "I believe so, though I am not entirely certain it counts", "1 i guess? nah not really sure": "not" and a
    word of degree before "sure"/"certain", after the answer."""
    for s, e in _has(toks, "degree_nots"):
        k = e
        while k < len(toks) and (toks[k],) in _words()["degree_words"]:
            k += 1
        if k == e or k >= len(toks) or (toks[k],) not in _words()["sure_words"] or s == 0:
            continue
        if k + 1 < len(toks) and toks[k + 1] in ("about", "of") or "but" in toks[k:]:
            continue  # "I am not so sure about it": about something named; "not totally sure, ..., but around 4": answered after
        if not spec.multi and (not all(is_answer(v, spec, lex) for v in _values(reading))
                               or not any(t.isalnum() for t in toks[k + 1:])):
            continue  # "hmmm, not really sure" is the doubt choice; "the oncologist, but I am not totally sure" ends on
            # its doubt, which the older checks read as "not sure"
        sure = {t for c in spec.choices if is_answer(c.id, spec, lex)  # "Fairly sure" is an answer; "Not sure" is the doubt
                for t in tokens(clean(c.label)) if (t,) in _words()["sure_words"]}
        picked = {t for c in spec.choices if c.id in _values(reading) for t in tokens(clean(c.label))}
        if toks[k] in picked or (not spec.multi and not sure):
            return _ask(raw.strip(), _which(raw.strip()))
    return None


def no_for_not(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "my doctor no listen me": "None of these" read from a "no" that says "not" inside a sentence."""
    if not spec.multi or spec.none_choice is None:
        return None
    as_none = _values(reading) == [spec.none_choice]
    for s, e in spans(toks, (("no",),)):
        if 0 < s < len(toks) - 1 and toks[s - 1].isalpha() and toks[s + 1].isalpha() \
                and (toks[s - 1],) not in _words()["no_before_ok"] and (toks[s + 1],) not in _words()["none_follows"] \
                and (as_none or (toks[s - 1],) in _words()["no_not_after_24"]):
            return _ask(raw.strip(), _which(raw.strip()))  # also "the doctor no answer my questions", not "no answers"
    return None


def both_said(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "los dos", "both? i want it fixed but ...": both choices wanted at a question that takes one."""
    if spec.multi:
        return None
    for s, e in _has(toks, "both_24"):
        if s == _after_fillers(toks) and (e == len(toks) or toks[e] in _STOPS | {","}):
            return _ask(raw.strip(), "Only one answer fits here. Which one is closest?")
    return None


def two_numbers(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "I think 1, but also 2 maybe": two choice numbers at a question that takes one, the second said as an
    addition or an alternative ("also", "or", "maybe")."""
    if spec.multi or lex.state(spec.name).count or spec.name.endswith("age") or {"first", "then"} & set(toks):
        return None  # "2 first, then maybe 1 later": an order of steps
    size = len(spec.choices)
    at = [i for i, t in enumerate(toks) if t.isdecimal() and t.isascii() and 1 <= int(t) <= size
          and not (i + 1 < len(toks) and (toks[i + 1],) in _words()["number_units"])
          and not (i > 0 and toks[i - 1] in ("-", "/", ":"))]
    if len({toks[i] for i in at}) < 2:
        return None
    second = next(i for i in at if toks[i] != toks[at[0]])
    near = toks[max(0, second - 2):second] + toks[second + 1:second + 2]
    if not any((t,) in _words()["second_number_hedges"] for t in near):
        return None  # "mom wants 1, i want 3 lol. ok fine 1", "2 first, then 1 if needed": one answer said in the end
    return _ask(raw.strip(), "Only one answer fits here. Which one is closest?")


def items_marked_no(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "- sure: no - know pros/cons: yes - ...": a pick read from an item the line marks "no"."""
    if not spec.multi or not (":" in raw or re.search(r"\?\s+\w", raw)):
        return None
    items = [i for i in re.split(r"(?:^|\s)-\s|\n|;|,|(?<=[.!?])\s+", raw) if i.strip()]  # each sentence an item too
    pairs = []  # (helper 11a12): "Support: abundant, ... Certainty: zero. Knowing the pros and cons: getting there."
    for k, item in enumerate(items):
        head, colon, tail = item.partition(":")
        if colon:
            pairs.append((head, tail, item))
        elif item.rstrip().endswith("?") and k + 1 < len(items) and ":" not in items[k + 1]:
            pairs.append((item.rstrip(" ?"), items[k + 1], item + " " + items[k + 1]))  # "sure? no. do I understand the risks? kind of??"
    gone, partly, said = set(), set(), []
    for head, tail, item in pairs:
        after = [t for t in tokens(clean(tail)) if t.isalnum()]
        if not (after and len(after) <= 3 and head.strip()):  # "sure: no"; not
            continue  # "what matters to me: not ending up in a wheelchair"
        if (after[0],) in _words()["marked_no"]:
            gone |= _read_alone(read_part, tokens(clean(head))) & set(_values(reading))
        elif spans(after, _words()["marked_partly"]) and spans(after, _words()["marked_partly"])[0][0] == 0:
            found = _read_alone(read_part, tokens(clean(head)))
            partly |= found
            said += [item.strip(" .")] if found else []
    if not gone and not partly:
        return None
    kept = [v for v in _values(reading) if v not in gone | partly]
    return _ask(raw.strip(), _which(raw.strip()), kept=kept, reading=reading, unclear="; ".join(said) or None)


def speaker_types(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "hi im typing for my grandpa", "me? no, dad. well im the one typing": at "Who is this for?", the patient
    read while the person says they are the one typing, which says they help someone else."""
    if spec.name not in ("welcome", "compare_who") or "patient" not in _values(reading):
        return None
    for s, e in _has(toks, "speaker_at_keyboard"):
        return _ask(raw.strip(), _which(raw.strip()))
    return None


def also_of_nothing(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "He spoke also of a small tube implant": at a question that takes one answer, the only answer given is
    said as an addition to something not said ("Another urologist, also surgeon" adds to what it says: read)."""
    if spec.multi or lex.state(spec.name).count:
        return None
    if len(parts_between(toks, _STOPS)) != 1:
        return None
    for s, e in spans(toks, (("also",),)):
        if s > 0 and toks[s - 1].isalpha() and toks[s - 1] != "and" and not _read_alone(read_part, toks[:s]):
            return _ask(raw.strip(), _which(raw.strip()))
    return None


CHECKS = (question_shapes, degree_doubt, no_for_not, both_said, two_numbers, items_marked_no,
          speaker_types, also_of_nothing)


def said_doubts(reading: Reading, line: str, typed: str, spec, lex, read_part, is_answer) -> Reading | None:
    """A less sure reading when the line says a doubt in words the earlier checks did not know, or None."""
    return first_doubt(CHECKS, reading, line, typed, spec, lex, read_part, is_answer)
