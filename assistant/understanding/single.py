"""A one-choice question where the line names one choice or several: which one was meant, with
the reason kept as a note; two things said, a condition or a doubt around the pick: asked."""

from __future__ import annotations

from ..flow import StateSpec
from .asking import has_phrase, whole
from .concessive import conceded
from .conflict_offers import offered_instead
from .exclusive import said_alone
from .qualifier import qualifier_said
from .doubts import dont_know_choice, doubt_after_but, hedge_at_end, hedged_outside
from .fuzzy import FUZZY_LIKELY, FUZZY_SURE, fuzzy as _fuzzy
from .not_now_when import when_not_now
from .hedging import conditional, doubted, fallback, whether_doubt
from .indirect import own_sentence
from .notes import note_for
from .overlap import single as overlap_single  # the last try before a re-ask: each choice's words (overlap.py)
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean
from .twosided import between_numbers, between_said, percent, turned


def _label(spec: StateSpec, cid: str) -> str:
    return next((c.label for c in spec.choices if c.id == cid), cid)


def single(text, toks, spec, lex, picked, positive, leftovers, when_date, when_text, who) -> Reading:
    if not lex.state(spec.name).time and (between_said(toks, lex) or between_numbers(toks)):
        # "both have good points, I want something in between": none of the choices; ask.
        return Reading(UNCLEAR, unclear=clean(text), message="That sounds like more than one choice, or something between them.")
    unsure = dont_know_choice(spec, lex)
    main = [c for c in picked if c != unsure]
    if unsure and len(main) == 1 and doubt_after_but(toks, min((h for h in positive if h.choice == main[0]), key=lambda h: h.start), lex):
        return Reading(SURE, unsure, note=clean(text))  # "I think the doctor saw her, but I can't say for sure"
    if len(picked) > 1 and _number_then_reason(toks, positive, picked):
        # "3, went to hospital, MRI was ok, its gone now": the number is the answer, the rest its reason.
        first = min(positive, key=lambda h: h.start)
        return Reading(SURE, first.choice, note=note_for(text, toks, first, lex, positive, spec), who=who)
    if len(picked) > 1:
        # A choice named in words beats a number written as a word inside the sentence:
        # "compare the two now" names "Compare the two opinions now", it does not pick choice 2.
        named = {h.choice for h in positive if h.strength == 3}
        number_words = {h.choice for h in positive if h.strength == 2 and all(t.isalpha() for t in toks[h.start:h.end])}
        if len(named) == 1 and set(picked) <= named | number_words:
            picked = list(named)
    if len(picked) == 2 and (granted := conceded(toks, positive, picked)):  # "It's for me, though my daughter helps"
        return Reading(SURE, granted, note=clean(text), who=who)
    if len(picked) > 1 and (alone := said_alone(toks, positive, picked)):  # "Surveillance only. CT every 6 months"
        return Reading(SURE, alone, note=clean(text), who=who)
    if len(picked) == 2 and (qualified := qualifier_said(toks, spec, picked)):  # "... It is not an emergency": the bracketed words said back
        return Reading(SURE, qualified, note=clean(text), who=who)
    if len(picked) == 2:  # "medicine first, surgery only if that fails", "compare now, a third if needed": the plain one, the condition a note
        upto = lambda h: min([o.start for o in positive if o.start >= h.end] + [len(toks)])  # noqa: E731 - the condition right after it
        plain = [c for c in picked if not any(h.choice == c and h.strength == 3 and (conditional(toks[: upto(h)], h) or fallback(toks[: upto(h)], h)) for h in positive)]
        if len(plain) == 1:
            return Reading(SURE, plain[0], note=clean(text), who=who)
    if len(picked) > 1:
        strong = [c for c in picked if any(h.choice == c and h.strength >= 2 for h in positive)]
        if len(strong) == 1 and turned(toks, min(positive, key=lambda h: h.start), lex):
            return Reading(UNCLEAR, unclear=clean(text), message=f'"{clean(text)}" seems to say two things.')  # "i have medicaid, not sure it counts"
        if len(strong) == 1:
            picked = strong  # "no, I don't have insurance": the words say more than the "no"
    if len(picked) > 1:
        score: dict[str, int] = {}
        for h in positive:
            if h.strength == 3:
                score[h.choice] = score.get(h.choice, 0) + h.end - h.start
        ranked = sorted(score.values(), reverse=True) + [0, 0]
        unsure = doubted(toks, positive, lex, spec.none_choice)  # "they might repeat the echo": not outweighed
        if ranked[0] >= 4 and ranked[0] >= 4 * ranked[1] and all(c in score for c in picked) and not unsure:
            best = max(score, key=score.get)  # much more said for one answer than for any other
            first = min((h for h in positive if h.choice == best), key=lambda h: h.start)
            return Reading(SURE, best, note=note_for(text, toks, first, lex, positive, spec), who=who)
        first = min(positive, key=lambda h: h.start)
        sep_after = first.strength == 3 and first.end < len(toks) and toks[first.end] in (",", ";", ".", "-") and first.start == 0
        bare_yes_no = spec.urgent and first.end - first.start == 1 and ((toks[first.start],) in lex.yes or (toks[first.start],) in lex.no)
        if sep_after and not bare_yes_no:  # ("no, still happening, the ER checked": the "no" is not the answer; ask)
            return Reading(LIKELY, first.choice, note=note_for(text, toks, first, lex, positive, spec), who=who)
        return Reading(UNCLEAR, options=tuple(picked[:3]), unclear=clean(text),
                       message="That fits more than one answer.")
    if len(picked) == 1 and any(whether_doubt(toks, h) or (h.strength >= 2 and conditional(toks, h)) for h in positive if h.choice == picked[0]) \
            and not when_not_now(text, toks, spec.name, picked[0]):  # "no, only when she walks far" at "now?": not now (not_now_when.py)
        return Reading(UNCLEAR, unclear=clean(text))  # "they said something, not sure if it's covered": ask
    if len(picked) == 1 and (against := [p for p in lex.state(spec.name).conflicts.get(picked[0], ()) if has_phrase(toks, p)]):
        # "it went away, it was yesterday" where the choice says "today": the line says both; ask. When the words against it
        # are another choice's own ("no its fine now": "fine now" is "It stopped"), offer the two.
        words = lex.state(spec.name).choices
        other = {c for c, phrases in words.items() if c != picked[0] and set(against) & set(phrases)}
        if not other and (instead := offered_instead(spec.name, picked[0])) and any(c.id == instead for c in spec.choices):
            other = {instead}  # "nope all good now": not happening, or it stopped? (conflict_offers.yaml)
        if len(other) == 1:
            return Reading(UNCLEAR, options=(picked[0], *other), unclear=clean(text), message="That fits more than one answer.")
        return Reading(UNCLEAR, unclear=clean(text), message=f"Part of that does not fit *{_label(spec, picked[0])}*.")
    if len(picked) == 1:
        first = min((h for h in positive if h.choice == picked[0]), key=lambda h: h.start)
        if picked[0] != unsure and (percent(toks) or turned(toks, first, lex)):
            return Reading(UNCLEAR, unclear=clean(text), message=f'"{clean(text)}" seems to say two things.')  # "yes but it depends"
        note = note_for(text, toks, first, lex, positive, spec)
        # A hedge before the pick ("I guess keep the plan"), or closing the line ("Medicare covers
        # second opinions I think"): offered back, not stored.
        hedged = first.strength == 3 and (first.start > 0 or hedge_at_end(toks, first)) and hedged_outside(own_sentence(toks, first, lex), positive, lex)
        return Reading(LIKELY if hedged else SURE, picked[0], note=note, date=when_date, date_text=when_text, who=who)
    # Nothing named: "I don't know", a typo, or not understood.
    if whole(toks, lex.not_sure, lex) or has_phrase(toks, ("dont", "know")) or has_phrase(toks, ("no", "idea")):
        if dont_know_choice(spec, lex):
            return Reading(SURE, dont_know_choice(spec, lex))
        return Reading(UNCLEAR, dont_know=True)
    cid, score = _fuzzy(toks, spec, lex)
    if cid and score >= FUZZY_SURE:
        return Reading(SURE, cid)
    if cid and score >= FUZZY_LIKELY:
        return Reading(LIKELY, cid)
    overlapped = overlap_single(text, spec, lex)
    if overlapped is not None and any(has_phrase(toks, p) for p in lex.state(spec.name).conflicts.get(overlapped.value, ())):
        # "i want a second opinion" shares words with "I already have a second opinion ...": ask
        return Reading(UNCLEAR, unclear=clean(text), message="That is what I can help with. Which of these fits?")
    return overlapped or Reading(UNCLEAR, unclear=clean(text), message="")


