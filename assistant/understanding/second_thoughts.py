"""More of the second look before storing (caution.py): kinds first seen in round 9.

  "..., does that count" / "roughly how much ...?"     a question, never an answer
  "hard to tell", "I wasn't there, my brother went"    not knowing
  "a month or two", "this week or next"                a span over two time bands: asked which
  "soon but not say exact", "I'm already late"         no time known, or a time gone: asked
  "getting worse but slowly, over months"              a choice that says "fast", said slow: asked
  "I'm sure. Pretty much. I think."                    a hedge after the answer: offered back
  "crohns 8 yrs / on humira / still flaring"           a story: the part told last decides
  "leaning toward another opinion but money is tight"  a leaning with a reason against: offered
  "same as before" at the second ask                   asked which, never "None"
  "they agree on everything except when to do it"      the part after "except" differs
  "mom want strong, dad want easy"                     two people disagree: asked
  "the first one" at the second doctor's questions     offered back
  "a bit more sleepy than usual" at the child's list   the sign asked about, never stored
  "a senior in high school", "one is 2, the other 14"  an age on a border, two ages: asked

The words are data: dialogues/second_thoughts.yaml.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from .asking import answer_question, has_phrase
from .matching import find_hits
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, parts_between, tokens
from .second_thoughts_words import FILE, _ask, _find, _has, _offer, _phrases, _quote, _states, words  # noqa: F401 - shared with second_thoughts_any
from . import second_thoughts_any as _any  # pick-any shapes, ages, contacts: a module of their own

_CUTS = (".", ",", ";", "!", "?", "/", "-")


# -- questions and not knowing ------------------------------------------------------------------

def asks_if_it_counts(reading, toks, line, spec, lex):
    """ "I think so? the nurse called me back, does that count", "not sure it counts as insurance"."""
    if reading.asked or reading.dont_know or not _has(toks, "counts_asks"):
        return None
    from .doubts import dont_know_choice

    ends = [e for s, e in _find(toks, words()["counts_asks"])]
    named = any(toks[e : e + 1] in (["as"], ["for"], ["toward"], ["towards"]) for e in ends)  # "... counts as insurance": asked about a word
    if not named and reading.value is not None and reading.value in (dont_know_choice(spec, lex), [dont_know_choice(spec, lex)]):
        return None  # "there is an xray but I don't know if it counts": "Not sure" is the answer
    from .counted_part import counted_part  # "he has diabetes, and the doc is not a surgeon so idk if that counts"
    from .read import read

    kept = counted_part(toks, spec, lambda rest: read(rest, spec, lexicon=lex))
    if kept is not None:
        return kept
    return answer_question(clean(line), toks, spec, lex)


def lead_in_question(reading, toks, line, spec, lex):
    """ "roughly how much does a second opinion cost without insurance?": a question after a word
    that does not change it."""
    if reading.asked or not toks or toks[-1] != "?":
        return None
    part = toks[: toks.index("?")]
    starts = {p[0] for p in lex.asking_starts if len(p) == 1}
    moved = True
    while part and moved:
        moved = False
        for p in sorted(words()["question_lead_ins"], key=len, reverse=True):
            if tuple(part[: len(p)]) == p:
                part, moved = part[len(p) :], True
                while part and part[0] in (",", "-", ":"):
                    part = part[1:]
                break
    if len(part) >= 3 and part != toks[: toks.index("?")] and (part[0] in starts or part[0] in _WH):
        return answer_question(clean(line), toks, spec, lex)
    return None


_WH = {"how", "what", "whats", "why", "when", "where", "who", "which", "is", "are", "does", "do", "can", "could", "should", "will", "would"}


def not_knowing(reading, toks, line, spec, lex):
    """ "hard to tell honestly", "I can't tell if she's breathing harder or ...": not knowing,
    when nothing is picked, or every pick is inside the doubt ("... if ...")."""
    if reading.dont_know or reading.asked or reading.certainty == SURE and reading.value is not None and not _inside_doubt(toks, spec, lex):
        return None
    found = _find(toks, words()["not_knowing"])
    if not found:
        return None
    if any(h.start < found[0][0] and h.strength == 3 for h in find_hits(toks, spec, lex)):
        return None  # "they found a mass and don't know if it's cancer": the answer comes first
    if reading.value and not _inside_doubt(toks, spec, lex):
        return None
    if reading.options and not _inside_doubt(toks, spec, lex):
        return None
    elsewhere = spec.name in _states("elsewhere_states") or not any(
        has_phrase(toks, p) for p in words()["not_knowing"] if p[0] in ("wasnt", "was", "werent", "were", "i", "not", "missed"))
    if not elsewhere:
        return None
    return Reading(UNCLEAR, dont_know=True)


def _inside_doubt(toks, spec, lex) -> bool:
    """Every named pick comes after "not sure if", "can't tell whether", "don't know what"."""
    spans = [(s, e) for s, e in _find(toks, words()["not_knowing"]) if e < len(toks) and (toks[e],) in words()["doubt_scope"]]
    if not spans:
        return False
    first = spans[0][1]
    if any(t.isascii() and t.isdigit() and 1 <= int(t) <= len(spec.choices) for t in toks[: spans[0][0]]):
        return False  # "2, 8 and 9 for sure. maybe 1 idk if pre cancer counts": picks by number come first
    said = _find(toks, words()["not_knowing"])  # "not sure if its covered": the words of not knowing name no pick
    hits = [h for h in find_hits(toks, spec, lex) if h.strength == 3 and not any(s <= h.start and h.end <= e for s, e in said)]
    return bool(hits) and all(h.start > first for h in hits)


# -- times ------------------------------------------------------------------------------------

def _band(days: float, t: dict) -> str:
    if days <= t["days"]:
        return "days"
    if days < t["weeks_from"]:
        return "between"
    return "weeks" if days <= t["weeks"] else "months"


def _number(tok: str, lex) -> float | None:
    if re.fullmatch(r"[0-9]{1,3}(\.[0-9])?", tok):
        return float(tok)
    return lex.numbers.get(tok)


def time_span(reading, toks, line, spec, lex):
    """ "a month or two", "2 or 3 weeks", "this week or next": two ends in two bands, asked."""
    t = lex.state(spec.name).time
    if not t or reading.certainty not in (SURE, LIKELY) or reading.value not in ("days", "weeks", "months"):
        return None
    units = lex.time_units
    from .timewords import read_times

    toks = [t for t in toks if t != ","]  # "a month, maybe two"

    for i, tok in enumerate(toks):
        if (tok,) not in words()["span_joins"] or i == 0 or i + 1 >= len(toks):
            continue
        low = high = None
        if toks[i - 1] in units:  # "a month or two", "this week or next"
            unit = units[toks[i - 1]]
            before = [w for w in read_times(toks[:i], lex, date.today()) if w.end == i and not w.no_rush]
            if not before:
                continue
            low = before[-1].days
            after = toks[i + 1 :]
            nxt = next((p for p in sorted(words()["span_next"], key=len, reverse=True) if tuple(after[: len(p)]) == p), None)
            num = _number(after[0], lex)
            if num is not None:
                more = units.get(after[1], unit) if len(after) > 1 else unit
                high = num * more
            elif nxt is not None:  # "this week or next": to the end of next week; "next week or the one after"
                high = 2 * unit - 1 if toks[i - 2 : i - 1] == ["this"] else low + unit
        elif _number(toks[i - 1], lex) is not None and i + 2 < len(toks) and _number(toks[i + 1], lex) is not None and toks[i + 2] in units:
            unit = units[toks[i + 2]]
            low, high = _number(toks[i - 1], lex) * unit, _number(toks[i + 1], lex) * unit
        if low is None or high is None or high <= low:
            continue
        a, b = _band(low, t), _band(high, t)
        if a != b:
            options = tuple(dict.fromkeys(x for x in (a, b) if x != "between")) or ("days", "weeks")
            if a == "between" or b == "between":
                options = tuple(dict.fromkeys(("days", "weeks") if "days" in (a, b) or a == "between" else ("weeks", "months")))
            return _ask(line, f"{_quote(line)} spans two of these. Which is closer?", options)
    return None


def vague_or_past_time(reading, toks, line, spec, lex):
    """ "Dad doctor say need decide soon but not say exact": no time known; "yesterday lol, I'm
    already late", "it was due last week": a time gone. Either way, asked."""
    if not lex.state(spec.name).time or reading.certainty != SURE or reading.value not in ("days", "weeks", "months"):
        return None
    if _has(toks, "already_past"):
        return _ask(line, f"{_quote(line)}: it sounds like that date has passed. How soon do you need to decide now?")
    if _has(toks, "not_exact"):
        return _ask(line, f"{_quote(line)}: no exact time yet. Is it likely within days, or a few weeks?", ("days", "weeks"))
    return None


