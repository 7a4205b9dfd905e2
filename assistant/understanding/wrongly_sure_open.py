"""Round 25's silent misreads (helper 11a11): a line that answers something the question's choices leave open.
Looked for by wrongly_sure.py, over a sure reading about to be stored. Each is a general property of the line
and the question together (words and, per question, where it applies: dialogues/question_open.yaml):

- the question takes an event as given and the line denies it ("nothin's got worse, but I seen the eye doc a
  while back" at "Has a doctor checked since it got worse?"): asked;
- doctors counted by naming them one after another with no number ("just the surgeon. well and the ped who
  sent us"): which of them count is open: asked;
- the line says the answer is still to be found out ("ah I think so, but I'd want to check again"): asked;
- a choice number judged in the line at a list of statements: one said false is dropped ("Statements 1 and 4
  are false"), one said partly or judged in other words ("partially number 2", "The number 1 is still
  half-cooked rice") asked about, the rest kept;
- a line that opens by asking which one is meant ("my mom or me? im 14") or asks whether something counts
  ("idk does a prescription count"): asked;
- "not sure" alone where the choices hold both the doctor's doubt and "They did not say": asked;
- two choices both touched in a short line of joined parts ("PT + epidural steroid injection"): asked.

Each makes the reading less sure, or drops a pick the line says is false; none adds a pick. Never at the
red-flag and urgent questions (the caller checks).
"""

from __future__ import annotations

from dataclasses import replace
from .phrase_files import PhraseFile, spans
from .reading import Reading
from .text import clean, joined, parts_between, tokens
from .wrongly_sure_shape import _STOPS, _ask, first_doubt, _read_alone, _values, _which

FILE = "question_open.yaml"
_FILE = PhraseFile(FILE)
_data, _phrases, _words = _FILE.data, _FILE.phrases, _FILE.words


def _label_words(spec, value) -> set[str]:
    return {t for c in spec.choices if c.id == value for t in tokens(clean(c.label))}


# --- the checks: each returns a less sure reading, or None -----------------------------------------

