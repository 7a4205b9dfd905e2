"""Reading an answer to a pick-one or pick-any question."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from ..flow import StateSpec
from .asides import commentary, unhedged, unpolite
from .asking import heads
from .care import careful
from .doubts import (admits_not_knowing, compared, dont_know_choice, doubt_both_ends, leads_unsure, says_dont_know, unsure_lead, unsure_whether)
from .doubts import COURTESY as _COURTESY, which_of_these
from .vague_refs import vague_spans
from .rest import left_out
from .indirect import more_of_the_same, negated_yes
from .hedging import absorb_generic
from .lexicon import Lexicon
from .leftovers import leftover_parts
from .holds_rest import holder_hits
from .matching import Hit, find_hits
from .notes import note_for
from .overlap import names_another
from .people import who_in
from .positions import find_positions, stray_numbers
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens
from .intervals import deadline_times
from .timewords import full_date_spans, past_said, read_times
from .vague import said_beside, vague_soon
from .speed_words import described_speed, time_idioms
from .single import single as _single
from .multi_pick import multi as _multi


LONG_ANSWER = 30  # words: a story this long is read back to the person before it is stored
_SELF_NEGATIONS = (("i", "dont"), ("i", "do", "not"), ("not", "me"), ("but", "not", "me"), ("i", "dont", "really"), ("but", "i", "dont"),
                   ("i", "am", "not"), ("im", "not"), ("but", "im", "not"))


def read_choice(text: str, toks: list[str], spec: StateSpec, lex: Lexicon, today: date, keep: tuple = ()) -> Reading:
    reading = careful(_read_choice(text, toks, spec, lex, today, keep), text, toks, spec, lex, dont_know_choice(spec, lex))
    from .long_standing import asked_as_long_standing  # "she gets tired but thats been for months": quoted, asked (lo10)

    reading = asked_as_long_standing(reading, text, toks, spec, bool(lex.state(spec.name).current))
    if reading.certainty == SURE and reading.value and not keep:
        core = [t for t in toks if t.isalnum()]
        tail = tuple(core[-3:]), tuple(core[-2:])
        if len(core) > 3 and any(t in _SELF_NEGATIONS for t in tail) and "," in toks:
            # "my husband feels sure, I don't": said of two people; ask.
            return Reading(UNCLEAR, unclear=clean(text), message="That seems to say two things.")
        if len(core) > LONG_ANSWER:
            return replace(reading, certainty=LIKELY)
    if reading.certainty == SURE and lex.state(spec.name).count_ahead:
        from .counting import count_doctors

        counted = count_doctors(toks, lex)
        if counted is not None and counted[0] >= 1:
            reading = replace(reading, doctors=counted[0])
    return reading


_GENERIC_DOCTORS = frozenset("doc doctor dr clinic hospital medicine expert consultant specialist physician professor sport".split())


def _specialty(words: list[str], lex: Lexicon) -> bool:
    """One word naming a kind of doctor ("neurologist", "surgeon", "gp"), not a doctor in general."""
    return len(words) == 1 and words[0] in lex.doctors and words[0] not in _GENERIC_DOCTORS


def _read_choice(text: str, toks: list[str], spec: StateSpec, lex: Lexicon, today: date, keep: tuple = ()) -> Reading:
    words = lex.state(spec.name)
    ids = [c.id for c in spec.choices]
    # "all" means every real choice: not "none", and not a "Not sure" choice either.
    ordinary = [c for c in ids if c != spec.none_choice and c != "not_sure"]
    count = len(ids)
    # "I don't know" first: its "I don't" must not read as "no".
    # "not sure, he ordered another MRI" at a question about the doctor's certainty: the rest of
    # the line names a choice, so it is read as an answer, not as "I don't know".
    every = find_hits(toks, spec, lex)
    dont_know = dont_know_choice(spec, lex)
    # A named specialty ("idk, the ms doctor? neurologist") names its choice as firmly as two words do.
    named = {h.choice for h in every if not h.negated and (h.end - h.start >= 2 or _specialty(toks[h.start:h.end], lex))} \
        - {dont_know, "not_sure", spec.none_choice}
    # "not sure what she recommended": a choice named by the "not sure" itself is no pick here.
    lead = unsure_lead(toks, lex)
    yes, no = heads(lex.yes).members, heads(lex.no).members  # looked up, not scanned
    # A yes/no word inside the reason ("I don't know, it is hard to say") answers nothing.
    picks = {h.choice for h in every if not h.negated and h.start >= lead
             and not (lead and (tuple(toks[h.start:h.end]) in yes or tuple(toks[h.start:h.end]) in no))} - {dont_know, "not_sure", spec.none_choice}
    bare = not picks and not any(t.isdigit() for t in toks)
    # "i dont know, she's in the other room": "I don't know" first, the rest only says why.
    # "yes, but I don't know when": the answer came first; the doubt is about something else.
    answered = bool(toks) and ((toks[0],) in yes or (toks[0],) in no) and "but" in toks[1:3]
    bracket = doubt_both_ends(toks, lex)  # "not sure, the GP saw me but was it before..., I can't remember": the story is the reason
    named_kind = {h.choice for h in every if not h.negated and _specialty(toks[h.start:h.end], lex)} - {dont_know, "not_sure", spec.none_choice}
    if len(named_kind) == 1 and not spec.multi and not keep and len(named) == 1 \
            and (says_dont_know(toks, lex) or leads_unsure(toks, lex) or any(h.choice in (dont_know, "not_sure") and h.start == 0 for h in every)):
        return Reading(SURE, named_kind.pop())  # "idk, the ms doctor? neurologist": the kind of doctor named wins over the doubt
    if (says_dont_know(toks, lex) or bracket or (bare and (leads_unsure(toks, lex) or admits_not_knowing(toks, lex)))) and not answered \
            and not (named and ("," in toks or "and" in toks or "." in toks[:-1]) and dont_know and not bracket):  # "Not sure. Wants more tests."
        if dont_know:  # "not sure, depends on the biopsy results": the reason is kept
            note = "" if spec.multi else note_for(text, toks, Hit(dont_know, 0, 1, 3), lex)
            return Reading(SURE, [dont_know] if spec.multi else dont_know, note=note)
        if not keep:
            return Reading(UNCLEAR, dont_know=True)
    whether = unsure_whether([t for t in toks if t not in _COURTESY], lex)  # "I don't know po if ...": the courtesy word aside
    if not keep and which_of_these(toks, lex, every):  # "I do not know which of these apply": about the list itself
        return Reading(SURE, [dont_know] if spec.multi else dont_know) if dont_know else Reading(UNCLEAR, dont_know=True)
    if whether == "if" or (whether and bare):
        # "not sure if 'biliary colic' means the same as gallstones", "I don't know if she'll want
        # to tell him", "im not sure what would help him": a doubt, never an answer to store.
        if picks and spec.multi:  # "idk if my insurance asks for it": every pick is in doubt, so "I don't know"
            return Reading(UNCLEAR, list(keep) or None, unclear=clean(text), dont_know=not keep and whether == "if" and toks[0] in ("idk", "dunno"))
        if dont_know and not keep and not picks:
            return Reading(SURE, [dont_know] if spec.multi else dont_know)
        return Reading(UNCLEAR, list(keep) or None, dont_know=not keep, unclear=clean(text))
    skip: set[int] = full_date_spans(toks) if "-" in toks or "." in toks or "/" in toks else set()  # "2026-11-01" picks no choice 1
    skip |= described_speed(toks)  # "he did his own quick one": the echo was quick, no one said to act fast (speed_words.py)
    skip |= time_idioms(toks, spec, lex)  # "tired all the time": how often, not how soon to act (speed_words.py)
    extra: list[Hit] = []
    when_date, when_text = None, ""
    who = ""
    # A deadline in days or a date ("in about 6 weeks", "by the 15th", "surgery is on Dec 4").
    # At a question about what happened, "Monday" is the last Monday ("we told him Monday").
    past = not words.time and past_said(toks) or (not words.time and "yesterday" in toks)
    times = read_times(toks, lex, today, past=past or (False if words.time else None))  # None: no cue, not a deadline question
    if words.count:
        from .counting import breakdown, count_doctors

        skip |= breakdown(toks, lex)  # "Three, one in Cairo and two here": the parts of the count are no picks
        counted = count_doctors(toks, lex)
        if counted is not None:
            total, span = counted
            top = max(words.count)
            cid = words.count.get(min(total, top))
            if cid and total >= 1:
                extra.append(Hit(cid, span[0], span[1], 3))
                skip |= set(range(span[0], span[1]))
    if words.time_means:
        # "by christmas": yes, a date is known. "No set time" alone is not; beside a time ("one said
        # this month, the other no rush") it is one side of the comparison.
        timed = any(not w.no_rush for w in times)
        for when in (w for w in times if timed or not w.no_rush):
            extra.append(Hit(words.time_means, when.start, when.end, 3))
            skip |= set(range(when.start, when.end))
    if not words.time:
        for when in times:  # a date said with another answer ("PET scan on the 9th") is kept too
            if when.date is not None and when_date is None:
                when_date, when_text = when.date.isoformat(), clean(text)
    concrete = []
    gone: list = []
    if words.time:
        gone = [w for w in times if _gone_by(toks, w)]  # "I've been dealing with this for 8 years": how long, not when
        skip |= {i for w in gone for i in range(w.start, w.end)}  # its words pick nothing: "ive had this for 3 weeks"
        times = [w for w in times if w not in gone]
        kept_times = deadline_times(toks, times)  # "3 mo is the f/u interval. decide by 12/18": the date to decide by (intervals.py)
        skip |= {i for w in times if w not in kept_times for i in range(w.start, w.end)}  # its words ("3 weeks") pick nothing
        times = kept_times
        concrete = [w for w in times if not w.no_rush and w.days != 3]
        if vague := vague_soon(times, toks, words.ambiguous):  # "the surgeon said 'soon'": days or weeks? ask
            # "theres no date he gave me ... he wants to book it soon": the choice said in words is offered first (vague.py)
            return Reading(UNCLEAR, options=said_beside(vague, toks, words), unclear=clean(text))
        if concrete:
            times = [w for w in times if not w.no_rush]  # "no hurry but within the year": the time said wins
        for when in times:
            if when.no_rush:
                cid = "no_deadline" if "no_deadline" in ids else None
            elif when.days <= words.time["days"]:
                cid = "days"
            elif when.days < words.time["weeks_from"]:
                cid = "between"  # "10 days": within days, or a few weeks? ask
            elif when.days <= words.time["weeks"]:
                cid = "weeks"
            else:
                cid = "months"
            if cid:  # (a date with its year weighs as much as one without: "2027-01-20" is no more said than "jan 20")
                extra.append(Hit(cid, when.start, min(when.end, when.start + 3) if when.date else when.end, 3))
                skip |= set(range(when.start, when.end))
                if when.date is not None and when_date is None:
                    when_date, when_text = when.date.isoformat(), clean(text)
                elif when.date is None and not when_text and toks[when.start] in lex.months:
                    when_text = clean(text)  # "so June": a month, no day; the words are kept for the plan
    # Someone else named at the welcome ("for my son", "I'm her daughter").
    if words.people and "caregiver" in ids:
        named, who, span = who_in(toks, lex, text)  # with the line as typed: "for Mrs Lopez"
        if named:
            extra.append(Hit("caregiver", span[0], span[1], 3))
            skip |= set(range(*span))
    found = find_hits(toks, spec, lex, skip) if skip else every  # nothing set aside: the same hits as above
    hits = absorb_generic(toks, [h for h in found if h.start not in skip])
    if concrete:  # "no rush, maybe in a couple of months": the time said wins over "no rush"
        hits = [h for h in hits if h.choice != "no_deadline"]
    if any(compared(toks, h) for h in hits if not h.negated and h.strength == 3):
        return Reading(UNCLEAR, list(keep) or None, unclear=clean(text))
    taken = skip | {i for h in hits for i in range(h.start, h.end)}
    numbers, used, bad = find_positions(toks, count, len(ordinary) if spec.multi else count, lex, taken, spec.multi)
    number_hits = [Hit(ids[n - 1], at, at + 1, 2) for at, n in numbers]
    # A choice is left out only when every mention of it is negated ("no scans, just labs").
    # A time or a person read from the line counts as said ("said soon but never said how soon").
    said = {h.choice for h in extra + hits if not h.negated}
    negated = {h.choice for h in hits if h.negated} - said
    # Said both ways ("I checked and it's NOT covered"), or with "not sure about": ask, never guess.
    doubtful = {h.choice for h in hits if h.negated} & said - left_out(toks, hits, lex)
    for h in hits:
        # ("not sure yet" where the choice is "sure" itself: a plain no to it, no doubt about another.)
        if h.negated and any(toks[k : k + 2] == ["not", "sure"] and k + 1 != h.start for k in range(max(0, h.start - 4), h.start)):
            doubtful.add(h.choice)
    if spec.multi and (held := holder_hits(toks, hits + number_hits)):  # "because the hospital has the rest" (u24b)
        hits = [h for h in hits if h.start not in held]
    positive = sorted([h for h in extra + hits if not h.negated] + number_hits, key=lambda h: h.start)
    from .none_said import without_said_none  # "NO. just the 2nd one", "i didnt say none. only 2": no "none"
    positive = without_said_none(toks, positive, spec.none_choice)
    used_all = taken | used
    if (vague := vague_spans(toks) if spec.multi else set()) and any(h.start not in vague for h in positive):  # "somethin about 30 days"
        positive, used_all = [h for h in positive if h.start not in vague], used_all - vague
    if spec.multi:
        from .reason_span import reason_words  # "8 cuz the ped and ENT disagree": one reason, not two parts

        leftovers = leftover_parts(toks, used_all | reason_words(toks, used_all), lex)
    else:
        leftovers = leftover_parts(toks, used_all, lex)
    if spec.multi or positive:
        # Said around the picks ("the portal has them"): context. "none, but ...": a reservation to ask about.
        only_none = spec.multi and {h.choice for h in positive} == {spec.none_choice}
        said_ids = tuple(h.choice for h in positive)
        from .coordinated import joined_thing  # "the written plan and something for his sugar": one more thing named, asked
        from .described import asks_one_more, said_of_picks  # "3, 5 and how long I'm out of work": one more question

        leftovers = [part for part in leftovers if not commentary(part, lex)
                     or (only_none and part.split()[0] in ("but", "except", "however", "though", "although", "apart"))
                     or (spec.multi and not only_none and not spec.name.startswith(("red_flags", "urgent")) and joined_thing(part, toks, lex))
                     or (spec.multi and names_another(part, spec, lex, said_ids))  # a remark in a choice's words: read
                     or asks_one_more(part, spec)]
    if positive and leftovers and not spec.name.startswith(("red_flags", "urgent")):
        from .contrast import contrast  # "a general surgeon, not HPB": what the pick is not, part of the pick

        said_ids = {h.choice for h in positive}
        leftovers = said_of_picks(toks, used_all, lex, [part for part in leftovers if not contrast(part, spec, lex, said_ids)], len(said_ids))
    if bad:
        leftovers = [str(b) for b in bad] + leftovers
    if number_hits:  # "1 y 3": a choice number no reading took is asked about, never dropped
        leftovers += [part for part in stray_numbers(toks, used_all, count, lex) if part not in leftovers]
    picked = list(dict.fromkeys(h.choice for h in positive if h.choice not in negated or h.strength == 2))
    leftovers = more_of_the_same(leftovers, spec, lex, picked)  # "the risks and benefits of each"
    opposite = negated_yes(toks, spec, lex, hits, picked)
    if opposite and not [part for part in leftovers if not commentary(part, lex)]:  # "not gonna tell him": the question's "no"
        return Reading(SURE, opposite, note=note_for(text, toks, Hit(opposite, 0, 1, 3), lex))
    if doubtful:
        clause = clean(text)
        if spec.multi:
            keep_ids = [c for c in picked if c not in doubtful and c != spec.none_choice]
            if keep_ids:  # the picks said plainly are kept: only the doubted part is quoted
                from .doubted_part import doubted_part

                clause = doubted_part(text, toks, [(h.start, h.end) for h in hits if h.choice in doubtful])
            return Reading(UNCLEAR, keep_ids or None, unclear=clause)
        return Reading(UNCLEAR, unclear=clause)
    if "between" in picked:
        return _dated(Reading(UNCLEAR, options=("days", "weeks"), unclear=clean(text)), words, when_date, when_text)
    line = " ".join(t for t in toks if t not in (",", ".", "!"))
    courteous = unpolite(line)
    ambiguous = words.ambiguous.get(line) or words.ambiguous.get(courteous)
    if not ambiguous and courteous not in words.whole_only and unhedged(courteous) in words.whole_only:
        courteous = unhedged(courteous)  # "me i guess", "its me then" (a user trial, 2026-12-04)
    if not ambiguous and courteous in words.whole_only:  # "me lol"
        line = courteous
        from .matching import fold

        folded = tuple(fold(t) for t in line.split())
        for choice in spec.choices:
            if any(tuple(fold(t) for t in tokens(n)) == folded for n in (choice.id.replace("_", " "), choice.label, *choice.synonyms)):
                return Reading(SURE, choice.id)
        # a whole answer the lexicon lists for one choice only ("the patient"): its words may be shared with
        # another choice's longer phrases ("hes the patient"), so the overlap below would not find it (helper 11b11)
        owners = [c.id for c in spec.choices if folded in {tuple(fold(t) for t in p) for p in words.choices.get(c.id, ())}]
        if len(owners) == 1:
            return Reading(SURE, owners[0])
    if ambiguous:
        return _dated(Reading(UNCLEAR, options=tuple(ambiguous), unclear=clean(text)), words, when_date, when_text)
    if spec.multi:
        return _multi(text, toks, spec, lex, picked, positive, leftovers, list(keep), ordinary, refused=[h for h in hits if h.negated])
    reading = _single(text, toks, spec, lex, picked, positive, leftovers, when_date, when_text, who)
    if gone and not times and reading.certainty == UNCLEAR and not reading.message and not reading.options:
        reading = replace(reading, message=_HOW_LONG)  # "ive had this for 3 weeks": how long, not by when
    return _dated(reading, words, when_date, when_text)


_HOW_LONG = "That says how long it has been going on, not by when the choice is due."


def _dated(reading: Reading, words, when_date, when_text) -> Reading:
    """At the deadline question, the date said is kept with every reading of the line: one asked
    about ("the 14th": within days, or a few weeks?) or said beside "not sure" ("no se. la cirugia es
    en enero") too, so the plan can say when the choice is due. Never with "no set date"."""
    if not words.time or not (when_date or when_text) or reading.date or reading.date_text or reading.value == "no_deadline":
        return reading
    return replace(reading, date=when_date, date_text=when_text)


_PERFECT = frozenset({"been", "had", "ive", "weve", "hes", "shes", "theyve", "have", "has", "suffered", "suffering", "dealing", "lived", "living"})


def _gone_by(toks: list[str], when) -> bool:
    """ "for 8 years" after "I've been dealing with this", "had it for years": a time gone by, how
    long something has lasted, never a time to decide. Only "for" (or "for the past/last") with a
    word of the perfect in the same part of the line. A day named ("they have her down for jan 12") is
    when, never how long."""
    if when.date is not None:
        return False
    before = toks[max(0, when.start - 3) : when.start]
    if "for" not in before and "past" not in before:
        return False
    start = max((k for k in range(when.start) if toks[k] in (",", ".", ";", "!", "?", "but")), default=-1) + 1
    return bool(_PERFECT & set(toks[start : when.start]))
