"""When is a reading not safe to store? General doubts looked for over a sure reading, after every
other check (issue 11: never a silent misread). Each is about how the answer is said, never about
which words name a choice:

- the person offers a second answer themselves ("when the result comes, or maybe after I talk to
  my uncle", "chemo or perhaps just watch"): two answers; asked;
- the line opens by saying the person does not know, then gives an answer anyway ("idk, like a
  bunch of people looked at me"): offered back for a Yes, never stored;
- at a question that asks how many, the count is said only as not known ("I lost count"), with no
  number or amount beside it: offered back; or the count hangs on whether someone counts ("two, if
  you count the GP") and the two counts fall in different choices: asked;
- an answer for one person and "the other" for the speaker ("she would want the gentler one, I'd
  want the other"): two answers; asked;
- a degree said with resignation ("sure as I'll ever be"): offered back;
- "everything" said as the answer, with only some of the list named after it ("everything, I mean
  what it is, how bad, all of it"): all of them offered back, never the few stored;
- "none" said, then what the person "just wants" ("none really, i just want someone to explain it"):
  the want may be one of the choices; asked;
- one sentence put as a question ("the doctor can refuse to treat if I ask?"), or the choice's words
  only inside a question ("does 'helping someone else' mean I need power of attorney? I don't have
  it"): a question, never an answer.

Then, in modules of their own (round 18): a closed list of numbers is the answer and the words
beside it add no pick (said_numbers.py); a part added with "also" that names nothing, or only half
remembered, is asked about (added_parts.py); a guess with a question mark is offered back
(tentative.py); the question's word put in doubt, someone else's not knowing, a lone hedge first,
then and now, day to day, a question without its mark, the instruction said back (said_doubts.py);
a count the line's parts do not bear out (count_parts.py).

Round 19: a choice named only to say it is not known is dropped (said_unknown.py); another person's
answer beside a different one of the speaker's (two_people.py); "not sure" alone at the SURE test
(only_not_sure.py); an answer someone else has in hand (held_by_other.py); the speaker said first at
"Who is this for?" (speaker_first.py); an answer the person would have to look up; "what happens if
we do nothing" at the list of questions (nothing_done.py).

Each makes the reading less sure (said_numbers.py only drops picks); none adds a pick. Never at the red-flag and urgent questions,
which the safety screen reads. Words are data: dialogues/unsafe.yaml.
"""

from __future__ import annotations

from dataclasses import replace

from .asking import has_phrase
from .lexicon import Lexicon
from .phrase_files import phrases, spans
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, parts_between, tokens

FILE = "unsafe.yaml"
_STOPS = frozenset({".", ";", "!", "?"})


def words() -> dict:
    return phrases(FILE)


def _at(toks: list[str], key: str) -> list[tuple[int, int]]:
    return spans(toks, words()[key])


def not_safe(reading: Reading, line: str, spec, lex: Lexicon, read_part) -> Reading:
    """The reading, or a less sure one. `read_part(text)` reads a part of the line alone."""
    from .nothing_done import nothing_done  # "what if we do nothing" at the list of questions: asked (sure or likely)

    reading = nothing_done(reading, line, spec) or reading
    if reading.certainty != SURE or spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")):
        return reading
    if reading.value is None or reading.asked or reading.dont_know:
        return reading
    toks = tokens(clean(line))
    if not toks:
        return reading
    from .said_numbers import numbers_rule  # "3 and 9. transplant can kill you": the numbers are the answer

    reading = numbers_rule(reading, line, spec, read_part) or reading
    from .said_unknown import said_unknown  # "..., the deadline is anyone's guess": that pick is not known, dropped

    reading = said_unknown(reading, toks, spec, words(), read_part) or reading
    if reading.certainty != SURE:
        return reading
    for check in (_asked_in_a_question, _second_answer_offered, _count_not_known, _count_if_counted, _led_by_not_knowing, _the_other_for_me,
                  _said_of_one_not_the_other, _two_people, _only_not_sure, _held_by_other, _speaker_first, _look_it_up, _later_step_only, _resigned, _all_said_with_some, _none_but_a_want, _added_part, _tentative,
                  _said_doubts, _count_parts, _unsure_grounds):
        found = check(reading, toks, spec, lex, read_part, clean(line))
        if found is not None:
            return found
    return reading


def _unsure_grounds(reading, toks, spec, lex, read_part, text):
    """Round 20: a question without its mark or helping verb, a hedge first, a limit on "no set date", a
    medicine given into the body, "X? No.", for two people (unsure_grounds.py)."""
    from .unsure_grounds import unsure_grounds

    return unsure_grounds(reading, toks, spec, lex, read_part, text)


