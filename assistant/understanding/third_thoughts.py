"""More of the second look before storing (caution.py): kinds first seen in rounds 10 and 11.

  "x-rays for sure, maybe the other thing", "Labs, probably, somewhere", "2 maybe 3"
                                        a part said with a doubt beside firm picks: asked about
  "kinda urgent I guess", "kinda know the list"  a softener on the pick: offered, or asked
  "I have support for sure"             "for sure" says how firm, not the choice "I feel sure"
  "A urologist, I think, ... I really couldn't say"  not knowing said last: offered back
  "the third" at a question about time  the third choice, or the 3rd of the month? asked
  "quite certain", a bare "sure"        at the doctor's how-sure questions: offered back
  "whatever gets me back working"       a goal, not a pick: asked

Each check takes (reading, tokens, line, question, lexicon) and returns a less sure reading or
None; none adds a pick. The words are data: dialogues/third_thoughts.yaml.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..paths import dialogues_dir
from .asking import has_phrase
from .matching import find_hits
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens

FILE = "third_thoughts.yaml"
_CUTS = {",", ".", ";", "?", "!", "-", "/", "and", "but", "also", "plus", "or", "though", "although", "(", ")"}


@cache
def words() -> dict:
    from .. import yaml_cache

    data = yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)
    return {k: frozenset(v) if k.endswith(("_states", "_keeps", "_choices")) else
            tuple(tuple(tokens(clean(str(p)))) or (str(p),) for p in v) for k, v in data.items() if isinstance(v, list)}


def _has(toks, key: str) -> bool:
    return any(has_phrase(list(toks), p) for p in words()[key])


_OPENERS = {"maybe", "perhaps", "possibly", "probably", "prob", "prolly"}  # "2 maybe 3": a doubt starts a part


def _parts(toks: list[str]) -> list[tuple[int, int, bool]]:
    """(start, end, said with a question mark) of each part of the line."""
    out, start = [], 0
    for i, t in enumerate(toks + ["."]):
        if t in _OPENERS and i > start and (toks[i - 1].isdigit() or toks[i - 1] in ("too", "also")):
            out.append((start, i, False))
            start = i
        elif t in _CUTS:
            if i > start:
                out.append((start, i, t == "?"))
            start = i + 1
    return out


def _picks_in(toks, start, end, hits, spec, lex) -> set[str]:
    got = {h.choice for h in hits if start <= h.start < end and not h.negated and h.strength == 3}
    for t in toks[start:end]:  # "2 maybe 3": a choice number
        if re.fullmatch(r"[0-9]{1,2}", t) and 1 <= int(t) <= len(spec.choices) and not (start > 0 and toks[start - 1] in ("in", "for")):
            got.add(spec.choices[int(t) - 1].id)
    return got - {spec.none_choice}


_WH = {"what", "whats", "how", "why", "when", "who", "which", "where", "if", "whether"}


def _doubted(part: tuple, asked: bool) -> bool:
    if _has(part, "firm"):
        return False
    if asked and len(part) <= 2:
        return True  # "'Support'? Don't make me laugh.": a word said back with a question mark
    for key in ("part_hedges",) + (("question_hedges",) if asked else ()):
        for p in words()[key]:
            at = next((i for i in range(len(part) - len(p) + 1) if part[i : i + len(p)] == p), None)
            if at is not None and not _WH & set(part[:at]):
                return True  # not "whats it probably", "ask what else it might be": a doubt inside a question asked
    return False


def hedged_part(reading, toks, line, spec, lex):
    """ "x-rays for sure. idk about the rest", "the deadline is the 20th, and I think they mentioned a
    form?", "2 maybe 3": the firm picks kept, the part said with a doubt asked about."""
    if not spec.multi or reading.asked or reading.dont_know or reading.options:
        return None
    value = reading.value if isinstance(reading.value, list) else []
    if spec.none_choice in value:
        return None
    hits = find_hits(toks, spec, lex)
    parts = _parts(toks)
    firm: list[str] = []
    doubt: list[tuple[int, int]] = []
    last_picked = None
    doubted_picks: set[str] = set()
    for n, (start, end, asked) in enumerate(parts):
        part = tuple(toks[start:end])
        picks = _picks_in(toks, start, end, hits, spec, lex)
        if any(start <= h.start < end and h.negated for h in hits) or any(h.start < end and h.end > start and h.start < start for h in hits):
            continue  # "still not sure tho": a no to what it names, not a doubt
        if _doubted(part, asked):
            if n == 0:
                return None  # "probably labs and visit notes": a doubt over the whole line
            bare = all(any(t in p for p in words()["part_hedges"] + words()["question_hedges"]) for t in part)
            if not picks and last_picked is not None and bare:
                doubt.append(last_picked)  # "Labs, probably": the doubt is about the part before
                gone = _picks_in(toks, last_picked[0], last_picked[1], hits, spec, lex)
                firm = [c for c in firm if c not in gone]
                doubted_picks |= gone
            elif picks or _has(part, "vague_more"):
                doubt.append((start, end))  # "maybe 3", "maybe the other thing"; not "no idea which"
                doubted_picks |= picks
            last_picked = None
            continue
        if picks:
            firm += [c.id for c in spec.choices if c.id in picks]
            last_picked = (start, end)
    firm = list(dict.fromkeys(firm))
    if not firm or not doubt or (doubted_picks and doubted_picks <= set(firm) and len(doubt) == 1 and not _has(toks, "vague_more")):
        return None  # "its lupus or maybe some other autoimmune thing": the doubt is about a pick said firmly too
    if value and not set(firm) <= set(value):
        return None  # never a pick added
    text = "; ".join(" ".join(toks[s:e]) for s, e in sorted(set(doubt)))
    if reading.certainty == UNCLEAR and value:  # already asked about a part: only a pick said with a doubt is taken out
        if not doubted_picks & set(value):
            return None
        return replace(reading, value=[c for c in value if c not in doubted_picks], unclear=f"{reading.unclear}; {text}".strip("; "))
    return Reading(UNCLEAR, [c.id for c in spec.choices if c.id in firm], unclear=text)


