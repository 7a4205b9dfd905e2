"""Round 26's silent misreads (helper 11a12): what a careful listener hears that a sure reading missed. Looked for
by wrongly_sure.py after the checks of rounds 24 and 25, over a sure reading about to be stored. Each is a general
property of the line and the question together (words are data: dialogues/wrongly_sure_heard.yaml):

- at "How many doctors?", a count said, then a later part that adds a number ("Two heart doctor here, and one in
  Korea also", "One doctor. Maybe two"): how many in all is open; a total said later ("Two surgeons, and the
  oncologist makes three") is offered back for a Yes;
- both "yes" and "no" said as the opening answer ("yes no, husband decide"): asked;
- at a question that takes an event as given ("since it got worse"), "No" read only from the words that deny the
  event ("Nothing got worse. Question not for me."): the question's own No ("not yet checked") is not said: asked;
- at those questions, "Yes" read only from a time said beside how it got worse ("More dizzy this week"), with no
  word of a check in that sentence: the time is of the worsening, not of a visit: asked;
- at a pick-any question, a number that counts days or weeks ("do it in a day or two") read as a choice's number:
  that pick dropped when the rest of the line does not name it;
- at the records question, a record named, then where it came from ("the biopsy from his endoscopy"): the source's
  pick dropped when no other part of the line names it;
- at a pick-any question, a short part left out of the reading whose words are all words of a choice not picked ("now i
  sure, and know good bad"): that part asked, the picks kept;
- a pick said with "I think", then a "but" that says it may not hold ("Covered, I think, but the new doctor may be
  out of network"): asked;
- at a question that takes one answer, a later sentence opened by "but" that names another choice ("Doctor say no
  deadline. But insurance approve only until March."): asked;
- at a pick-any question, a later part that says "all" of the others with a doubt or a pointer ("biopsy yes, other
  i think all"), read as nothing: that part asked, the picks kept;
- at "What kind of doctor?", two doctors named one after the other ("the ER doc, then the family doc"): which
  one is meant is open: asked;
- at a pick-any question, a sentence opened by "mostly" or "mainly", read as nothing, that names a choice without
  that word ("mostly whether she should get the pacemaker. also ..."): that sentence asked, the picks kept;
- at a pick-any question, picks said by number and one more read only as a guess from words that point back at them
  with "all" ("3 5 6 9 10 lol all the good ones"): the numbers kept, those words asked about;
- at a question that takes one answer, a choice number taken back at once for another ("2 no 3"): the later one
  offered back for a Yes;
- a short answer-like phrase, then a short question about it ("SURE test, what mean?", "Third opinion, how much
  cost?", "Insurance ask second opinion, how me know?"): the words may only name what is asked about: asked.

Each makes the reading less sure, or drops a pick the line does not say; none adds a pick. Never at the red-flag and urgent questions (the caller checks).
"""

from __future__ import annotations

from .phrase_files import PhraseFile, spans
from .text import clean, parts_between, tokens
from .wrongly_sure_shape import _STOPS, _ask, first_doubt, _read_alone, _values, _which

FILE = "wrongly_sure_heard.yaml"
_FILE = PhraseFile(FILE)
_data, _phrases, _words = _FILE.data, _FILE.phrases, _FILE.words


def _numbers(toks: list[str], lex) -> list[int]:
    """Where a count is said: a figure or a number word ("the cancer one" names a doctor, not a count)."""
    return [i for i, t in enumerate(toks) if (t.isdecimal() and len(t) <= 2) or
            (t in lex.numbers and not (t == "one" and i > 0 and toks[i - 1] in ("the", "this", "that", "which", "no", "every", "any")))]


# --- the checks: each returns a less sure reading, or None -----------------------------------------

