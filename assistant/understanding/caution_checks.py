"""The checks of the second look (caution.py), in the order they are tried.

Each takes (reading, tokens, line, question, lexicon) and returns a less sure reading, a reading
with picks taken out that the line says are not known or not had, or None (no reason to doubt).
"""

from __future__ import annotations

from dataclasses import replace

from .asking import answer_question, has_phrase, heads
from .caution import _at, _has, ask, clauses, offer, words
from .matching import find_hits
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .twosided import between_numbers
from .text import capital_first

_FILLERS = {"hmm", "hm", "hmmm", "um", "umm", "uh", "ok", "okay", "so", "well", "oh", "and", "but", "sorry", "wait", "just", "quick",
            "question", "also", "then", "lol", "ah", "ahh", "right"}
_ASKING = {"is", "are", "does", "do", "did", "would", "could", "can", "will", "should", "isnt", "doesnt", "whats", "what", "how", "why",
           "who", "where", "which", "am", "was", "were", "has", "have", "shall", "wouldnt", "cant", "arent"}
_ABOUT_IT = {"count", "counts", "same", "mean", "means", "matter", "qualify", "qualifies", "apply", "applies", "enough", "ok", "okay"}
_HEDGE_ONLY = {("maybe",), ("possibly",), ("perhaps",), ("could", "be"), ("might", "be"), ("maybe", "not"), ("maybe", "yes"),
               ("you", "pick"), ("you", "choose"), ("you", "decide")}


def question_inside(reading, toks, line, spec, lex):
    """ "hmm is 'no set date' the same as no rush?", "a video call on Friday, does that count?":
    a part of the line asks something; a question is never an answer."""
    if "?" not in toks or reading.dont_know:
        return None
    start = 0
    for i, t in enumerate(toks):
        if t in (".", "!", ",", ";"):
            start = i + 1
        elif t == "?":
            part = toks[start:i]
            while part and part[0] in _FILLERS:
                part = part[1:]
            # Asked first, or asked about the answer itself ("..., does that count?"); "none, why
            # do you ask?" answers, then asks something else.
            if len(part) >= 3 and part[0] in _ASKING and (not toks[:start] or any(t in _ABOUT_IT for t in part)):
                return answer_question(clean_line(line), toks, spec, lex)
            start = i + 1
    return None


def clean_line(line: str) -> str:
    from .text import clean

    return clean(line)


def two_people(reading, toks, line, spec, lex):
    """ "both really, me and my wife": the question asks whose decision it is, and the line says two."""
    if not lex.state(spec.name).people or reading.value not in ("patient", "caregiver") or reading.certainty != SURE:
        return None
    for s, e in _at(toks, "both_people"):
        if toks[s:e] == ["both"] and e < len(toks) and (toks[e],) in words()["both_of_others"]:
            continue  # "both my parents": two other people
        if toks[e - 1] in ("also", "too", "well") and e < len(toks) and toks[e] not in (",", ".", "!", ";", "?", "and"):
            continue  # "for my husband. he no speak english good, me also little": "also" said of what follows (a journey, 2026-12-05)
        return ask(line, "Is this for you, for someone else, or for you both?", ("patient", "caregiver"))
    if _self_and_other(toks, lex):
        return ask(line, "Is this for you, for someone else, or for you both?", ("patient", "caregiver"))
    return None


_SELF = {"me", "myself", "i", "im"}


def _self_and_other(toks, lex) -> bool:
    """ "myself and my brother", "me, but my husband too": the person and someone else, said as
    the answer; not "me and my wife want it for our son" (a third person after "for")."""
    if any(t in ("for", "our") for t in toks[1:]) and toks[0] in _SELF | {"my"}:
        return False
    person = [i for i, t in enumerate(toks) if (t,) in lex.people]
    if not person:
        return False
    for i, t in enumerate(toks):
        if t not in _SELF or (t == "i" and toks[i + 1 : i + 2] not in ([","], ["."], [])):
            continue
        near = toks[max(0, i - 4) : i + 5]
        if "and" in near and any(abs(p - i) <= 4 for p in person) and ("my" in near or "his" in near or "her" in near):
            return True
        if any(p > i for p in person) and toks[-1] in ("too", "also", "aswell") or has_phrase(toks, ("as", "well")) and any(p > i for p in person):
            return True
    return False


