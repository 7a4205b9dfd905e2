"""More of the second look before storing, kinds first seen in rounds 10 and 11 (third_thoughts.py):
the checks at pick-one questions, and what a line says against its own pick.

  "A urologist, I think, ... I really couldn't say"  not knowing said last: asked or offered back
  "the third" at a question about time  the third choice, or the 3rd of the month? asked
  "quite certain", a bare "sure"        at the doctor's how-sure questions: offered back
  "whatever gets me back working"       a goal, not a pick: asked
  "not sure if its covered"             not knowing whether a choice holds: "I don't know"
  "something with the scan"             offered back
  "I told the nurse, not the doctor"    asked
  "we have an appt thursday"            at "has a doctor checked": not yet, the day kept
  "not really" to the emergency list    offered back
  "no second opinion"                   leaves two choices: asked which
  "Two. My GP and a professor"          a count said first, counted another way: asked
  "no deadline, next MRI in 6 months"   No set date offered back
  "he says he is sure, but I don't think ..."  what someone else says, doubted: asked

The words are data: dialogues/third_thoughts.yaml.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .asking import has_phrase
from .matching import find_hits
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens
from .third_thoughts import _has, _parts, either_in_list, hedged_part, intensifier, modifier_noun, other_test, softened_pick, words, words_raw


def late_not_knowing(reading, toks, line, spec, lex):
    """ "A urologist, I think, though he might also be the one who operates, I really couldn't say":
    not knowing said last undoes the pick: offered back."""
    if spec.multi or reading.certainty == UNCLEAR or reading.value is None or reading.asked:
        return None
    parts = _parts(toks)
    if len(parts) < 2:
        return None
    start, end, _ = parts[-1]
    if not _has(toks[start:end], "late_not_knowing") or reading.value in ("not_sure", "unsure", "not_said"):
        return None
    label = next((c.label.lower() for c in spec.choices if c.id == reading.value), "")
    if any(w in label for w in ("not clear", "unclear", "not sure", "no clear", "not know")):
        return None  # "lymphoma but they can't say which kind yet": not knowing is the choice itself
    if any(h.start >= start and not h.negated and h.strength == 3 for h in find_hits(toks, spec, lex)):
        return None  # the last part names the answer itself
    unsure = next((c.id for c in spec.choices if c.id in ("not_sure", "unsure", "not_said") and c.id != reading.value), None)
    if unsure:  # "..., I really couldn't say": the pick, or "Not sure"? asked
        return Reading(UNCLEAR, None, unclear=clean(line), options=(reading.value, unsure))
    return replace(reading, certainty=LIKELY)


def place_or_date(reading, toks, line, spec, lex):
    """ "the third" at a question about time: the third choice, or the 3rd of the month?"""
    if spec.name not in words()["date_states"] or reading.certainty != SURE or reading.asked:
        return None
    core = [t for t in toks if t not in (".", "!", ",")]
    if core[:1] == ["the"]:
        core = core[1:]
    if not core or not (core[0] in lex.ordinals or re.fullmatch(r"[0-9]{1,2}(st|nd|rd|th)", core[0])):
        return None
    if len(core) == 1 and not core[0].isalpha() and lex.state(spec.name).time:
        return None  # "the 4th" alone at the deadline question: a date (round 9), read as the reader read it
    place = lex.ordinals.get(core[0]) or int(re.match(r"[0-9]+", core[0]).group())
    if not 1 <= place <= len(spec.choices):
        return None
    rest = tuple(core[1:])
    by_place = spec.choices[place - 1].id
    if rest and any(rest[: len(p)] == p for p in words()["place_words"]):
        if reading.value != by_place:  # "the 4th one": the place, never a date
            return Reading(SURE, by_place)
        return None
    if rest:
        return None
    if reading.value == by_place:
        other = None
    else:
        other = reading.value
    opts = tuple(o for o in (by_place, other) if o)
    return Reading(UNCLEAR, None, unclear=clean(line), options=opts if len(opts) > 1 else (),
                   message=f'By "{clean(line)}", did you mean choice {place}, or a date?')


def degree_doubt(reading, toks, line, spec, lex):
    """ "quite certain", a bare "sure": very sure or fairly sure? offered back. "mod. confident": fairly."""
    if spec.name not in words()["degree_states"] or reading.asked:
        return None
    core = [t for t in toks if t not in (".", ",")]
    shorts = words_raw().get("degree_abbreviations") or {}
    if len(core) == 2 and core[0] in shorts and (core[1],) in words()["degree_heads"]:
        return Reading(SURE, str(shorts[core[0]]))  # "mod. confident"
    if reading.certainty != SURE or reading.value != "sure":
        return None
    core = tuple(t for t in toks if t not in (".", "!", ","))
    if core in words()["bare_degree"] or _has(toks, "unsure_degree") and len(core) <= 6:
        return replace(reading, certainty=LIKELY)
    return None


def whatever_goal(reading, toks, line, spec, lex):
    """ "whatever gets me back working": a goal, not one of the choices: asked."""
    if spec.name not in words()["whatever_states"] or reading.certainty != SURE or not toks:
        return None
    if any(h.choice == reading.value and h.strength == 3 for h in find_hits(toks, spec, lex)):
        return None  # "whatever gives me the most time": the goal names the choice
    if not any(tuple(toks[: len(p)]) == p for p in words()["whatever"]) or len(_parts(toks)) > 1:
        return None  # "whatever gives her the best chance, side effects don't matter": the rest decides
    return Reading(UNCLEAR, None, unclear=clean(line), message=f'"{clean(line)}": which of these comes closest?')


def doubt_about_pick(reading, toks, line, spec, lex):
    """ "not sure if its covered", "no idea whether they count": not knowing whether a choice holds,
    said of the choice itself: "I don't know", never the pick its words give."""
    if spec.multi or reading.certainty != SURE or reading.value is None or reading.asked:
        return None
    from .second_thoughts import _find, words as more

    said = [(s, e) for s, e in _find(toks, more()["not_knowing"]) if e < len(toks) and toks[e] in ("if", "whether", "wether")]
    if not said or said[0][0] > 1:
        return None
    start = said[0][1]
    hits = [h for h in find_hits(toks, spec, lex) if not any(s <= h.start and h.end <= e for s, e in said)]
    if not hits or any(h.start < start for h in hits):
        return None
    return Reading(UNCLEAR, dont_know=True)


def vague_lead(reading, toks, line, spec, lex):
    """ "something with the scan": the choice offered back, never stored."""
    if reading.certainty != SURE or reading.value is None or not any(tuple(toks[: len(p)]) == p for p in words()["vague_lead"]):
        return None
    return replace(reading, certainty=LIKELY)


def not_the_doctor(reading, toks, line, spec, lex):
    """ "I told the nurse, not the doctor": the doctor taken out of a choice that names the doctor."""
    if spec.name not in words()["not_doctor_states"] or reading.certainty != SURE or reading.value is None or not _has(toks, "not_doctor"):
        return None
    label = next((c.label.lower() for c in spec.choices if c.id == reading.value), "")
    if "doctor" not in label and not (_has(toks, "other_clinicians") and _has(toks, "clinician_saw")):  # "a nurse practitioner saw her, not a doctor": a no, or a check?
        return None
    return Reading(UNCLEAR, None, unclear=clean(line), message=f'"{clean(line)}": has a doctor been told or seen? Which of these fits?')


def hedged_no(reading, toks, line, spec, lex):
    """ "not really" as the whole answer to the emergency list: offered back, never stored."""
    if spec.name not in words()["hedged_no_states"] or reading.certainty != SURE or reading.value is None:
        return None
    core = tuple(t for t in toks if t not in (".", "!", ",", "..."))
    return replace(reading, certainty=LIKELY) if core in words()["hedged_no"] else None


def future_visit(reading: Reading, line: str, spec, lex, today) -> Reading:
    """ "we have an appt thursday": a visit still to come, at the question whether a doctor has
    checked since it got worse: not yet, with the day kept (read.py, after the second look)."""
    table = words_raw().get("future_visit_states") or {}
    if spec.name not in table or reading.asked or reading.dont_know:
        return reading
    toks = tokens(clean(line))
    if not (_has(toks, "visit_words") or (table[spec.name] == "ask" and _has(toks, "hospital_visit_words"))) or _has(toks, "past_visit"):
        return reading
    from .timewords import read_times

    times = [w for w in read_times(toks, lex, today, past=False) if w.days >= 1]
    if not times:
        return reading
    from .tense import unmarked, yes_first  # "yes the surgeon see him this week": the yes said first is the answer

    said_yes = yes_first(toks) and reading.certainty == SURE and reading.value != str(table[spec.name])
    if unmarked(toks, lex) and said_yes:
        return reading
    if table[spec.name] == "ask" and reading.certainty == SURE and reading.value != "seen":
        return reading  # "it stopped, we go to the clinic tomorrow": the answer, and a visit to come beside it
    if unmarked(toks, lex) or said_yes or table[spec.name] == "ask":  # "yes, she sees him next week": checked, or not yet? asked
        return Reading(UNCLEAR, unclear=clean(line), message=f'Has a doctor already checked, or is "{clean(line)}" a visit still to come?')
    when = times[0]
    return Reading(SURE, str(table[spec.name]), note=clean(line), date=when.date.isoformat() if when.date else None,
                   date_text=" ".join(toks[when.start : when.end]) if when.date else "")


def event_time(reading, toks, line, spec, lex):
    """ "no deadline, next MRI in 6 months": the time of a test or visit beside "no deadline"."""
    if spec.name not in words()["event_states"] or reading.certainty != SURE or reading.value not in ("days", "weeks", "months"):
        return None
    hits = find_hits(toks, spec, lex)
    if not any(h.choice == "no_deadline" and not h.negated and {"deadline", "date"} & set(toks[h.start : h.end]) for h in hits):
        return None  # "no deadline", "no set date" said; not "not urgent"
    times = [h for h in hits if h.choice == reading.value]
    events = [i for p in words()["event_words"] for i in range(len(toks) - len(p) + 1) if tuple(toks[i : i + len(p)]) == p]
    if not any(0 < t.start - e <= 5 for t in times for e in events) and not (events and not times):
        return None
    return Reading(LIKELY, "no_deadline", note=clean(line))


def reported_then_doubted(reading, toks, line, spec, lex):
    """ "he says he is sure, but I don't think he understands the risks": what someone else says,
    doubted by the one typing after "but": asked."""
    if reading.certainty != SURE or reading.value is None or "but" not in toks:
        return None
    cut = toks.index("but")
    chosen = set(reading.value if isinstance(reading.value, list) else [reading.value])
    said = [h for h in find_hits(toks[:cut], spec, lex) if h.choice in chosen and not h.negated]
    if not said or not any(toks[i] in {p[0] for p in words()["reporters"]} for h in said for i in range(max(0, h.start - 4), h.start)):
        return None
    if not any(has_phrase(toks[cut:], p) for p in words()["speaker_doubts"]):
        return None
    return Reading(UNCLEAR, None, unclear=clean(line), message=f'"{clean(line)}" seems to say two things. What do you think yourself?')


def leaves_two(reading, toks, line, spec, lex):
    """ "no second opinion": what is not wanted leaves two choices: asked which."""
    table = (words_raw().get("leaves_two") or {}).get(spec.name)
    if not table or reading.certainty != SURE or reading.value is None:
        return None
    core = tuple(t for t in toks if t not in (".", "!", ","))
    for words_, ids in table.items():
        if core == tuple(tokens(clean(str(words_)))) and reading.value in ids:
            return Reading(UNCLEAR, None, unclear=clean(line), options=tuple(ids))
    return None


def count_said_first(reading, toks, line, spec, lex):
    """ "Two. My GP and a professor in hospital.": a count said first, then the people counted
    another way: the count said is asked against the other (never one taken silently)."""
    counts = lex.state(spec.name).count
    if not counts or reading.certainty != SURE or reading.value is None or len(toks) < 3 or toks[1] not in (".", ",", ":", "-"):
        return None
    number = int(toks[0]) if toks[0].isdecimal() else lex.numbers.get(toks[0])
    if number is None:
        return None
    said = counts.get(number, counts[max(counts)] if number > max(counts) else None)
    if said is None or said == reading.value:
        return None
    return Reading(UNCLEAR, None, unclear=clean(line), options=(said, reading.value))


# Every check of rounds 10 and 11, in the order they are tried (caution_checks.ORDER ends with them).
ORDER = (hedged_no, leaves_two, count_said_first, modifier_noun, event_time, reported_then_doubted, doubt_about_pick, place_or_date,
         intensifier, hedged_part, either_in_list, other_test, softened_pick, late_not_knowing, degree_doubt, whatever_goal, vague_lead,
         not_the_doctor)
