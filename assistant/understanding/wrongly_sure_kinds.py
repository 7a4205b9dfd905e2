"""Round 27's silent misreads (helper 11a13): KINDS of things a careful listener notices that a sure reading
ignored. Looked for by wrongly_sure.py after the checks of rounds 24 to 26, over a sure reading about to be stored.
Each is a general property of the line and the question together (words are data: dialogues/wrongly_sure_kinds.yaml;
the checks at "How many doctors?" are in wrongly_sure_counted.py):

- not knowing said of the whole set of choices ("idk about any of these, my husband does the insurance"), or of
  whether a choice holds ("cant even tell if they agree or not"): a choice's word beside it is no answer: asked;
- the question said not to apply ("N/A, nothing is worse"): asked;
- at a pick-any question, a choice's words, then a helping verb and a denial ("Deadline they have not informed", "the
  diagnosis is not in dispute"): that part asked, the other picks kept ("the risks are not small", "big surgery and i
  dont understand why" are read as said);
- a choice of two put to the person ("either the tether or keep bracing", "the scan or the surgery, one of them"):
  asked ("whatever gives her the best chance" names what matters most: read as said);
- a choice that says something was done ("Yes, I checked"), read from a line that denies doing it ("I have not been
  examined since", "though I did not ring them myself"): asked;
- at a pick-any question, a pick said by number made provisional ("2 and 3 unreservedly; 1 provisionally"): that part
  asked, the others kept; a number that counts the picks ("q2, q3, q5 [that's three]"): no pick;
- a later part granted with a concession and a "may" that names another choice ("It is for me, although I may already
  have a second opinion"): asked;
- something done first, then a decision ("another scope + a repeat MRE first, then decide"): "More tests first"
  offered back;
- bare numbers after something was taken back ("2 and 3 ... no, there's no path yet. Just 2."): offered back;
- a bare "I can't", then a question to the assistant: the question, not the answer (also in answer_then_ask.py);
- someone else's "no" said to the person ("Medicaid say no to me"): not the person's "no": asked;
- at a pick-any question, what held at first and no longer does ("at first was family doctor, but now is
  neurologist"): that part asked, the rest kept;
- how sure the doctor was, read from no word of sureness, beside a test wanted ("They hedged, and want a repeat
  biopsy"): "Not sure, and wanted more tests" offered back;
- at the question that orders the list, a doubt left in the line ("..., I don't know where"): asked (order_doubt,
  called from order_answer.py).

Each makes the reading less sure, or drops a pick the line does not say; none adds a pick. Never at the red-flag and
urgent questions (the caller checks).
"""

from __future__ import annotations

from .phrase_files import PhraseFile, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, parts_between, tokens
from .wrongly_sure_counted import count_heading, counts_if, total_after  # the checks at "How many doctors?"
from .wrongly_sure_shape import _STOPS, _ask, first_doubt, _read_alone, _values, _which

FILE = "wrongly_sure_kinds.yaml"
_FILE = PhraseFile(FILE)
_data, _phrases, _words = _FILE.data, _FILE.phrases, _FILE.words


def _text(part: list[str]) -> str:
    said = [t for t in part if t.isalnum()]
    while said and said[0] in ("and", "or", "but", "n"):
        said = said[1:]  # "3, and 4 somewhat": the part is "4 somewhat"
    return " ".join(said)


def _label(spec, value) -> list[str]:
    return tokens(clean(next((c.label for c in spec.choices if c.id == value), "")))


# --- the checks: each returns a less sure reading, or None -----------------------------------------