def bare_between(reading, toks, line, spec, lex):
    """ "between 1 and 2" at a question about time: 1 and 2 what? Asked."""
    sw = lex.state(spec.name)
    core = [t for t in toks if t not in (",", ".", "!", "?")]
    two = len(core) in (3, 4) and core[-3].isdigit() and core[-2] in ("or", "-", "to") and core[-1].isdigit()  # "either 3 or 4", "3-4"
    if not (sw.time or sw.time_means) or not (between_numbers(toks) or two) or reading.certainty not in (SURE, LIKELY):
        return None
    if any(t in lex.time_units for t in toks) or any(t in lex.months for t in toks):
        return None
    return ask(line, f'"{clean_line(line)}": days, weeks or months?')


def guessed_time(reading, toks, line, spec, lex):
    """ "so like a month?": a time said as a guess, offered back for a Yes."""
    sw = lex.state(spec.name)
    if not sw.time or reading.certainty != SURE or not toks or toks[-1] != "?":
        return None
    return offer(reading)


def hoped_time(reading, toks, line, spec, lex):
    """ "hopefully soon" where the question is whether a time to decide is known: none is."""
    sw = lex.state(spec.name)
    if not sw.time_means or reading.value != sw.time_means or reading.certainty != SURE:
        return None
    if not _has(toks, "vague_times") or any(t.isdigit() for t in toks) or any(t in lex.months or t in lex.weekdays for t in toks):
        return None
    if _has(toks, "hopes") or len([t for t in toks if t.isalpha()]) <= 3:
        return ask(line, "Is there a point when you will decide, like a test result or a date?")
    return offer(reading)


def wish_beside_no_deadline(reading, toks, line, spec, lex):
    """ "no deadline but id like it done before jan 1": a wish beside no date; which is the answer?"""
    sw = lex.state(spec.name)
    if not sw.time or reading.certainty != SURE or reading.value in ("no_deadline", "not_sure", None):
        return None
    if not any(has_phrase(toks, p) for p in lex.time_no_rush) or not _has(toks, "wishes"):
        return None
    return ask(line, "Is that a date you must keep, or one you would like?", ("no_deadline", reading.value))


def unknown_then_time(reading, toks, line, spec, lex):
    """ "idk, they said they want to operate soon": the person does not know; the time is someone
    else's wish. Offered as the question's own "Not sure", the rest kept as a note, never stored as a time."""
    if not lex.state(spec.name).time or reading.certainty != SURE or reading.value not in ("days", "weeks", "months"):
        return None
    from .doubts import dont_know_choice, unsure_lead

    lead, unsure = unsure_lead(toks, lex) or int(toks[:1] in (["idk"], ["dunno"], ["idunno"], ["unsure"])), dont_know_choice(spec, lex)
    if not lead or not unsure or lead >= len(toks) or toks[lead] not in (",", ".", ";", ":", "-", "but"):
        return None
    rest = clean_line(" ".join(toks[lead + 1 :]))
    return Reading(LIKELY, unsure, note=capital_first(rest))


def doubted_report(reading, toks, line, spec, lex):
    """ "he says he'll decide after Christmas, but he said that last year", "I'd like to say yes
    but ...", "there was talk of a scan, but nobody's booked it": an answer taken back after 'but'."""
    ids = {c.id for c in spec.choices}
    if spec.multi or not {"yes", "no"} <= ids or reading.certainty != SURE or reading.value not in ("yes", "no") or "but" not in toks:
        return None
    b = toks.index("but")
    before, after = toks[:b], [t for t in toks[b + 1 :] if t.isalnum()]
    if len(after) < 2:
        return None
    if _has(before, "wished_answers"):
        return ask(line, f'"{clean_line(line)}" seems to say two things.')
    if reading.value != "yes":
        return None
    starts_yes = (toks[0],) in heads(lex.yes).members or tuple(toks[:2]) in heads(lex.yes).members
    if _has(before, "reported") and not starts_yes:
        return ask(line, f'"{clean_line(line)}" seems to say two things.')
    if not starts_yes and _has(after, "taken_back"):
        return ask(line, f'"{clean_line(line)}" seems to say two things.')
    return None


def _hits_in(toks, spec, lex, value, span):
    return [h for h in find_hits(toks, spec, lex) if span[0] <= h.start < span[1] and h.choice in value and not h.negated]


def unknown_parts(reading, toks, line, spec, lex):
    """ "Deadline 12/20. List: have it. Form: unknown.": a part said not to be known is no pick."""
    if spec.name not in words()["knowing_states"] or not isinstance(reading.value, list) or reading.certainty != SURE:
        return None
    out = set()
    for span in clauses(toks, (",", "but", "though", "although")):
        part = toks[span[0] : span[1]]
        if _has(part, "unknown"):
            out |= {h.choice for h in _hits_in(toks, spec, lex, reading.value, span) if h.choice not in (spec.none_choice, "not_sure")}
    if not out:
        return None
    kept = [c for c in reading.value if c not in out]
    if not kept:
        return ask(line, "Which of these do you know already?")
    return replace(reading, value=kept)


