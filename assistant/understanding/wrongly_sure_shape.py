"""Round 23's silent misreads (helper 11a9): how much of the line the sure reading explains. Looked for
by wrongly_sure.py after the checks of rounds 21 and 22, over a sure reading about to be stored. Each is
a property of the line's shape, not of one line's words (words are data: dialogues/wrongly_sure.yaml,
"Round 23"):

- the line stops part way ("..., just sometime in the next couple of", "... and now —"): asked;
- a question in the line that the reading does not answer: a sentence opened as a question ("If they differ
  on method ..., is that 'agree'?", "what kind is a pulmonologist lol"), a line of nothing but questions ("I have
  to tell him? he gonna be offended?"), or at "How many doctors?" a count put as a guess that is not the count
  read ("three? the ER, the surgeon, and the other surgeon"): asked (a pick said with a rising voice, "hes 58 i
  think?", is still read);
- at "Who is this for?", someone else is read as the patient while the person says the illness is their own
  ("My wife she tells me do this. But the operation is mine."): asked;
- "None of these" read from a "no" or "nothing" deep inside a longer line ("the medicine ..., I take it 6
  weeks, nothing pass"): asked;
- "all" said with a laugh or a shout ("all of them lol", "everything is different!!"): asked;
- "I think" with the "I" left off ("Medicare. Think covered."): offered back for a Yes, as "I think covered" is.

Each makes the reading less sure; none adds a pick. Never at the red-flag and urgent questions (the caller
checks).
"""

from __future__ import annotations

from .phrase_files import spans
from .reading import LIKELY, UNCLEAR, Reading
from .text import clean, joined, parts_between, tokens

_STOPS = frozenset({".", ";", "!", "?"})


def _words():
    from .wrongly_sure import words

    return words()


def _has(toks, key):
    return spans(toks, _words()[key])


def _values(reading: Reading) -> list:
    return list(reading.value) if isinstance(reading.value, list) else [reading.value]


def _ask(text: str, message: str, kept=None, reading: Reading | None = None, unclear: str | None = None) -> Reading:
    extra = {}
    if reading is not None and kept:
        extra = dict(note=reading.note, date=reading.date, date_text=reading.date_text, who=reading.who)
    return Reading(UNCLEAR, kept or None, unclear=unclear or text, message=message, **extra)


def _which(text: str) -> str:
    return f'"{text}": I want to get this right for you. Which answer fits best? You can also type \'not sure\'.'


def _read_alone(read_part, toks: list[str]):
    """The sure or offered choices a part of the line names alone, as a set (empty when none)."""
    if not any(t.isalnum() for t in toks):
        return set()
    got = read_part(" ".join(toks))
    if got is None or got.value is None or got.asked or got.dont_know or got.certainty == UNCLEAR:
        return set()
    return set(got.value) if isinstance(got.value, list) else {got.value}


# --- the checks: each returns a less sure reading, or None -----------------------------------------