def premise_denied(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "ain't nothin got worse fast, doc seen me last month": the question's premise ("since it got worse")
    denied, so neither "Yes" nor "No, not yet" is what the line says."""
    premise = _data()["premises"].get(spec.name)
    if not premise or not set(_values(reading)) <= _words("premise_choices"):
        return None
    denials = _words("premise_denials")
    for a, b in parts_between(toks, _STOPS | {",", "but"}):
        part = toks[a:b]
        for s, e in spans(part, tuple(tuple(tokens(clean(p))) for p in premise)):
            before = part[max(0, s - 4):s]
            if any(t in denials for t in before) and "since" not in before:  # "not since it got worse" denies the check
                return _ask(raw.strip(), _which(raw.strip()))
    return None


def names_counted(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "er doc, then the ortho, then my buddys dad who is a chiropractor": doctors counted by naming them, one
    added after another, with no number said: which of them count is open."""
    if spec.multi or not lex.state(spec.name).count:
        return None
    if any(t.isdecimal() for t in toks) or any(t in lex.numbers and not (t == "one" and "the" in toks[max(0, i - 2):i])
                                               for i, t in enumerate(toks)):
        return None  # a number said ("one more, the VA doc"); "the cancer one" names a doctor
    if not spans(toks, _phrases("count_doubtful")):
        return None  # "my GI, then the surgeon, then the IBD center people": each one counts
    adders = _phrases("count_adders")
    parts = parts_between(toks, _STOPS | {","})
    if len(parts) < 2:
        return None
    added = 0
    for a, b in parts[1:]:
        part = toks[a:b]
        opened = [e for s, e in spans(part, adders) if s == 0 or (s == 1 and part[0] in ("well", "oh", "ok"))]
        if opened and len(part) > max(opened):
            added += 1
    return _ask(raw.strip(), _which(raw.strip())) if added else None


def still_to_check(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "ah I think so, but I'd want to check again": the answer is still to be found out."""
    subjects = _words("check_subjects")
    found = [(s, e) for s, e in spans(toks, _phrases("still_to_check")) if any(t in subjects for t in toks[max(0, s - 3):s])]
    if not found:
        return None
    values = _values(reading)
    if any(not is_answer(v, spec, lex) or {"check", "not", "yet", "ask"} & _label_words(spec, v) for v in values):
        return None  # "Not yet, I will check", "Not sure": the line's own answer
    if not spec.multi:
        return _ask(raw.strip(), _which(raw.strip()))
    s = found[0][0]
    sentence = next(((a, b) for a, b in parts_between(toks, _STOPS) if a <= s < b), (0, len(toks)))
    gone = _read_alone(read_part, toks[sentence[0]:sentence[1]]) & set(values)
    if not gone:
        return None
    kept = [v for v in values if v not in gone]
    return _ask(raw.strip(), _which(raw.strip()), kept=kept, reading=reading, unclear=joined(toks[sentence[0]:sentence[1]]))


def numbers_judged(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Statement 2 is true. Statement 3 is true. Statements 1 and 4 are false.", "The number 3, and partially
    number 2": at a list of statements, a number judged in the line."""
    if not spec.multi or spec.name not in _words("number_lists"):
        return None
    size = len(spec.choices)
    ids = [c.id for c in spec.choices]
    false_, true_, partly = _phrases("number_false"), _phrases("number_true"), _phrases("number_partly")
    drop, doubt, doubt_text, plain = set(), set(), [], set()
    for a, b in parts_between(toks, _STOPS | {",", ";", "(", ")"}):
        part = toks[a:b]
        nums = [i for i, t in enumerate(part) if t.isdecimal() and 1 <= int(t) <= size]
        if not nums:
            continue
        picks = {ids[int(part[i]) - 1] for i in nums}
        before = part[max(0, nums[0] - 3):nums[0]]
        if any(s >= 0 for s, e in spans(before, partly)):
            doubt |= picks
            doubt_text.append(joined(part))
            continue
        verb = next((i for i in range(nums[-1] + 1, len(part)) if part[i] in _words("number_is")), None)
        if verb is None or any(t.isdecimal() for t in part[verb:]):
            plain |= picks  # "1, 2 and 3": said plainly
            continue
        k = verb  # the numbers the judgement is about: the run just before the verb ("statements 1 and 4 are")
        while k > 0 and (part[k - 1].isdecimal() or part[k - 1] in ("and", "&", "+", "the") or part[k - 1] in _words("number_nouns")) \
                and not (part[k - 1].isdecimal() and k < verb and part[k].isdecimal()):  # "2 and 3 (1 is ...": a bracket lost
            k -= 1
        plain |= {ids[int(part[i]) - 1] for i in nums if i < k}
        picks = {ids[int(part[i]) - 1] for i in nums if i >= k}
        if not picks:
            continue
        rest = part[verb + 1:]
        while rest and rest[0] in ("still", "all", "both", "kind", "pretty", "mostly", "totally"):
            rest = rest[1:]
        if not rest:
            continue
        if [s for s, e in spans(rest, false_) if s == 0]:
            drop |= picks
        elif not [s for s, e in spans(rest, true_) if s == 0]:
            doubt |= picks
            doubt_text.append(joined(part))
            continue
        plain |= picks
    values = _values(reading)
    doubt -= plain  # "1, 2 and 3 (1 is provisional; ...)": said plainly too, so kept
    if not (drop | doubt) & set(values):
        return None
    kept = [v for v in values if v not in drop and v not in doubt]
    if not doubt & set(values):
        return replace(reading, value=kept) if kept else _ask(raw.strip(), _which(raw.strip()))
    return _ask(raw.strip(), _which(raw.strip()), kept=kept, reading=reading, unclear="; ".join(doubt_text))


def asks_which_first(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "my mom or me? im 14": the line opens by asking which one is meant, then answers for one of them."""
    if spec.multi or "?" not in toks:
        return None
    end = toks.index("?")
    first = toks[:end]
    if "or" in first and 2 <= len(first) <= 5 and end < len(toks) - 1 and not _read_alone(read_part, first):
        return _ask(raw.strip(), _which(raw.strip()))
    return None


def asks_if_counts(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "idk does a prescription count", "Before I answer: does 'serious new diagnosis' include ...?": the line
    asks whether something counts, and gives no answer of its own."""
    prefaces = _phrases("question_prefaces")
    sentences = parts_between(toks, _STOPS | {":"})
    asked = 0
    for a, b in sentences:
        part = toks[a:b]
        k = 0
        while True:
            opened = [e for s, e in spans(part[k:], prefaces) if s == 0]
            if not opened:
                break
            k += max(opened)
            while k < len(part) and part[k] == ",":
                k += 1
        rest = part[k:]
        if len(rest) >= 3 and rest[0] in _words("asks_openers") and any(t in _words("counts_verbs") for t in rest[2:]):
            asked += 1
        elif k < len(part):
            return None  # a sentence of its own: an answer may be said beside the question
    return _ask(raw.strip(), _which(raw.strip())) if asked else None


def bare_doubt(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "not sure" alone where the choices hold both the doctor's doubt and "They did not say"."""
    if spec.name not in _words("bare_doubt_questions"):
        return None
    said = [t for t in toks if t.isalnum()]
    if tuple(said) in _phrases("bare_doubts"):
        return _ask(raw.strip(), "Do you mean the doctor was not sure, or that you are not sure what the doctor said?")
    return None


def two_touched(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "la histerectomia y despues radiacion", "KNEE SHOTS. 3 OF EM. DIDNT WORK. NOW THEY WANT TO CUT": two
    choices both touched, so which one is the answer is open. Two shapes only: two short parts joined as a
    sequence with no word marking one as the answer; or a later sentence opened by "now"/"or" naming another."""
    if spec.multi or spec.name not in _words("touch_questions"):
        return None
    from .wrongly_sure import _picks_of  # a part read alone, kept from an unclear reading too ("maybe 2")

    def named(part):
        got = {v for v in _picks_of(read_part, part, partly=True) if is_answer(v, spec, lex)}
        return got if len(got) == 1 else set()

    values = set(_values(reading))
    joins = spans(toks, _phrases("touch_joins"))
    joins = [(s, e) for s, e in joins if not any(x <= s and e <= y and (x, y) != (s, e) for x, y in joins)]  # "y despues", not "despues"
    words = [t for t in toks if t.isalnum()]
    if len(joins) == 1 and len(words) <= int(_data()["touch_max_words"]) and not spans(toks, _phrases("touch_markers")) \
            and not set(toks) & (_STOPS | {","}):
        s, e = joins[0]
        one, two = named(toks[:s]), named(toks[e:])
        if one and two and one != two and values <= one | two:
            return _ask(raw.strip(), "Only one answer fits here. Which one is closest?")
    sentences = parts_between(toks, _STOPS)
    for k, (a, b) in enumerate(sentences[1:], 1):
        opened = [e for s, e in spans(toks[a:b], _phrases("touch_turns")) if s == 0]
        if not opened:
            continue
        later = named(toks[a + max(opened):b]) or named(toks[a:b])
        earlier = set().union(*(named(toks[x:y]) for x, y in sentences[:k]))
        if later and earlier and later != earlier and values <= later | earlier:
            return _ask(raw.strip(), "Only one answer fits here. Which one is closest?")
    return None


def statement_denied(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "I understand the advantages ... I do not yet know which of them matter most to me": at a list of
    statements, a pick read only from a sentence said in the negative is dropped."""
    if not spec.multi or spec.name not in _words("number_lists") or any(t.isdecimal() for t in toks):
        return None
    values = _values(reading)
    negated, said = set(), set()
    for a, b in parts_between(toks, _STOPS | {";", "but"}):
        got = {v for v in _read_alone(read_part, toks[a:b]) & set(values) if is_answer(v, spec, lex)}
        denied = [s for s, e in spans(toks[a:b], _phrases("statement_negations"))
                  if s <= 2 and any(t in _words("statement_subjects") for t in toks[a:a + s])]
        (negated if denied else said).update(got)
    gone = negated - said
    if not gone or not said:  # the line also says something of its own: "I understand ... I do not yet know ..." 
        return None
    kept = [v for v in values if v not in gone]
    return replace(reading, value=kept) if kept else _ask(raw.strip(), _which(raw.strip()))


def closing_numbers(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "i know the pros and cons, i know what matters, support = my bandmates who are useless. so 2 and 3 i
    guess": the line ends by naming its answers as numbers; picks read from its words beside them are asked."""
    if not spec.multi:
        return None
    sentences = parts_between(toks, _STOPS | {","})
    if len(sentences) < 2:
        return None
    a, b = sentences[-1]
    last = toks[a:b]
    opened = [e for s, e in spans(last, _phrases("closing_leads")) if s == 0]
    if not opened:
        return None
    nums = [t for t in last if t.isdecimal()]
    size = len(spec.choices)
    if not nums or any(not 1 <= int(t) <= size for t in nums) or any(t.isdecimal() for t in toks[:a]):
        return None
    named = {spec.choices[int(t) - 1].id for t in nums}
    values = _values(reading)
    extra = [v for v in values if v not in named]
    if not extra or not named <= set(values):
        return None
    kept = [v for v in values if v in named]
    return _ask(raw.strip(), _which(raw.strip()), kept=kept, reading=reading, unclear=joined(toks[:a]))


def hedged_then_but(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "agree mas o menos, pero one wants radiation and the other one no": a pick said with a word of degree,
    then a "but" that says something against it."""
    if spec.multi or not all(is_answer(v, spec, lex) for v in _values(reading)):
        return None
    if any(t in _words("degree_labels") for c in spec.choices for t in tokens(clean(c.label))):
        return None  # "mostly sure but left room for doubt" is "Fairly sure"
    hedges = spans(toks, _phrases("degree_hedges"))
    against = [s for s, e in spans(toks, _phrases("against_leads")) if hedges and s > hedges[0][1]]
    if hedges and against and len([t for t in toks[against[0]:] if t.isalnum()]) >= 3:
        return _ask(raw.strip(), _which(raw.strip()))
    return None


def doubt_names_other(reading, toks, raw, spec, lex, read_part, is_answer):
    """ "Caregiver (for my mother). ... though I'm not certain it counts as a formal second opinion": a doubt
    whose words name another choice of a question that takes one."""
    if spec.multi or not all(is_answer(v, spec, lex) for v in _values(reading)):
        return None
    for s, e in spans(toks, _phrases("doubt_leads")):
        stop = next((k for k in range(e, len(toks)) if toks[k] in _STOPS), len(toks))
        from .wrongly_sure import _picks_of

        other = {v for v in _picks_of(read_part, toks[e:stop], partly=True) if is_answer(v, spec, lex)}
        if other and not other & set(_values(reading)) and s > 0:
            return _ask(raw.strip(), _which(raw.strip()))
    return None


CHECKS = (premise_denied, names_counted, still_to_check, numbers_judged, statement_denied, closing_numbers,
          asks_which_first, asks_if_counts, bare_doubt, two_touched, hedged_then_but, doubt_names_other)


def open_doubts(reading: Reading, line: str, typed: str, spec, lex, read_part, is_answer) -> Reading | None:
    """A less sure reading when the line answers something the question's choices leave open, or None."""
    return first_doubt(CHECKS, reading, line, typed, spec, lex, read_part, is_answer)