def wanting_parts(reading, toks, line, spec, lex):
    """ "she wants more advice": at a question about what a person has, wanting more is not having it;
    "i feel more sure": said partly, asked about."""
    if spec.name not in words()["having_states"] or not isinstance(reading.value, list) or reading.certainty != SURE:
        return None
    hits = [h for h in find_hits(toks, spec, lex) if h.choice in reading.value and not h.negated]
    wants = _at(toks, "wanting")
    out = {h.choice for h in hits if any(e <= h.start <= e + 3 and "," not in toks[e : h.start] for _, e in wants)}
    kept = [c for c in reading.value if c not in out]
    if out and not kept:
        return ask(line, "What do you have already?")
    partly = _at(toks, "partly")
    soft = [h for h in hits if h.choice in kept and any(e <= h.start <= e + 3 and not {",", ".", "and", "but"} & set(toks[e : h.start])
                                                          and _has(toks[e : h.end], "degrees") for _, e in partly)]
    if soft:  # "more confident now", "somewhat clearer on what matters": said partly; asked, the rest kept
        first = soft[0]
        parts = clauses(toks, (",", "and", "but", "&", "n"))
        s, e = next((c for c in parts if c[0] <= first.start < c[1]), (first.start, first.end))
        e = max(e, next((c[1] for c in parts if c[0] <= first.end - 1 < c[1]), e))  # "kinda know the pros and cons of X": the choice's words whole
        rest = [c for c in kept if c not in {h.choice for h in soft}]
        return Reading(UNCLEAR, rest or None, unclear=" ".join(t for t in toks[s:e] if t.isalnum()))
    used = {i for h in hits if h.choice in kept for i in range(h.start, h.end)}
    for s, e in clauses(toks, (",", "and", "but", "&", "n")):
        part = toks[s:e]
        if not used & set(range(s, e)) and _has(part, "partly") and _has(part, "degrees") and not _has(part, "wanting") and len([t for t in part if t.isalpha()]) >= 2:
            return Reading(UNCLEAR, kept or None, unclear=" ".join(t for t in part if t.isalnum()))
    return replace(reading, value=kept) if out else None


def _places(toks, lex, last: int = 0):
    """Places in the list said as words: (index, number) for "the second", "the fourth one"."""
    from .positions import _position

    def place(i: int) -> bool:  # "the second but also the fourth": a place, then a turn
        return toks[i - 1 : i] == ["the"] and toks[i + 1 : i + 2] in (["but"], ["though"], ["too"], ["also"], ["maybe"])

    found = [(i, int(lex.ordinals[t])) for i, t in enumerate(toks) if t in lex.ordinals and t != "top" and (_position(toks, i, lex) or place(i))]
    return found + [(i, last) for i, t in enumerate(toks) if last and t in lex.last_words and _position(toks, i, lex)]


def negated_place(reading, toks, line, spec, lex):
    """ "not the first one": the others are left; which one? Asked."""
    if spec.multi or len(spec.choices) < 3 or reading.certainty != SURE:
        return None
    for i, n in _places(toks, lex, len(spec.choices)):
        before = [t for t in toks[max(0, i - 3) : i] if t != "the"]
        if before and before[-1] in ("not", "no", "except", "but") and 1 <= n <= len(spec.choices):
            rest = tuple(c.id for k, c in enumerate(spec.choices, 1) if k != n)
            return ask(line, "Which one did you mean?", rest[:3])
    return None


def two_places(reading, toks, line, spec, lex):
    """ "kind of the second but also the fourth" at a pick-one question: two places; which one?"""
    if spec.multi or reading.certainty != SURE:
        return None
    places = sorted({n for _, n in _places(toks, lex) if 1 <= n <= len(spec.choices)})
    if len(places) < 2 or any((t in lex.numbers and t not in lex.ordinals) or t.isdigit() for t in toks):  # "two doctor, first and second": a count
        return None
    return ask(line, "Which one did you mean?", tuple(spec.choices[n - 1].id for n in places[:3]))


def softened_place(reading, toks, line, spec, lex):
    """ "mostly the second thing" at a pick-any question: mainly that one, and maybe others? Asked."""
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list) or len(reading.value) != 1:
        return None
    places = _places(toks, lex)
    if len(places) == 1 and any(has_phrase(toks[: places[0][0]], p) for p in lex.softeners + words()["leaning"]):
        return ask(line, "Only that one, or others too? Type their numbers.")
    return None