def softened(toks: list[str]) -> bool:
    """A softener said right before a word of urgency ("kinda urgent", "sort of soon", "semi urgent")."""
    urgent = {p[0] for p in words()["urgency_words"]}
    return any(tuple(toks[max(0, i - len(p)) : i]) == p for i, t in enumerate(toks) if t in urgent for p in words()["softeners"])


def softened_pick(reading, toks, line, spec, lex):
    """ "kinda urgent I guess", "kinda know the list": a softener on the words of the pick."""
    if reading.certainty != SURE or reading.value is None or reading.asked:
        return None
    chosen = reading.value if isinstance(reading.value, list) else [reading.value]
    if any(c in words()["softener_keeps"] for c in chosen):
        return None
    between = {p[0] for p in words()["softener_between"]}
    soft = []
    for h in find_hits(toks, spec, lex):
        if h.choice not in chosen or h.negated or h.strength != 3:
            continue
        k = h.start
        while k > 0 and toks[k - 1] in between and h.start - k < 3:
            k -= 1
        if any(tuple(toks[max(0, k - len(p)) : k]) == p for p in words()["softeners"]):
            soft.append(h)
    if not soft:
        return None
    if not spec.multi:  # "kinda urgent I guess": a softener and a guess; "a little bit yes", "only partly covered" stay
        return replace(reading, certainty=LIKELY) if _has(toks, "guesses") else None
    if {h.choice for h in soft} != set(chosen):
        return None  # "a family doc and he kinda brushes me off": the other picks are firm, the softened one said as a fact
    return Reading(UNCLEAR, None, unclear=clean(line))  # "kinda know the list": asked


def intensifier(reading, toks, line, spec, lex):
    """ "I have support for sure": "for sure" is how firm the part is, not the choice "I feel sure"."""
    if not spec.multi or reading.value is None or not isinstance(reading.value, list):
        return None
    gone = [c for c in reading.value if c in words()["intensifier_choices"]]
    if not gone or not _has(toks, "intensifiers"):
        return None
    hits = [h for h in find_hits(toks, spec, lex) if h.choice in gone and not h.negated]
    spans = [(i, i + len(p)) for p in words()["intensifiers"] for i in range(len(toks)) if tuple(toks[i : i + len(p)]) == p]
    if any(not any(s <= h.start and h.end <= e for s, e in spans) for h in hits):
        return None  # "sure" said as the choice somewhere else too
    left = [c for c in reading.value if c not in gone]
    if not left:
        return Reading(UNCLEAR, None, unclear=clean(line))
    return replace(reading, value=left)


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
    if len(core) == 1 and not core[0].isalpha():
        return None  # "the 4th" alone: a date (round 9), read as the reader read it
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