def _sentences(toks: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each sentence, the end taking its closing mark."""
    return [(s, min(e + 1, len(toks))) for s, e in parts_between(toks, _STOPS)]


def _asked_in_a_question(reading, toks, spec, lex, read_part, text):
    """ "the doctor can refuse to treat if I ask?": one sentence put as a question, four words or more.
    "Before I pick: does 'X' mean ...? I don't have that yet.": the choice's words only inside the question."""
    from .asking import answer_question

    if "?" not in toks:
        return None
    said = _sentences(toks)
    asked = [(s, e) for s, e in said if toks[e - 1] == "?"]
    plain = [(s, e) for s, e in said if toks[e - 1] != "?"]
    if len(said) == 1 and len([t for t in toks if t.isalnum()]) >= 4 and "," not in toks and not spec.multi:
        return replace(answer_question(text, toks, spec, lex), value=None)
    if not plain or len(asked) != 1:
        return None
    s, e = asked[0]
    inner = [t for t in toks[s:e] if t.isalnum()]
    if len(inner) < 4 or not any(has_phrase(toks[s:e], (w,)) for w in ("does", "do", "is", "can", "will", "would", "should", "what", "how")):
        return None
    rest = " ".join(" ".join(toks[a:b]) for a, b in plain)
    got = read_part(rest)
    if got.value is not None or got.options or got.asked:
        return None  # the statement answers by itself (answer_then_ask.py keeps both)
    question = " ".join(toks[s:e])
    return replace(answer_question(question, tokens(question), spec, lex), value=None)


def _second_answer_offered(reading, toks, spec, lex, read_part, text):
    """ "when the result comes I think, or maybe after I speak with my uncle": the person offers a
    second answer themselves. At a pick-one question, asked; at a pick-any one, asked only when the
    second reads as other picks ("lupus or maybe some other autoimmune thing" stays)."""
    spans = _at(toks, "second_answer")
    if not spans:
        return None
    s, e = spans[0]
    after = [t for t in toks[e:] if t not in _STOPS]
    before = [t for t in toks[:s] if t.isalnum()]
    if not before or len([t for t in after if t.isalnum()]) < 1 or after[:1] in (["not"], ["so"], ["less"], ["more"], ["later"], ["sooner"]):
        return None  # "or maybe not": taken back elsewhere (last_doubts.py); "or maybe sooner": a time's own doubt
    if spec.multi:
        got = read_part(" ".join(after))
        value = reading.value if isinstance(reading.value, list) else [reading.value]
        if not isinstance(got.value, list) or set(got.value) <= set(value):
            return None
        return Reading(UNCLEAR, unclear=text, message="That gives two answers. Which did you mean?")
    return Reading(UNCLEAR, unclear=text, message="That gives two answers. Which did you mean?")


def _count_not_known(reading, toks, spec, lex, read_part, text):
    """ "I honestly lost count": at a question that asks how many, a count said only as not known,
    with no number and no amount ("lost count, like 5", "lost count, so many" stay)."""
    if not lex.state(spec.name).count or not _at(toks, "count_not_known"):
        return None
    if any(t.isdigit() or t in lex.numbers for t in toks) or _at(toks, "amounts"):
        return None
    return replace(reading, certainty=LIKELY)


def _count_if_counted(reading, toks, spec, lex, read_part, text):
    """ "Two, if you count the GP who referred us": at a question that asks how many, the count hangs
    on whether someone counts; when the count without them is another choice, both are offered."""
    counts = lex.state(spec.name).count
    if not counts:
        return None
    own = {s for s, _ in _at(toks, "counted_own")}
    spans = [(s, e) for s, e in _at(toks, "if_counted") if e not in own]  # "if one counts my own ...": counted in (u26a)
    if not spans:
        return None
    from .counting import _number

    inside = {k for start, end in spans for k in range(start, end)}  # "if one counts": that "one" is no count (u26a)
    numbers = [n for k, t in enumerate(toks) if k not in inside and (n := _number(t, lex)) is not None and 0 < n < 20]
    if len(numbers) != 1:
        return None  # "two, not counting him one": both said (loose_ends.py, caution.py)
    top = max(counts)
    with_them, without = counts.get(min(numbers[0], top)), counts.get(min(max(numbers[0] - 1, min(counts)), top))
    if with_them is None or without is None or with_them == without or reading.value not in (with_them, without):
        return None
    return Reading(UNCLEAR, options=(without, with_them), unclear=text)


_AFTER_LEAD = frozenset({",", ".", "-", ";", ":", "!", "like", "maybe", "but", "really", "honestly", "tbh", "exactly", "lol",
                         "for", "sure"})


def _led_by_not_knowing(reading, toks, spec, lex, read_part, text):
    """ "idk like a bunch of people in the ER looked at me": at a pick-one question, the line opens by
    saying the person does not know, then answers anyway; the answer is offered back."""
    ends = [e for s, e in _at(toks[:4], "not_knowing_leads") if s == 0]
    if spec.multi or not ends:
        return None
    after = toks[max(ends) : max(ends) + 1]
    if after and after[0] not in _AFTER_LEAD:
        return None  # "not sure how she will take it, ...": not knowing something else, the answer still to come
    if any(t == "so" and toks[k - 1 : k] in ([","], ["."]) for k, t in enumerate(toks)):
        return None  # "..., so no, not yet": the answer drawn at the end (sequence.conclusion)
    value = reading.value
    if value in ("not_sure", "unsure", "not_said") or value == lex.state(spec.name).dont_know:
        return None
    return replace(reading, certainty=LIKELY)


def _the_other_for_me(reading, toks, spec, lex, read_part, text):
    """ "She would want the gentler one. I think I'd want the other.": one answer for someone, "the
    other" for the speaker; two answers, asked."""
    if spec.multi:
        return None
    for s, e in _at(toks, "the_other"):
        nxt = toks[e : e + 1]
        if nxt and nxt[0] not in _STOPS and nxt[0] not in (",", "one", "plan", "option", "choice", "way"):
            continue  # "the other doctor": a person, no choice
        start = max([k + 1 for k in range(s) if toks[k] in _STOPS | {",", "but"}] + [0])
        if start == 0 or not any(t in ("i", "im", "id", "me", "we", "wed", "my") for t in toks[start:s]):
            continue
        return Reading(UNCLEAR, unclear=text, message="That sounds like two people with different answers. Which answer should I keep?")
    return None


def _two_people(reading, toks, spec, lex, read_part, text):
    """ "he knows the good and bad, i dont", "Pt leans toward X, I lean toward Y": two_people.py."""
    from .two_people import two_people

    return two_people(reading, toks, spec, lex, words(), read_part)


def _only_not_sure(reading, toks, spec, lex, read_part, text):
    """ "better than before but still not sure" at the SURE test: no to one item, offered back (only_not_sure.py)."""
    from .only_not_sure import only_not_sure

    return only_not_sure(reading, toks, spec)


def _held_by_other(reading, toks, spec, lex, read_part, text):
    """ "NONE YET. THE DAUGHTER HAS THEM", "my mom handles that stuff": asked (held_by_other.py)."""
    from .held_by_other import held_by_other

    return held_by_other(reading, toks, spec, lex, words())


def _speaker_first(reading, toks, spec, lex, read_part, text):
    """ "me but my parents r paying": the speaker said first, offered back (speaker_first.py)."""
    from .speaker_first import speaker_first

    return speaker_first(reading, toks, spec, words())


def _look_it_up(reading, toks, spec, lex, read_part, text):
    """ "a letter with some names and a date I think, I'd have to find it": said from memory, offered back."""
    values = reading.value if isinstance(reading.value, list) else [reading.value]
    if not _at(toks, "look_it_up") or reading.dont_know or set(values) <= {spec.none_choice, "not_sure", "unsure", "not_said"}:
        return None
    return replace(reading, certainty=LIKELY)


_BE = frozenset("is are was were does did has have had do can could will would".split())
_DETERMINERS = frozenset("the my his her our their a an".split())


def _said_of_one_not_the_other(reading, toks, spec, lex, read_part, text):
    """ "the GP isn't a specialist, but the surgeon is": what the answer says is said of one and
    its opposite of another ("..., but the surgeon is"); which is meant is asked."""
    for k, t in enumerate(toks[:-2]):
        if t != "but" or toks[k + 1] not in _DETERMINERS:
            continue
        j = k + 2
        while j < len(toks) and j <= k + 5 and toks[j] not in _BE and toks[j].isalpha():
            j += 1
        if j == k + 2 or j >= len(toks) or toks[j] not in _BE:
            continue
        end = j + 1 + (toks[j + 1 : j + 2] == ["not"])
        if end == len(toks) or toks[end] in _STOPS | {","}:
            from .numbers_then_remark import numbers_then_remark  # "4. and my GP isn't a specialist but the gynae is": 4, and the remark kept

            return numbers_then_remark(text, read_part) or \
                Reading(UNCLEAR, unclear=text, message="That says it of one and not of another. Which did you mean?")
    return None


_THEN = (("then",), ("followed", "by"), ("and", "after", "that"), ("after", "that"))


def _later_step_only(reading, toks, spec, lex, read_part, text):
    """ "Neoadjuvant FOLFIRINOX then reassess for surgery": at a pick-one question, a plan in steps
    whose answer was read only from a later step, while the first step is words not understood.
    The first step is what is done now; asked, never the later one stored."""
    from .caution import words as cautions

    if spec.multi or spec.name not in cautions()["first_then_states"]:  # the questions about a plan
        return None
    at = next((k for k in range(1, len(toks)) for p in _THEN if tuple(toks[k : k + len(p)]) == p), None)
    if at is None:
        return None
    first = [t for t in toks[:at] if t.isalpha() and t not in lex.fillers and t not in ("first", "start", "with", "the", "a", "an")]
    if not first:
        return None
    got = read_part(" ".join(toks[:at]))
    if got.value is not None or got.options or got.asked or got.dont_know:
        return None  # the first step is understood: the other checks (sequence.py) decide
    return Reading(UNCLEAR, unclear=text, message="Which is the plan now: the first step, or the later one?")


def _resigned(reading, toks, spec, lex, read_part, text):
    """ "sure as I'll ever be", "ready as I'm going to get": a degree said with resignation; offered back."""
    return replace(reading, certainty=LIKELY) if _at(toks, "resigned") else None


_ASIDES = frozenset("honestly literally really just basically tbh lol well i mean yes yeah".split())


def _all_said_with_some(reading, toks, spec, lex, read_part, text):
    """ "honestly everything, I mean what it is, how bad, how soon, all of it": at a pick-any
    question, a part of the line that is "everything" alone, and only some choices named beside it.
    All of them are offered back; the few named are never stored as the whole answer."""
    if not spec.multi or not isinstance(reading.value, list):
        return None
    ordinary = [c.id for c in spec.choices if c.id not in (spec.none_choice, "not_sure")]
    if not set(reading.value) < set(ordinary):
        return None
    parts, start = [], 0
    for i, t in enumerate(toks + ["."]):
        if t in _STOPS or t in (",", ":", "-"):
            parts.append(tuple(w for w in toks[start:i] if w not in _ASIDES))
            start = i + 1
    alone = [k for k, p in enumerate(parts) if p and p in words()["all_alone"]]
    if not alone:
        return None
    if all(parts[k + 1 : k + 2] and parts[k + 1][:1] in (("except",), ("but",), ("apart",), ("besides",), ("excluding",), ("minus",))
           for k in alone):
        return None  # "all of them, except 8": the exception said right after "all" (choices.py left it out)
    return Reading(LIKELY, ordinary)


def _none_but_a_want(reading, toks, spec, lex, read_part, text):
    """ "none really, i just want another doctor to look at it": at a pick-any question, "none", then
    what the person only wants; that want may be one of the choices itself, so asked."""
    if not spec.multi or reading.value != [spec.none_choice] or not _at(toks, "only_wants"):
        return None
    return Reading(UNCLEAR, unclear=text, message="Is that one of these, or none of them?")


def _added_part(reading, toks, spec, lex, read_part, text):
    """ "1, 2, and also the doctors do not talk", "also something about 30 days": asked (added_parts.py)."""
    from .added_parts import added_part

    return added_part(reading, toks, spec, words(), read_part)


def _tentative(reading, toks, spec, lex, read_part, text):
    """ "..., so two?": a guess put as a question; offered back or asked (tentative.py)."""
    from .tentative import tentative

    return tentative(reading, toks, spec, lex, read_part)


def _said_doubts(reading, toks, spec, lex, read_part, text):
    """ "define checked", "dad isn't sure, ...", "some days 1, some days none", "..., now ...": said_doubts.py."""
    from . import said_doubts as said

    return (said.day_to_day(reading, toks, words()) or said.then_and_now(reading, toks, spec, read_part)
            or said.word_in_doubt(reading, toks, words()) or said.others_not_knowing(reading, toks, spec, lex, words())
            or said.asked_without_mark(reading, toks, spec, lex, text) or said.hedge_lead(reading, toks, spec, words())
            or said.echoed_instruction(reading, toks, spec, words()))


def _count_parts(reading, toks, spec, lex, read_part, text):
    """ "5 of them over the years but on this just the one", "only the first doctor, the surgeon": count_parts.py."""
    from .count_parts import count_parts

    return count_parts(reading, toks, spec, lex, read_part)