def dont_know_not_none(reading, toks, line, spec, lex):
    """ "no idea about any of these": not knowing, never "None of these"."""
    if not spec.multi or reading.value != [spec.none_choice] or reading.certainty != SURE or spec.name in words()["knowing_states"]:
        return None
    if not any(has_phrase(toks, p) for p in lex.not_sure if p not in _HEDGE_ONLY):
        return None
    from .doubts import dont_know_choice

    unsure = dont_know_choice(spec, lex)
    return Reading(SURE, [unsure]) if unsure else Reading(UNCLEAR, dont_know=True)


def doubted_last(reading, toks, line, spec, lex):
    """ "1, not sure about 2": the picks kept, the doubted one offered back by name (doubted_last.py, helper u22a)."""
    if not spec.multi or reading.options or reading.add_question:
        return None
    from .doubted_last import doubted_last as _doubted_last
    from .read import read

    return _doubted_last(line, spec, lambda part: read(part, spec, lexicon=lex))


def dont_know_remark(reading, toks, line, spec, lex):
    """ "honestly can't tell from the table": not knowing, said with a remark and no choice named."""
    if reading.certainty != UNCLEAR or reading.value or reading.options or reading.dont_know or "?" in toks:
        return None
    if not any(has_phrase(toks, p) for p in lex.not_sure if p not in _HEDGE_ONLY) or any(h.strength == 3 for h in find_hits(toks, spec, lex)):
        return None
    from .doubts import dont_know_choice

    unsure = dont_know_choice(spec, lex)  # the question's own "Not sure", where it has one, when said first
    if unsure and any(tuple(toks[: len(p)]) == p for p in lex.not_sure if p not in _HEDGE_ONLY):
        return Reading(SURE, [unsure] if spec.multi else unsure, note=clean_line(line) if not spec.multi else "")
    return Reading(UNCLEAR, dont_know=True)


def unsure_count(reading, toks, line, spec, lex):
    """ "I'm not sure how to count them, a bunch of residents": the pick after a doubt, offered."""
    if reading.certainty != SURE or spec.multi or not reading.value:
        return None
    from .doubts import dont_know_choice

    if reading.value == dont_know_choice(spec, lex) or "," not in toks:
        return None
    head = toks[: toks.index(",")]
    lead = any(has_phrase(head, p) for p in lex.not_sure if p not in _HEDGE_ONLY)
    if lead and any(t in ("how", "what", "which", "whether", "if", "who", "when", "where") for t in head):
        return offer(reading)
    return None


def runs_into(reading, toks, line, spec, lex):
    """ "one doctor did not see biopsy report": the records choice takes in the report it names."""
    table = (words().get("runs_into") or {}).get(spec.name)
    if not table or not isinstance(reading.value, list) or reading.certainty != SURE:
        return None
    hits = find_hits(toks, spec, lex)
    out = set()
    for h in hits:
        if h.choice in table and h.choice in reading.value:
            out |= {o.choice for o in hits if o.choice in table[h.choice] and h.end <= o.start <= h.end + 2}
    others = {o.choice for o in hits if o.choice in out and not any(o.start <= h.end + 2 and o.start >= h.end for h in hits if h.choice in table)}
    out -= others
    return replace(reading, value=[c for c in reading.value if c not in out]) if out else None


from .echoes import echoed_leftover  # noqa: E402 - a check of its own module

from .sequence import conclusion, first_then, instead_of  # noqa: E402
from .leading_ack import opener_then_answer  # noqa: E402 - ut15's journeys
from .past_time import time_gone_by  # noqa: E402 - ut15's journeys

from . import second_thoughts as _more  # noqa: E402 - kinds first seen in round 9
from . import third_thoughts as _third, third_thoughts_one as _third_one  # noqa: E402 - kinds first seen in rounds 10 and 11
from . import sure_of as _sure_of  # noqa: E402 - the SURE test: sure of something else (issue t3)

ORDER = (doubted_last,) + _third.FIRST + _more.FIRST + (conclusion, opener_then_answer, time_gone_by, instead_of, first_then, question_inside, two_people, bare_between, guessed_time, hoped_time, wish_beside_no_deadline, unknown_then_time, doubted_report,
         *_sure_of.ORDER, unknown_parts, wanting_parts, negated_place, two_places, softened_place, dont_know_not_none, dont_know_remark, unsure_count, runs_into, echoed_leftover) + _more.ORDER + _third_one.ORDER