def either_in_list(reading, toks, line, spec, lex):
    """ "discharge papers and the surgeon's notes": at a pick-any question, words that fit two
    choices (the lexicon's `either`) beside clear picks: the clear picks kept, those words asked."""
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    from .lexicon import fold

    folded = [fold(t) for t in toks]
    for raw, ids in lex.state(spec.name).either.items():
        phrase = tuple(fold(w) for w in raw)
        at = next((i for i in range(len(folded) - len(phrase) + 1) if tuple(folded[i : i + len(phrase)]) == phrase), None)
        if at is None:
            continue
        both = set(ids)
        named = [h for h in find_hits(toks, spec, lex) if h.choice in both and (h.end <= at or h.start >= at + len(phrase)) and not h.negated]
        if named:
            continue  # another part of the line names one of them
        keep = [c for c in reading.value if c not in both]
        start = max(0, at - 1) if at and toks[at - 1] in ("the", "my", "his", "her", "a") else at
        return Reading(UNCLEAR, keep or None, unclear=" ".join(toks[start : at + len(phrase)]))
    return None


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
    if "doctor" not in label:
        return None
    return Reading(UNCLEAR, None, unclear=clean(line), message=f'"{clean(line)}": has a doctor been told or seen? Which of these fits?')


def other_test(reading, toks, line, spec, lex):
    """ "based on his EEG and his MRI": a test no choice names, beside the picks: asked about."""
    if spec.name not in words()["other_tests_states"] or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    found = next((p for p in words()["other_tests"] if has_phrase(toks, p)), None)
    if found is None:
        return None
    return Reading(UNCLEAR, [c for c in reading.value if c != spec.none_choice] or None, unclear=" ".join(found))


def redo_it(reading, toks, line, spec, lex):
    """ "did not receive the first CT, so they want to repeat it": what is redone is what was named last."""
    if spec.name not in words()["redo_states"] or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    at = next((i for p in words()["redo_words"] for i in range(len(toks) - len(p) + 1) if tuple(toks[i : i + len(p)]) == p), None)
    if at is None:
        return None
    before = [h for h in find_hits(toks, spec, lex) if h.end <= at]
    if not before:
        return None
    last = max(before, key=lambda h: h.end)
    named = last.choice if last.choice in words()["redo_choices"] else None
    if named is None:
        return None
    if named in reading.value:
        return reading  # kept as read: the records choice does not take in what is redone
    return replace(reading, value=[c.id for c in spec.choices if c.id in reading.value or c.id == named])


@cache
def words_raw() -> dict:
    from .. import yaml_cache

    return yaml_cache.load(dialogues_dir() / FILE, yaml_cache.parse_yaml)


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
    if not _has(toks, "visit_words") or _has(toks, "past_visit"):
        return reading
    from .timewords import read_times

    times = [w for w in read_times(toks, lex, today, past=False) if w.days >= 1]
    if not times:
        return reading
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
    number = int(toks[0]) if toks[0].isdigit() else lex.numbers.get(toks[0])
    if number is None:
        return None
    said = counts.get(number, counts[max(counts)] if number > max(counts) else None)
    if said is None or said == reading.value:
        return None
    return Reading(UNCLEAR, None, unclear=clean(line), options=(said, reading.value))


def modifier_noun(reading, toks, line, spec, lex):
    """ "the endoscopy biopsy report": the biopsy report from the endoscopy, one record, not two."""
    if spec.name not in words()["modifier_states"] or reading.certainty != SURE or not isinstance(reading.value, list):
        return None
    heads = {p[0] for p in words()["document_heads"]}
    hits = sorted((h for h in find_hits(toks, spec, lex) if not h.negated and h.strength == 3), key=lambda h: h.start)
    def heads_it(a, b) -> bool:  # "endoscopy | biopsy report": b names its own kind of report ("the biopsy | results" does not)
        return a.end == b.start and a.choice != b.choice and toks[b.end - 1] in heads and b.end - b.start >= 2

    out = {a.choice for a, b in zip(hits, hits[1:]) if heads_it(a, b)}
    out -= {h.choice for h in hits if not any(heads_it(h, b) for b in hits)}  # named again on its own
    if not out or not out <= set(reading.value):
        return None
    return replace(reading, value=[c for c in reading.value if c not in out])


FIRST = (redo_it,)  # before the records choice takes in what it names (caution_checks.runs_into)
ORDER = (hedged_no, leaves_two, count_said_first, modifier_noun, event_time, reported_then_doubted, doubt_about_pick, place_or_date, intensifier, hedged_part, either_in_list, other_test, softened_pick, late_not_knowing,
         degree_doubt, whatever_goal, vague_lead, not_the_doctor)