def count_added(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Two heart doctor here, and one in Korea also": a count, then a later part adding a number."""
    if spec.multi or not lex.state(spec.name).count:
        return None
    parts = parts_between(toks, _STOPS | {",", ";", "-"})
    firsts = [k for k, (a, b) in enumerate(parts) if _numbers(toks[a:b], lex)]
    if not firsts:
        return None
    adders, totals = _phrases("count_adders"), _phrases("count_totals")
    for a, b in parts[firsts[0] + 1:]:
        part = toks[a:b]
        total = [e for s, e in spans(part, totals) if e < len(part) and e in _numbers(part, lex)]
        if total:  # "..., and the oncologist makes three": the total said; offered back when it is not what was read
            said = _read_alone(read_part, part[total[0]:total[0] + 1])
            if len(said) == 1 and said != set(_values(reading)):
                from .reading import LIKELY, Reading

                return Reading(LIKELY, next(iter(said)), unclear=raw.strip())
            return None
        if _numbers(part, lex) and spans(part, adders):
            return _ask(raw.strip(), f'"{raw.strip()}": how many doctors in all, counting the first one?')
    return None


def yes_and_no(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "yes no, husband decide": both said as the opening answer."""
    if spec.multi:
        return None
    said = [t for t in toks if t.isalnum()][:2]
    yes, no = _words("yes_words"), _words("no_words")
    if len(said) == 2 and ((said[0] in yes and said[1] in no) or (said[0] in no and said[1] in yes)):
        if len([t for t in toks if t.isalnum()]) > 2 or toks[1] not in (",", "."):  # "no, yes it is" is read as typed
            return _ask(raw.strip(), _which(raw.strip()))
    return None


def _premise(spec) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(tokens(clean(p))) for p in (_data()["premises"].get(spec.name) or ()))


def premise_only_denied(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Nothing got worse. Question not for me.": "No" read from the denial of the question's premise alone."""
    premise = _premise(spec)
    if not premise or _values(reading) != [_data()["premise_no"]]:
        return None
    denials = _words("premise_denials")
    rest, denied = [], False
    for a, b in parts_between(toks, _STOPS | {",", "but"}):
        part = toks[a:b]
        if any(any(t in denials for t in part[max(0, s - 4):s]) and "since" not in part[max(0, s - 4):s]
               for s, e in spans(part, premise)):  # "not since it got worse" denies a check, not the worsening
            denied = True
            continue
        rest += part + ["."]
    if not denied or _data()["premise_no"] in _read_alone(read_part, rest):
        return None  # "No. Strictly speaking nothing has got worse fast, but no, nobody has examined me since"
    return _ask(raw.strip(), _which(raw.strip()))


def time_of_worsening(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "More dizzy this week. Not see doctor yet.": "Yes" read from a time said of the worsening."""
    if spec.name not in _data()["premises"] or _values(reading) != [_data()["premise_yes"]]:
        return None
    times, worse, checks = _phrases("times"), _phrases("worse_words"), _phrases("check_words")
    for a, b in parts_between(toks, _STOPS):
        part = toks[a:b]
        if _data()["premise_yes"] not in _read_alone(read_part, part):
            continue
        if not (spans(part, times) and spans(part, worse)) or spans(part, checks):
            return None  # a sentence that says a check ("saw the GP this week")
        without = [t for k, t in enumerate(part) if not any(s <= k < e for s, e in spans(part, times))]
        if _data()["premise_yes"] in _read_alone(read_part, without):
            return None
        return _ask(raw.strip(), _which(raw.strip()))
    return None


def asks_what_it_is(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "SURE test, what mean?", "Third opinion, how much cost?": a short phrase, then a short question about it
    with no subject of its own."""
    if not raw.rstrip().endswith("?") or spec.name in ("questions", "questions_order"):
        return None
    parts = parts_between(toks, {",", ".", ";", ":", "-"} | {"?"})
    if len(parts) != 2:
        return None
    (a, b), (c, d) = parts
    head, ask = [t for t in toks[a:b] if t.isalnum()], [t for t in toks[c:d] if t.isalnum()]
    if not (1 <= len(head) <= int(_data()["head_max_words"])) or not (2 <= len(ask) <= int(_data()["ask_max_words"])):
        return None
    if ask[0] not in _words("question_words") or any(t.isdecimal() for t in head):
        return None  # "2, 5 and 9 - what about cost?": numbers are an answer
    if _read_alone(read_part, toks[c:d]):
        return None  # "ct and labs, whats a discharge summary?": the question names its own subject (asked_not_picked.py)
    return _ask(raw.strip(), f'"{raw.strip()}": is that your answer, or do you want to know what it means? '
                             "You can type the answer, or 'not sure'.")


def two_doctors_in_turn(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "the ER doc, then the family doc" at "What kind of doctor?": two doctors named one after the other."""
    if spec.multi or spec.name not in _words("field_questions"):
        return None
    joins = spans(toks, _phrases("turn_joins"))
    doctors = _phrases("doctor_words")
    for s, e in joins:
        if spans(toks[:s], doctors) and spans(toks[e:], doctors):
            return _ask(raw.strip(), "Only one answer fits here. Which doctor do you mean?")
    return None


def all_part_unread(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "biopsy yes, other i think all": at a pick-any question, a part that says "all" of the others, read as
    nothing while only some choices were kept: the rest of the list is asked about, the picks kept."""
    if not spec.multi or len(_values(reading)) >= len(spec.choices) - 1 or set(toks) & _words("left_out"):
        return None  # "everything else, not so much"
    alls, soft = _words("all_words"), _words("all_fillers")
    for a, b in parts_between(toks, _STOPS | {",", ";", "but"}):
        part = toks[a:b]
        said = [t for t in part if t.isalnum() and t not in soft]
        if len(said) == 1 and said[0] in alls and len([t for t in part if t.isalnum()]) > 1 and a > 0:
            kept = [v for v in _values(reading) if is_answer(v, spec, lex)]
            text = " ".join(t for t in part if t.isalnum())
            return _ask(raw.strip(), f'What did you mean by "{text}"?', kept=kept, reading=reading, unclear=text)
    return None


def label_words_unread(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "now i sure, and know good bad": at a pick-any question, a part left out of the reading whose words are all
    words of one choice not picked ("I know the good and bad points of each option"), said short: that part asked."""
    if not spec.multi:
        return None
    if set(toks) & _words("left_out"):
        return None  # "everything but the hospital papers", "I know the good and bad points but I am not sure": left out
    values, stop = set(_values(reading)), _words("label_stop")
    for a, b in parts_between(toks, _STOPS | {",", ";"}):
        said = [t for t in toks[a:b] if t.isalnum() and t not in stop]
        if len(said) < 2 or _read_alone(read_part, toks[a:b]) & values:
            continue
        fits = [c for c in spec.choices if set(said) <= {t for t in tokens(clean(c.label)) if t.isalnum()}]
        for choice in fits[:1] if len(fits) == 1 else []:  # "bad points" is in two labels: not said short for one
            if choice.id not in values and is_answer(choice.id, spec, lex):
                kept = [v for v in _values(reading) if is_answer(v, spec, lex)]
                text = " ".join(t for t in toks[a:b] if t.isalnum())
                return _ask(raw.strip(), f'What did you mean by "{text}"?', kept=kept, reading=reading, unclear=text)
    return None


def hedged_then_may(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Covered, I think, but the new doctor may be out of network.": a pick said with "I think", then a "but" that
    says it may not hold."""
    if spec.multi or not all(is_answer(v, spec, lex) for v in _values(reading)):
        return None
    hedges, leads, mays = spans(toks, _phrases("pick_hedges")), _phrases("against_leads"), _words("may_words")
    for s, e in spans(toks, leads):
        if hedges and hedges[0][1] <= s and s - hedges[0][0] <= 4 and any(t in mays for t in toks[e:]):
            return _ask(raw.strip(), _which(raw.strip()))
    return None


def contrast_sentences(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Doctor say no deadline. But insurance approve only until March.": at a question that takes one answer, a
    later sentence opened by "but" names another choice than the one before it."""
    if spec.multi:
        return None
    sentences = parts_between(toks, _STOPS)
    turns = _phrases("contrast_turns")
    for k, (a, b) in enumerate(sentences[1:], 1):
        opened = [e for s, e in spans(toks[a:b], turns) if s == 0]
        if not opened:
            continue
        later = {v for v in _read_alone(read_part, toks[a + max(opened):b]) if is_answer(v, spec, lex)}
        earlier = {v for x, y in sentences[:k] for v in _read_alone(read_part, toks[x:y]) if is_answer(v, spec, lex)}
        if len(later) == 1 and len(earlier) == 1 and later != earlier and set(_values(reading)) <= later | earlier:
            return _ask(raw.strip(), "Only one answer fits here. Which one is closest?")
    return None


def quantity_not_number(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "first doc said do it in a day or two": at a pick-any question, a number that counts days or weeks ("a day or
    two", "2 or 3 weeks") read as a choice's number: that pick is dropped when the rest of the line does not name it."""
    if not spec.multi:
        return None
    units = _words("quantity_units")
    def number(t):
        return (t.isdecimal() and len(t) <= 2) or t in lex.numbers
    at = set()
    for i, t in enumerate(toks):
        if not number(t):
            continue
        near = toks[max(0, i - 3):i] + toks[i + 1:i + 4]
        joined = (i > 0 and toks[i - 1] in ("or", "to", "-")) or (i + 1 < len(toks) and toks[i + 1] in ("or", "to", "-"))
        if joined and any(u in units for u in near):
            at.add(i)
    if not at:
        return None
    rest = [t for i, t in enumerate(toks) if i not in at]
    still = _read_alone(read_part, rest)
    gone = [v for v in _values(reading) if v not in still]
    kept = [v for v in _values(reading) if v in still]
    if not gone or not kept:
        return None
    from dataclasses import replace

    return replace(reading, value=kept)


def record_from_source(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "the biopsy from his endoscopy": at the records question, a record named, then where it came from; the source
    is no record of its own. Its pick is dropped when no other part of the line names it."""
    if not spec.multi or spec.name not in _words("source_questions"):
        return None
    values = _values(reading)
    parts = parts_between(toks, _STOPS | {",", ";", "and"})
    links = _words("source_links")
    drop = set()
    for k, (a, b) in enumerate(parts):
        part = toks[a:b]
        at = next((i for i, t in enumerate(part) if t in links), None)
        if at is None or at == 0:
            continue
        if set(part[:at]) & _words("paper_words"):
            continue  # "the notes from my cataract operation": a paper said by its source (documents_from.py)
        head, whole = _read_alone(read_part, part[:at]), _read_alone(read_part, part)
        if not head or not head <= whole:
            continue  # "notes from his colonoscopy" are the procedure notes
        others = set().union(*(_read_alone(read_part, toks[x:y]) for j, (x, y) in enumerate(parts) if j != k)) if len(parts) > 1 else set()
        drop |= (whole - head) & _read_alone(read_part, part[at + 1:]) - others
    kept = [v for v in values if v not in drop]
    if not drop & set(values) or not kept:
        return None
    from dataclasses import replace

    return replace(reading, value=kept)


def number_then_no(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "2 no 3": at a question that takes one answer, a choice number taken back at once for another; the later one
    is offered back for a Yes."""
    if spec.multi:
        return None
    said = [t for t in toks if t.isalnum()]
    size = len(spec.choices)
    nums = [k for k, t in enumerate(said) if t.isdecimal() and 1 <= int(t) <= size]
    if len(nums) != 2 or said[nums[0]] == said[nums[1]] or nums[0] != 0 or nums[1] != len(said) - 1:
        return None
    between = said[nums[0] + 1:nums[1]]
    if not between or not spans(between, _phrases("taken_back")) or spans(between, _phrases("taken_back"))[0] != (0, len(between)):
        return None
    from .reading import LIKELY, Reading

    return Reading(LIKELY, spec.choices[int(said[nums[1]]) - 1].id, unclear=raw.strip())


def lead_word_unread(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "mostly whether she should get the pacemaker. also she can't travel far": at a pick-any question, a sentence
    opened by a word of degree ("mostly", "mainly") read as nothing, while without that word it names a choice the
    reading left out: that sentence asked, the picks kept."""
    if not spec.multi:
        return None
    from .wrongly_sure import _picks_of

    values, leads = set(_values(reading)), _words("lead_degrees")
    for a, b in parts_between(toks, _STOPS):
        part = toks[a:b]
        if not part or part[0] not in leads or _read_alone(read_part, part) & values:
            continue
        named = {v for v in _picks_of(read_part, part[1:], partly=True) if is_answer(v, spec, lex)} - values
        if named:
            kept = [v for v in _values(reading) if is_answer(v, spec, lex)]
            text = " ".join(t for t in part if t.isalnum())
            return _ask(raw.strip(), f'What did you mean by "{text}"?', kept=kept, reading=reading, unclear=text)
    return None


def guess_beside_numbers(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "3 5 6 9 10 lol all the good ones": at a pick-any question, picks said by number, and one more read from the
    words beside them that point back at them with "all" and name it, read alone, only as a guess ("the good ones"
    and "What good can we expect"): the numbers kept, those words asked about."""
    if not spec.multi:
        return None
    size = len(spec.choices)
    nums = [i for i, t in enumerate(toks) if t.isdecimal() and 1 <= int(t) <= size]
    if len(nums) < 2:
        return None
    named = {spec.choices[int(toks[i]) - 1].id for i in nums}
    extra = [v for v in _values(reading) if v not in named]
    if not extra or not named <= set(_values(reading)):
        return None
    rest = [t for i, t in enumerate(toks) if i not in nums and t not in (",", "and", "&", "+")]
    if not any(t.isalpha() for t in rest) or set(extra) & _read_alone(read_part, rest):
        return None  # "1, 3 and the biopsy one": the words name a choice plainly
    if not set(rest) & _words("back_alls"):
        return None  # "5 and 8 and the one about other choice": a choice described; "all the good ones" points back
    from .wrongly_sure import _picks_of

    if not set(extra) <= set(_picks_of(read_part, rest, partly=True)):
        return None
    text = " ".join(t for t in rest if t.isalnum())
    kept = [v for v in _values(reading) if v in named]
    return _ask(raw.strip(), f'What did you mean by "{text}"?', kept=kept, reading=reading, unclear=text)


CHECKS = (guess_beside_numbers, lead_word_unread, number_then_no, record_from_source, quantity_not_number, label_words_unread, hedged_then_may, contrast_sentences, all_part_unread, two_doctors_in_turn, count_added, yes_and_no, premise_only_denied, time_of_worsening, asks_what_it_is)


def heard_doubts(reading, line: str, typed: str, spec, lex, read_part, is_answer):
    """A less sure reading when a careful listener would hear a doubt the sure reading missed, or None."""
    return first_doubt(CHECKS, reading, line, typed, spec, lex, read_part, is_answer)