def stops_part_way(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "the surgeon said no rush, ... just sometime in the next couple of": the line ends on a dash or a word
    that leaves the sentence open, so what it was going to say is not known."""
    said = [t for t in toks if t not in (",",)]
    if len(said) < 4:
        return None  # "2 and" / "the first -" are short picks a person finishes on the next line
    end = raw.rstrip()
    dashes = sum(raw.count(m) for m in ("—", "–", " - "))
    marked = any(end.endswith(m) for m in _words()["open_marks"]) and not (end.endswith(("—", "–", "-")) and dashes % 2 == 0)
    ends_open = marked or (said[-1],) in _words()["open_ends"]  # "my son — Eli —": the second dash closes an aside
    if said[-1] == "of" and (said[-2],) not in _words()["open_of_after"]:
        ends_open = marked  # "the gentleman I take care of", "1, 3 sort of": a word that ends on "of" by itself
    if not ends_open or said[-1] in _STOPS:
        return None
    return _ask(raw.strip(), f'"{raw.strip()}": it looks like the line stopped part way. Which answer fits best? '
                             "You can also type 'not sure'.")


def unanswered_question(reading, toks, raw, spec, lex, read_part, is_answer):
    """A sentence put as a question, with its "?" or opened as one, that the reading does not answer."""
    if spec.name in ("questions", "questions_order"):
        return None  # the choices there are questions: "whats the options, what if we wait" names them
    sentences = parts_between(toks, _STOPS)
    values = set(_values(reading))
    asked = []
    for a, b in sentences:
        start = _real_question(toks[a:b])
        if start is not None:
            asked.append((a + start, b))  # "..., is that 'agree'?", "what kind is a pulmonologist lol"
        elif b < len(toks) and toks[b] == "?" and lex.state(spec.name).count:
            alone = {v for v in _read_alone(read_part, toks[a:b]) if is_answer(v, spec, lex)}
            if alone and not alone & values:
                asked.append((a, b))  # "three? the ER, the surgeon, and the other surgeon": a count put as a guess
    if not asked and len(sentences) > 1 and all(b < len(toks) and toks[b] == "?" for a, b in sentences):
        asked = list(sentences)  # "I have to tell him? he gonna be offended?": nothing but questions
    if not asked:
        return None  # "hes 58 i think?", "Counting the ER doctor who laughed at me? Six.": a rising voice, no question
    inside = {i for a, b in asked for i in range(a, b)}
    rest = [t for i, t in enumerate(toks) if i not in inside and t != "?"]
    kept = _read_alone(read_part, rest) if spec.multi else set()
    if kept and kept <= values and len(asked) == 1:  # "scans, what is a discharge summary?": the choice asked about is no pick
        a, b = asked[0]
        part = joined(toks[a:b + 1 if b < len(toks) and toks[b] == "?" else b])
        return _ask(raw.strip(), f'I kept your other answers. What did you mean by "{part}"? '
                                 "Type the choices that fit, or 'that's all'.", kept=[v for v in _values(reading) if v in kept],
                    reading=reading, unclear=part)
    return _ask(raw.strip(), _which(raw.strip()))


def _real_question(part: list[str]) -> int | None:
    """Where a question opens, at the start of the sentence or after a comma ("..., is that 'agree'"), with words
    after its opener ("surgery. what kind" only asks which kind of the answer given); None if none does."""
    return next((s for s, e in spans(part, _words()["question_openers"]) if (s == 0 or part[s - 1] == ",") and len(part) - e >= 1), None)


def own_illness(reading, toks, raw, spec, lex, read_part, is_answer):
    """At "Who is this for?": another person read as the patient while the line says the illness is the
    person's own ("But the operation is mine", "is ME who has the cancer")."""
    if spec.name not in ("welcome", "compare_who") or not _has(toks, "own_claims"):
        return None
    if "caregiver" not in _values(reading):
        return None
    return _ask(raw.strip(), _which(raw.strip()))


def none_deep_inside(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "the medicine for pass the stone, I take it 6 weeks, nothing pass": "None of these" read from a "no"
    or "nothing" late in a longer line about something, not said as the answer."""
    if not spec.multi or _values(reading) != [spec.none_choice] or spec.none_choice is None:
        return None
    said = [t for t in toks if t.isalnum()]
    if len(said) < 8:
        return None
    nones = _has(toks, "plain_none")
    if not nones:
        return None  # "None of these" read from "I can't tell how we feel": no "no" in the line to misplace
    for s, e in nones:
        if e == len(toks) or not toks[e].isalnum() or (toks[e],) in _words()["none_follows"]:
            return None  # "so none", "none of them really, ...", "nothing else": said as the answer
    return _ask(raw.strip(), _which(raw.strip()))


def loud_all(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "all of them lol", "everything is different!!": all as a way of speaking, not a list of picks."""
    if not spec.multi or spec.name == "questions" or len(_values(reading)) < len([c for c in spec.choices if c.id != spec.none_choice]) - 1:
        return None
    said = [t for t in toks if t.isalnum()]
    if len(said) > 6 or any(t.isdigit() for t in said) or not _has(toks, "all_words") or _has(toks, "all_kept") or not _has(toks, "all_loud"):
        return None
    return _ask(raw.strip(), "All of them, or only some? Type the numbers that fit, or 'not sure'.")


# Tried and not kept (they cost right answers on rounds 1-22): a quoted choice word read as a mention ("'Sure' is a
# strong word"; but "he said it's 'most likely' gallstones" uses the word), and two parts around "although" or "but"
# read alone as two answers ("i am the patient but my daughter is helping me type" is the patient).
def subject_dropped_hedge(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Medicare. Think covered.": "I think" with the "I" left off, opening the sentence the answer is in: offered
    back for a Yes, as "I think covered" is."""
    for a, b in parts_between(toks, _STOPS | {","}):
        if (toks[a],) in _words()["bare_hedges"] and b - a > 1 and _read_alone(read_part, toks[a + 1:b]) & set(_values(reading)):
            return Reading(LIKELY, reading.value, note=reading.note, date=reading.date, date_text=reading.date_text, who=reading.who)
    return None


def pick_of_no_sentence(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "I know what matters to me. I don't yet feel sure.": a pick that no sentence of the line gives when read
    alone was made by joining them (here the "not" of one sentence lost); asked."""
    if not spec.multi or not set(toks) & {"not", "dont", "no", "never", "isnt", "arent", "doesnt", "havent", "cant"}:
        return None  # only where a "not" could have been lost ("..., also, breast cancer has many subtypes" is context)
    sentences = [(a, b) for a, b in parts_between(toks, _STOPS) if any(t.isalnum() for t in toks[a:b])]
    if len(sentences) < 2:
        return None
    given = set()
    for a, b in sentences:
        got = read_part(" ".join(toks[a:b]))
        if got is None or got.value is None or got.dont_know:
            return None  # "not number 1. the others yes": a sentence that needs the others to be read
        given |= set(got.value) if isinstance(got.value, list) else {got.value}
    if not given or not [v for v in _values(reading) if v not in given and is_answer(v, spec, lex)]:
        return None
    return _ask(raw.strip(), _which(raw.strip()))


CHECKS = (stops_part_way, own_illness, unanswered_question, none_deep_inside, loud_all, subject_dropped_hedge,
          pick_of_no_sentence)


def first_doubt(checks, reading: Reading, line: str, typed: str, spec, lex, read_part, is_answer,
                needs_value: bool = True) -> Reading | None:
    """The first of `checks` that finds a doubt in the line as typed (each gets the reading, the words, the raw line,
    the question, the lexicon and the two readers), or None. With `needs_value`, a reading with nothing stored or one
    already asked about is left alone. Shared by the wrongly_sure_* modules."""
    raw = typed or line
    toks = tokens(clean(raw))
    if not toks or (needs_value and (reading.value is None or reading.asked)):
        return None
    for check in checks:
        found = check(reading, toks, raw, spec, lex, read_part, is_answer)
        if found is not None:
            return found
    return None


def shape_doubts(reading: Reading, line: str, typed: str, spec, lex, read_part, is_answer) -> Reading | None:
    """A less sure reading when the line's shape says the sure one may be wrong, or None."""
    return first_doubt(CHECKS, reading, line, typed, spec, lex, read_part, is_answer, needs_value=False)