# -- pick-one shapes ----------------------------------------------------------------------------

def slow_not_fast(reading, toks, line, spec, lex):
    """ "it's getting worse but slowly, over months": the choice says "fast"."""
    table = words()["slow_against"].get(spec.name)
    if not table or reading.certainty == UNCLEAR or reading.value != "".join(table[0]) or not _has(toks, "slow_words"):
        return None
    return _ask(line, f"{_quote(line)}: getting worse fast, or slowly over a long time?", tuple("".join(p) for p in table))


def latest_wins(reading, toks, line, spec, lex):
    """ "crohns 8 yrs / on humira 6mo / still flaring": several situations named as a story; the
    part told last decides when it is one of these. "He did not express any view on his level of
    certainty": saying nothing, said first, takes in the degree named after it (first_wins)."""
    if spec.multi or reading.certainty == SURE:
        return None
    if reading.unclear and reading.unclear != clean(line):
        toks = tokens(reading.unclear)  # read in other words ("yrs" is "years"): the hits of those words
    hits = [h for h in find_hits(toks, spec, lex) if h.strength == 3 and not h.negated]
    for key, pick in (("latest_wins", max), ("first_wins", min)):
        table = words()[key].get(spec.name)
        if not table or len(hits) < 2:
            continue
        edge = pick(hits, key=lambda h: (h.start, h.end))
        others = {h.choice for h in hits if h.choice != edge.choice}
        if edge.choice not in table or not others or not others <= {"".join(p) for p in table[edge.choice]}:
            continue
        if key == "latest_wins" and any(h.start >= edge.start and h.choice != edge.choice for h in hits):
            continue
        if key == "first_wins" and any(h.start <= edge.start and h.choice != edge.choice for h in hits):
            continue
        return Reading(SURE, edge.choice, note=clean(line) if key == "latest_wins" else "")
    return None


