"""Doubts the person says about their own answer, in words the reader used to pass over (issue 11:
never a silent misread). Each makes a reading less sure; none adds a pick.

- the question's word put in doubt ("define checked. a nurse looked at me", "27, if you mean
  me", "depends what you mean by checked"): offered back for a Yes;
- someone else's not knowing leads the line ("dad isn't sure, he saw lots of doctors"): at a
  pick-one question, the answer after it is offered back;
- an answer that changes from day to day ("some days 1, some days none", "sometimes yes,
  sometimes no"): two answers; asked;
- then and now ("diagnosed with X last spring, and now they want to start a new drug"): at a
  pick-one question, the part before "now" and the part after it, each read alone, give two
  different answers; both are offered.
- a question without its question mark ("how am I supposed to tell if they're sure"): a
  question word, a helping verb and a person open the line; the choice's word inside it is no
  answer, and the line is answered as a question.
- a lone hedge opening the line ("kinda, after christmas probably"): at a pick-one question, the
  answer after it is offered back.
- the question's own instruction said back ("yes all that apply"): no choice is named; asked.
Words are data (dialogues/unsafe.yaml: word_in_doubt, others_not_knowing, day_to_day, hedge_leads,
instruction_echo).
"""

from __future__ import annotations

from dataclasses import replace

from .reading import LIKELY, SURE, UNCLEAR, Reading

_STOPS = frozenset({".", ";", "!", "?", ","})
_SELF = frozenset("i im ive id we were me us".split())  # the speaker's own not knowing: unsafe.py (_led_by_not_knowing)


def _at(toks: list[str], phrases) -> list[int]:
    return [k for p in phrases for k in range(len(toks) - len(p) + 1) if tuple(toks[k : k + len(p)]) == p]


def word_in_doubt(reading: Reading, toks: list[str], words: dict) -> Reading | None:
    """ "define checked", "if you mean me": the person is not sure what the question asks."""
    found = [k for p in words["word_in_doubt"] for k in range(len(toks) - len(p) + 1) if tuple(toks[k : k + len(p)]) == p
             and (p != ("define",) or k == 0)]  # "define checked": only as the line's first word ("could not define it" is no doubt)
    return replace(reading, certainty=LIKELY) if found else None


def others_not_knowing(reading: Reading, toks: list[str], spec, lex, words: dict) -> Reading | None:
    """ "dad isn't sure, he saw lots of doctors": the line opens with someone else not knowing."""
    if spec.multi:
        return None
    value = reading.value
    if value in ("not_sure", "unsure", "not_said") or value == lex.state(spec.name).dont_know:
        return None
    for k in _at(toks[:6], words["others_not_knowing"]):
        before = toks[:k]
        if 1 <= len(before) <= 3 and not any(t in _STOPS for t in before) and not _SELF & set(before):
            after = toks[k:]
            if any(t in _STOPS for t in after):  # the answer follows the not knowing, after a break
                return replace(reading, certainty=LIKELY)
    return None


def day_to_day(reading: Reading, toks: list[str], words: dict) -> Reading | None:
    """ "some days 1, some days none": the answer changes; asked."""
    found = _at(toks, words["day_to_day"])
    if len(found) < 2:
        return None
    return Reading(UNCLEAR, unclear=" ".join(toks), message="That changes from day to day. Which fits best most days?")


_NOW = (("and", "now"), ("but", "now"), ("now",))


def then_and_now(reading: Reading, toks: list[str], spec, read_part) -> Reading | None:
    """ "migraines for years and nobody could fix them, now a cardiologist wants to close a hole in
    my heart": the part before "now" and the part after it give two answers; both offered."""
    if spec.multi or not isinstance(reading.value, str):
        return None
    for k, t in enumerate(toks):
        if t != "now" or k < 2:
            continue
        start = k - 1 if toks[k - 1] in ("and", "but") else k
        if start < 2 or toks[start - 1] not in (",", ".", ";") and toks[start] not in ("and", "but"):
            continue
        before, after = toks[: start], toks[k + 1 :]
        if len([w for w in before if w.isalpha()]) < 3 or len([w for w in after if w.isalpha()]) < 3:
            continue
        first, second = read_part(" ".join(before)), read_part(" ".join(after))
        if first.certainty == SURE and second.certainty == SURE and isinstance(first.value, str) and isinstance(second.value, str) \
                and first.value != second.value and reading.value in (first.value, second.value) \
                and not first.asked and not second.asked:
            return Reading(UNCLEAR, options=(first.value, second.value), unclear=" ".join(toks))
    return None


_WH = frozenset("how what why where who when which".split())
_AUX = frozenset("am do does did can could should would will is are was were".split())
_PERSON = frozenset("i you we they he she it u ya".split())


def asked_without_mark(reading: Reading, toks: list[str], spec, lex, text: str) -> Reading | None:
    """ "how am I supposed to tell if there sure": a question, its mark left off."""
    from .asking import answer_question

    if "?" in toks or any(t in (".", ";", "!", ",") for t in toks[:-1]) or len([t for t in toks if t.isalnum()]) < 5:
        return None
    if any(c.label.rstrip().endswith("?") for c in spec.choices):
        return None  # the choices are questions ("What would you do if it was your family?"): a question is an answer
    if toks[0] in _WH and toks[1] in _AUX and toks[2] in _PERSON:
        return replace(answer_question(text, toks, spec, lex), value=None)
    return None


def hedge_lead(reading: Reading, toks: list[str], spec, words: dict) -> Reading | None:
    """ "kinda, after xmas prob": a hedge alone before the first comma; offered back."""
    if spec.multi or "," not in toks:
        return None
    head = tuple(toks[: toks.index(",")])
    return replace(reading, certainty=LIKELY) if head in words["hedge_leads"] else None


def echoed_instruction(reading: Reading, toks: list[str], spec, words: dict) -> Reading | None:
    """ "yes all that apply": the question's "(pick all that apply)" said back, no choice named."""
    if not spec.multi or not _at(toks, words["instruction_echo"]):
        return None
    return Reading(UNCLEAR, unclear=" ".join(toks), message="Which of them apply? Type their numbers, or 'all'.")