def whole_set_unknown(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "idk about any of these tbh, my husband does the insurance stuff": not knowing, said of every choice; or of
    whether a choice holds ("cant even tell if they agree or not")."""
    if any(t.isdecimal() for t in toks) or not any(is_answer(v, spec, lex) for v in _values(reading)):
        return None  # "not sure about all of them, but 1 and 3": picks said by number stand; "no clue on any" is "none"
    reach = int(_data()["whole_set_reach"])
    sets = spans(toks, _phrases("whole_set"))
    for s, e in spans(toks, _phrases("not_known")):
        near = [(a, b) for a, b in sets if (e <= a <= e + reach) or (s - reach <= a and b <= s)]
        if near and not _STOPS & set(toks[min(e, near[0][0]):max(s, near[0][1])]):
            return _ask(raw.strip(), f'"{raw.strip()}": that is fine. Pick only what you know, or type \'not sure\'.')
        stop = next((k for k in range(e, len(toks)) if toks[k] in _STOPS | {","}), len(toks))
        if e < len(toks) and toks[e] in _words("whether_leads") and spans(toks[e:stop], _phrases("or_not")):
            return _ask(raw.strip(), _which(raw.strip()))  # "cant even tell if they agree or not": that is not known
    return None


def not_applicable(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "N/A, nothing is worse. I clicked the wrong thing": the question said not to fit; a choice read beside it is
    no answer."""
    if spec.multi or not is_answer(reading.value, spec, lex) or not spans(toks, _phrases("not_applicable")):
        return None
    return _ask(raw.strip(), _which(raw.strip()))


def said_not_after(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Deadline they have not informed", "the diagnosis is not in dispute": at a pick-any question, a choice's words,
    then words that say it does not hold: that pick asked, the others kept."""
    from .wrongly_sure import _has, _picks_of

    if not spec.multi or _has(toks, "said_not"):
        return None  # "... is the only item I cannot affirm": round 21's check drops that pick

    values = [v for v in _values(reading) if is_answer(v, spec, lex)]
    denials, kept_after = _words("denials"), _words("denial_kept_after")
    for a, b in parts_between(toks, _STOPS | {",", "but", "though", "although"}):
        part = toks[a:b]
        d = next((k for k, t in enumerate(part) if t in denials and (t not in ("not", "never") or
                                                                     (k > 0 and part[k - 1] in _words("auxiliaries")))), None)
        if d is None or d == 0 or (d + 1 < len(part) and part[d + 1] in kept_after | _words("tag_subjects")) or \
                part[d - 1] in ("or", "and"):  # "its surgery aint it": a tag, not a denial
            continue
        if set(part[:d]) & _words("denial_joins") or _picks_of(read_part, part[d:], partly=True):
            continue  # "big surgery and i dont understand why", "a visit (not a rushed one)": the denial says its own
        named = {v for v in _picks_of(read_part, part[:d], partly=True) if v in values}
        named = {v for v in named if not set(_label(spec, v)) & (denials | {"no"})}
        if not named or not [v for v in values if v not in named]:
            continue  # the sentence says the choice's own lack, or nothing else is picked: read as said
        if named & _read_alone(read_part, toks[:a] + toks[b:]):
            continue  # named again elsewhere in the line
        said = _text(part)
        return _ask(raw.strip(), f'What did you mean by "{said}"?',
                    kept=[v for v in values if v not in named], reading=reading, unclear=said)
    return None


def one_of_two(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "either the tether or keep bracing", "the scan or the surgery, one of them": one of two, not known which."""
    values = _values(reading)
    if spec.multi:
        if len(values) >= 2 and spans(toks, _phrases("one_of_marks")) and "or" in toks:
            return _ask(raw.strip(), f'"{raw.strip()}": one of these, or both? Type the numbers you mean.')
        return None
    if not is_answer(reading.value, spec, lex):
        return None
    for i, t in enumerate(toks):
        if t not in _words("either_leads") or "or" not in toks[i + 1:]:
            continue
        k = toks.index("or", i + 1)
        end = next((j for j in range(k + 1, len(toks)) if toks[j] in _STOPS | {","}), len(toks))
        left, right = _read_alone(read_part, toks[i + 1:k]), _read_alone(read_part, toks[k + 1:end])
        if (left and right and left != right) or (bool(left) != bool(right) and reading.value in left | right and
                                                    any(t.isalpha() for t in toks[i + 1:k]) and any(t.isalpha() for t in toks[k + 1:end])):
            return _ask(raw.strip(), _which(raw.strip()))  # "either the tether or keep bracing": one side read, both said
    return None


def done_denied(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "I have not been examined since the pain got worse" read as "a doctor has checked": the line denies the act
    the choice says was done."""
    if spec.multi or not is_answer(reading.value, spec, lex):
        return None
    label = _label(spec, reading.value)
    if not set(label) & _words("done_words") or set(label) & (_words("done_denials") | {"yet"}):
        return None
    acts, reach = _words("done_acts"), int(_data()["done_reach"])
    denials = _phrases("done_denials")
    for s, e in spans(toks, denials):
        ahead = toks[e:e + reach + 1]
        stop = next((k for k, t in enumerate(ahead) if t in _STOPS | {","}), len(ahead))
        if any(t in acts for t in ahead[:stop]):
            return _ask(raw.strip(), _which(raw.strip()))
    return None


def provisional_number(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "2 and 3 unreservedly; 1 provisionally": at a pick-any question, a pick said by number made provisional."""
    if not spec.multi:
        return None
    size, values = len(spec.choices), _values(reading)
    hedges = _phrases("provisional")
    for a, b in parts_between(toks, _STOPS | {",", "but"}):
        part = toks[a:b]
        nums = [t for t in part if t.isdecimal() and 1 <= int(t) <= size]
        if not nums or not spans(part, hedges):
            continue
        if any(t.isalpha() for t in part if (t,) not in hedges and t not in ("and", "or") and
               not any(t in h for h in hedges)):
            continue  # "1 maybe the biopsy one": more than a number and its hedge
        named = {spec.choices[int(n) - 1].id for n in nums} & set(values)
        kept = [v for v in values if v not in named]
        if named and kept:
            said = _text(part)
            return _ask(raw.strip(), f'Did you mean "{said}"? Type the number if it '
                                     "fits, or 'that's all'.", kept=kept, reading=reading, unclear=said)
    return None


def count_of_picks(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "q2, q3, q5, q7, q9, q10 [yes I know that's six]": at a pick-any question, a number that counts the picks said
    is no choice's number: that pick dropped."""
    if not spec.multi:
        return None
    values = _values(reading)
    for s, e in spans(toks, _phrases("count_says")):
        if e >= len(toks) or toks[e] not in lex.numbers or toks[e].isdecimal():
            continue
        count = lex.numbers[toks[e]]
        rest = _read_alone(read_part, toks[:s] + toks[e + 1:])
        if len(rest) == count and rest < set(values):
            return Reading(SURE, [v for v in values if v in rest], note=reading.note, date=reading.date,
                           date_text=reading.date_text, who=reading.who)
    return None



def other_maybe(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "It is for me, although I should note I may already have what amounts to a second opinion": a later part,
    granted with a concession and a "may", names another choice: which one is open."""
    if spec.multi or not is_answer(reading.value, spec, lex):
        return None
    leads, mays = _words("concessions"), _words("may_words")
    for i, t in enumerate(toks):
        if i == 0 or t not in leads:
            continue
        end = next((k for k in range(i + 1, len(toks)) if toks[k] in _STOPS), len(toks))
        part = toks[i + 1:end]
        if not set(part) & mays:
            continue
        other = {v for v in _read_alone(read_part, part) if is_answer(v, spec, lex)}
        before = {v for v in _read_alone(read_part, toks[:i]) if is_answer(v, spec, lex)}
        if other and (reading.value not in other or (before and before != other and reading.value in before | other)):
            return _ask(raw.strip(), _which(raw.strip()))  # "for me, though I might already have one": which is open
    return None


def first_then_decide(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "another scope + a repeat MRE first, then decide": something done first, then a decision: the choice of more
    tests first offered back, not the thing named."""
    tests = _data()["tests_choice"]
    if spec.multi or reading.value == tests or not any(c.id == tests for c in spec.choices):
        return None
    hits = spans(toks, _phrases("decide_after"))
    if not hits or not set(toks[:hits[0][0]]) & _words("first_words"):
        return None
    return Reading(LIKELY, tests, unclear=raw.strip())


def just_after_taking_back(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "2 and 3 - written plan + second read... no, there's no path yet. Just 2.": the last bare numbers, after
    something was taken back, offered back for a Yes."""
    if not spec.multi:
        return None
    sentences = parts_between(toks, _STOPS | {"…"})
    if len(sentences) < 2:
        return None
    a, b = sentences[-1]
    last = toks[a:b]
    lead = next((e for s, e in spans(last, _phrases("just_words")) if s == 0), None)
    size = len(spec.choices)
    nums = [t for t in last[lead or 0:] if t not in (",", "and", "&")]
    if lead is None or not nums or not all(t.isdecimal() and 1 <= int(t) <= size for t in nums):
        return None
    if not spans(toks[:a], _phrases("taken_back")):
        return None
    said = [spec.choices[int(t) - 1].id for t in nums]
    if set(said) == set(_values(reading)):
        return None
    return Reading(LIKELY, said, unclear=raw.strip())


def order_doubt(reading, toks):
    """ "the risk one first, and the family one, I don't know where": at the question that orders the list, a sure
    order with a doubt left in the line: asked, nothing moved."""
    if reading.certainty != SURE or not spans(toks, _phrases("order_doubts")):
        return reading
    text = " ".join(t for t in toks if t.isalnum())
    return Reading(UNCLEAR, unclear=text, message=f'"{text}": I want to get the order right. Type the numbers in the '
                                                  "order you want, like '3 1 2', or 'ok' to keep it.")


def _bare_cannot(first: list[str]) -> bool:
    cannot = spans(first, _phrases("cannot_words"))
    return bool(cannot) and all(t in _words("cannot_fillers") for i, t in enumerate(first) if t.isalnum() and
                                not any(s <= i < e for s, e in cannot))


def bare_cannot_said(text: str) -> bool:
    """ "I can't.": a bare "I can't", what cannot be done left unsaid (answer_then_ask.py keeps it from being an answer)."""
    return _bare_cannot(tokens(clean(text)))


def bare_cannot(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "I can't. can you just tell me what most families do?": a bare "I can't" read as an answer, then a question to
    the assistant: the question, not the answer."""
    if spec.multi or not is_answer(reading.value, spec, lex):
        return None
    sentences = parts_between(toks, _STOPS)
    if len(sentences) < 2:
        return None
    a, b = sentences[0]
    if not _bare_cannot(toks[a:b]):
        return None
    c, d = sentences[1]
    if not (d < len(toks) and toks[d] == "?"):
        return None
    return Reading(UNCLEAR, None, unclear=raw.strip(), add_question=" ".join(t for t in toks[c:d] if t.isalnum()))


def others_no(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "My work don't give insurance, and Medicaid say no to me": someone else's "no" said TO the person ("said no to
    me", "told us no") read as the person's own (even as the question's own "not yet")."""
    if spec.multi or reading.value in (None, spec.none_choice):
        return None
    says, nos = _words("other_say"), _words("other_no")
    for i, t in enumerate(toks):
        if t not in nos or i == 0 or not set(toks[max(0, i - 2):i]) & says or "i" in toks[max(0, i - 3):i]:
            continue
        to_someone = (i + 1 < len(toks) and toks[i + 1] == "to") or toks[i - 1] in _words("told_whom")
        if not to_someone:
            continue  # "he said no surgery", "my mom says no": a "no" of what to do, or the answer passed on
        rest = toks[:max(0, i - 2)] + toks[i + 1:]
        if reading.value not in _read_alone(read_part, rest):
            return _ask(raw.strip(), _which(raw.strip()))
    return None



def _sure_alone(read_part, toks: list[str]) -> set:
    """The choices a part names alone, sure ("now is neurologist" only offers "not a specialist" back)."""
    got = read_part(" ".join(toks)) if any(t.isalnum() for t in toks) else None
    if got is None or got.certainty != SURE or got.value is None or got.asked or got.dont_know:
        return set()
    return set(got.value) if isinstance(got.value, list) else {got.value}


def then_now(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "The doctor at first was family doctor, but now is neurologist": at a pick-any question, what held at first and
    no longer does is no pick now: that part asked, the other picks kept."""
    if not spec.multi:
        return None
    values = [v for v in _values(reading) if is_answer(v, spec, lex)]
    for a, b in parts_between(toks, _STOPS):
        part = toks[a:b]
        nows = spans(part, _phrases("now_marks"))
        thens = [(s, e) for s, e in spans(part, _phrases("then_marks")) if nows and s < nows[0][0]]
        if not thens or not set(part[:nows[0][0]]) & _words("then_states"):
            continue
        n = nows[0][0]
        was = {v for v in _read_alone(read_part, part[:n]) if v in values}
        gone = was - _sure_alone(read_part, part[n:]) - _read_alone(read_part, toks[:a] + toks[b:])
        kept = [v for v in values if v not in gone]
        if gone and kept:
            said = _text(part[:n])
            return _ask(raw.strip(), f'What did you mean by "{said}"?', kept=kept, reading=reading, unclear=said)
    return None


def wish_without_sure(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "They hedged, and want a repeat biopsy.": how sure, read from no word of sureness, beside a test wanted."""
    from .wrongly_sure import _has

    ids = {c.id for c in spec.choices}
    if spec.multi or not {"sure", "fairly", "unsure"} <= ids or reading.value not in ("sure", "fairly"):
        return None
    if set(toks) & _words("sure_said") or not _has(toks, "more_tests") or not _has(toks, "test_wishes"):
        return None
    return Reading(LIKELY, "unsure", unclear=raw.strip(), note=reading.note)


CHECKS = (bare_cannot, count_of_picks, count_heading, others_no, then_now, total_after, wish_without_sure, counts_if,
          whole_set_unknown, not_applicable, other_maybe, first_then_decide, just_after_taking_back, said_not_after,
          one_of_two, done_denied, provisional_number)


def kinds_doubts(reading, line: str, typed: str, spec, lex, read_part, is_answer):
    """A less sure reading when the line holds a kind of doubt the sure reading ignored, or None."""
    return first_doubt(CHECKS, reading, line, typed, spec, lex, read_part, is_answer)