def leaning_but(reading, toks, line, spec, lex):
    """ "honestly leaning toward another opinion but money is tight": a leaning, then a reason
    against: offered back."""
    if spec.multi or reading.certainty != SURE or reading.value is None or "but" not in toks:
        return None
    cut = len(toks) - 1 - toks[::-1].index("but")
    if not any(has_phrase(toks[:cut], p) for p in words()["leanings"]) or not any(has_phrase(toks[cut:], p) for p in words()["against"]):
        return None
    return _offer(replace(reading, note=""))


def disagreeing(reading, toks, line, spec, lex):
    """ "Parents not agree, mom want strong, dad want easy": two people, two answers: asked."""
    if spec.name not in _states("disagree_states") or not _has(toks, "disagreeing"):
        return None
    chosen = {h.choice for h in find_hits(toks, spec, lex) if h.strength == 3 and not h.negated}
    if reading.certainty == UNCLEAR and not reading.value:
        return None
    if chosen == {reading.value} and _doctors_named(toks, lex):
        return None  # "lets get the second opinion, my physio and surgeon dont agree": the doctors' disagreement is the reason
    options = tuple(sorted(chosen)) if len(chosen) >= 2 else ()
    return _ask(line, f"{_quote(line)}: they do not agree. Which way are you leaning for now?", options)


def _doctors_named(toks, lex) -> bool:
    """A doctor named in the line ("surgeon", "my GP", "the pulmonologist"): by the lexicon or by the form of the word."""
    from .counting import by_form
    from .lexicon import fold

    return any(fold(t) in lex.doctors or by_form(t) for t in toks)


def like_the_first(reading, toks, line, spec, lex):
    """ "the first one" at the second doctor's questions: choice 1, or the same as the first doctor?"""
    if spec.name not in _states("second_doctor_states") or reading.certainty != SURE:
        return None
    core = tuple(t for t in toks if t not in _CUTS)
    if core not in words()["like_first"]:
        return None
    return _offer(reading)


# -- pick-any shapes ----------------------------------------------------------------------------

def hedge_after(reading, toks, line, spec, lex):
    """ "I'm sure. Pretty much. I think.": a hedge on its own after the answer, offered back."""
    if spec.name not in _states("hedge_states") or reading.certainty == LIKELY or not reading.value or (reading.value,) in words()["hedge_keeps"]:
        return None  # "reasonably confident, I would say": a hedge on Fairly sure is still Fairly sure
    parts = [tuple(toks[s:e]) for s, e in parts_between(toks, _CUTS)]
    hedges = words()["after_hedges"]
    from .questioned_item import questioned_item  # "I have support. sure? kinda": support kept, "sure? kinda" asked (helper u23b)

    if (questioned := questioned_item(reading, toks, spec, lex, hedges)) is not None:
        return questioned
    said = [p for p in parts[1:] if p in hedges or (p[1:] in hedges and p[0] in ("but", "well", "or", "and", "so"))]
    if reading.certainty == UNCLEAR and not set(tokens(reading.unclear)) <= {t for p in said for t in p}:
        return None  # something else was not understood: that is asked about
    if len(parts) >= 2 and said:
        # "I feel sure now, more or less": the hedge, not "less", is what was left over
        return replace(reading, certainty=LIKELY, unclear="", message="")
    return None


FIRST = (asks_if_it_counts, lead_in_question, not_knowing, slow_not_fast)

ORDER = (time_span, vague_or_past_time, latest_wins, leaning_but, disagreeing, like_the_first, hedge_after) + _any.ORDER