_DOUBT_WORDS = frozenset({"or", "maybe", "probably", "perhaps", "wait", "actually", "unsure", "either", "idk", "not"})


def _number_then_reason(toks: list[str], positive, picked) -> bool:
    """The line opens with one choice's number and a mark ("3, ..."), no other number is typed, and
    nothing in it wavers ("or", "maybe", "wait", "not"): the number is the choice."""
    first = min(positive, key=lambda h: h.start)
    if first.choice not in picked or first.strength != 2 or any(t not in _SELECTORS for t in toks[: first.start]):
        return False
    end = first.end + (toks[first.end : first.end + 1] == ["one"])  # "the first one."
    if len(toks) < end + 2 or toks[end] not in (",", "-", ".", ":", ";"):
        return False
    if not (first.start == 0 and first.end == 1 and toks[0].isdigit()) and any(t.isdigit() for t in toks[: first.start]):
        return False
    # "Number one. I have had the arthritis for ten years", "the first one, ...": a number said in words, as plainly
    # (a lead's walk, 2026-12-07: the sentence after it named another choice, and won)
    rest = toks[end:]
    if _TAKEN_BACK & set(rest):
        return False  # "number one. no, number three", "the first one. wrong, the second": taken back, asked as before
    counted = {k for k, t in enumerate(rest) if t.isdigit() and rest[k + 1 : k + 2] and rest[k + 1] in _UNITS}  # "4 years of pain"
    return not any(t.isdigit() for k, t in enumerate(rest) if k not in counted) and not _DOUBT_WORDS & set(toks)


_TAKEN_BACK = frozenset({"no", "nope", "wrong", "sorry", "oops", "mean", "instead", "scratch"})
_UNITS = frozenset("years year yrs yr months month mos weeks week wks days day hours hrs times mg kg lbs".split())
_SELECTORS = frozenset({"number", "option", "choice", "the", "#", "num", "nr"})
