"""What a conversation does with a Reading: store it, confirm it, ask about the rest, or reply.

The engine calls `step()` for every line that is neither a red flag nor a command, and carries
the `Pending` it returns (a confirmation or a partly understood answer) to the next line.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, replace
from datetime import date

from .told_symptom import symptom_reply, symptom_told
from .worry import partial_yes, several_numbers, worried_question, worried_reply
from ..flow import StateSpec
from .ages import stated_band
from .asking import whole
from .hints import NONE_AND_MORE, how_to_answer
from .echo import echo  # noqa: F401 - the engine says back what an answer was taken as (understanding.echo)
from .lexicon import Lexicon, default_lexicon
from .fears import WORRY
from .notes import repeats_choice
from .read import read
from .opinion_frame import opinion_framed  # "I think I'll keep the plan": no doubt (helper u22b)
from .failure_evidence import failure_evidence  # "stopped working after 4 months, the tumor grew" (helper u22b)
from .worse_since import worse_since  # "the doctor saw me last month but it got worse after that" (helper u22b)
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .said_again import said_again  # noqa: F401 - the engine never gives the same re-ask twice (understanding.said_again)
from .text import capital_first, clean, tokens
from .never_silent import never_silent
from .yes_then import taken_at_choice  # "yes but cousin only by phone" at a Yes/No check (a lead walk)
from .both_paths import both_paths  # "we already have 2 opinions, its for my partner": compare, for him
from .defer import with_word  # "whatever you think": as "I don't know", and I do not choose for anyone
from .told import told_note as _told_note  # what was told in own words at a question that keeps it
from .choice_names import as_said, confirm_text, names as _names, numbers as _numbers, quote as _quote  # noqa: F401 - re-exported (understanding.confirm_text, offers.py)
from .known import against_known  # "they agree" beside two different plans: offered back (imported once, not per answer)
from .same_as_first import same_as_first  # "same" at the second doctor's answers (same_as_first.py)
from .answer_slots import extra_slots, note_only_repeats  # noqa: F401 - re-exported (the engine's understanding.extra_slots)

CONFIRM_CHOICES = ("Yes", "No")


@dataclass(frozen=True)
class Pending:
    state: str
    kind: str  # "confirm": Yes/No on `reading`; "partial": `reading.value` is kept, the rest is asked
    reading: Reading


@dataclass(frozen=True)
class Step:
    action: str  # store | confirm | reask | reply
    reading: Reading | None = None
    say: str = ""  # what to say before the question (a re-ask, a reply, a confirmation)
    pending: Pending | None = None
    again: bool = False  # a confirmation asked again (an answer to it not understood): the engine shows it once more


def step(
    line: str,
    spec: StateSpec,
    pending: Pending | None,
    *,
    today: date | None = None,
    items: list[str] | None = None,
    item_ids: list | None = None,
    questions: StateSpec | None = None,
    lexicon: Lexicon | None = None,
    emergency: str = "911",
    known: dict | None = None,
    forms: dict | None = None,
    office: str = "the doctor's office",
) -> Step:
    """What to do with one answer line. `emergency`: the emergency number to name in replies (`office`: the
    doctor to call today, in the country's words);
    `known`: the answers given so far (an answer against them is offered back, known.py)."""
    lex = lexicon or default_lexicon()
    if pending is not None and pending.state != spec.name:
        pending = None
    keep: tuple = ()
    confirming = None  # the Yes/No confirmation this line answers (kept when the line is not understood)
    if pending is not None and isinstance(pending.reading.value, list) and pending.kind in ("confirm", "partial"):
        from .list_correction import correct_list  # "no not 4, only 3" after "I got 3 and 4": the list changed

        fixed = correct_list(line, spec, tuple(pending.reading.value))
        if fixed is not None:
            return fixed
    if pending is not None and pending.kind == "confirm":
        from .check_doubt import check_explained, doubts_check, yes_or_no  # "i dont get it", "huh?": the check explained, asked again

        if doubts_check(line, lex):
            return Step("confirm", pending.reading, say=check_explained(), pending=pending, again=True)
        if not line.strip():
            return Step("confirm", pending.reading, say=check_explained("empty"), pending=pending, again=True)
        if not spec.choices:
            from .yes_then import taken_with_more  # "yes thats it. but is he too young?": the offer, and the question listed

            if (taken := taken_with_more(line, pending.reading, spec, lex)) is not None:
                return Step("store", taken, say=_asked_too(taken).strip())
        said = yes_or_no([t for t in tokens(line) if t not in (",", ".", "!")], lex)
        if said == "yes":
            return Step("store", replace(pending.reading, certainty=SURE))
        if said == "no":
            return Step("reask", say=_not_that(spec, pending.reading))
        if said == "either":  # "no, thats fine": asked again, never guessed
            return Step("confirm", pending.reading, say=check_explained("either"), pending=pending, again=True)
        if not spec.choices:
            if _KEEP_IT.match(line):  # "yes keep it" to "Keep that as your answer?" (a son's journey: stored as the answer)
                return Step("store", replace(pending.reading, certainty=SURE))
            from .time_at_check import held_with, said_back, time_only  # "in 3 weeks i think" at the check: the time held

            phrase = time_only(line, lex, today)
            if phrase:
                held = Pending(pending.state, "confirm", held_with(pending.reading, phrase))
                return Step("confirm", held.reading, say=said_back(phrase, _quote), pending=held, again=True)
            # "no. whether to go ahead with the hip" after "Is that the decision?": the new words only
            line = _NO_THEN.sub("", line, count=1) if len(_NO_THEN.sub("", line, count=1).split()) >= 2 else line
        elif (taken := taken_at_choice(line, pending.reading, lambda part: read(part, spec, lexicon=lex, today=today))) is not None:
            return Step("store", taken)  # "yes but cousin only by phone": the offer, the remark its note (yes_then.py)
        elif _NO_THEN.match(line) and len(_NO_THEN.sub("", line, count=1).split()) >= 2 and not spec.multi:
            # "No, all tests are done." to "Did you mean *Plan a second opinion*?": the No answers the check, never
            # "no" as a choice's word (it stored *Try another way*); the rest is read alone, and a rest that names
            # no other choice leaves the No alone (helper ut15, whole journeys)
            rest = _NO_THEN.sub("", line, count=1)
            got = read(rest, spec, lexicon=lex, today=today, items=items, item_ids=item_ids, questions=questions)
            same = got.value == pending.reading.value and got.certainty == SURE and not got.asked and not got.dont_know
            if not same and (got.value is None or got.asked or got.dont_know or got.certainty != SURE):
                return Step("reask", say=_not_that(spec, pending.reading))  # ("No, I said keep the plan": kept, rv15)
            line = rest
        confirming = pending
    else:
        keep = kept_picks(pending)
        if keep and spec.multi and pending.reading.unclear:
            from .add_that import add_that  # "yes add that one": the asked-about words' choices added

            added = add_that(line, list(keep), pending.reading.unclear,
                             lambda part: read(part, spec, lexicon=lex, today=today, items=items, item_ids=item_ids, questions=questions), lex, spec)
            if added is not None:
                return Step("store", added)
    reading = read_out = read(line, spec, lexicon=lex, today=today, items=items, item_ids=item_ids, questions=questions, keep=keep)
    if not keep:  # "I think I'll keep the plan for now": the frame is how one says one's plan, no doubt (opinion_frame.py)
        reading = opinion_framed(worse_since(failure_evidence(reading, line, spec), line, spec), line, spec, lambda part: read(part, spec, lexicon=lex, today=today))
    if known:
        reading = against_known(reading, spec, known, line)
        reading = same_as_first(reading, spec, known, line)  # "same" at the second doctor's answers (same_as_first.py)

    reading = both_paths(reading, spec, line, lex)
    if reading is not read_out:  # read() ran never_silent on its own reading (after_read.py): only a reading made since
        reading = never_silent(reading, line, spec)  # "both kind of?? ... compare" at the welcome: asked (never_silent.py)
    if reading.who:  # "for my daughter, shes 7": her age is not asked again
        reading = replace(reading, age=stated_band(line, lex) or "")
    if spec.name == "welcome" and reading.certainty != SURE:
        from .decision_offer import decision_at_welcome  # the decision first: kept, then who it is for
        from .decision_shape import pasted  # a message pasted whole: kept as a note, never taken as the decision

        if not reading.value and not reading.who and pasted(line, tokens(line)):
            return Step("reask", Reading(UNCLEAR, None, note=clean(line)), say="I kept your message as a note. First, one thing:")
        decision = decision_at_welcome(line, reading)
        if decision:
            return Step("reask", Reading(UNCLEAR, None, note=decision),
                        say=f"I kept what you need to decide: \"{_quote(decision)}\". First, one thing:")

    result = with_word(decide(reading, spec, line, lex, emergency=emergency, forms=forms, office=office), spec, line, lex,
                       lambda s, v: _names(s, v, forms))
    if confirming is not None and result.action == "store" and result.reading is not None and result.reading.value == confirming.reading.value:
        # "Yes, that's right, I'm his son." (user trial 8, F2.4): the same answer is a Yes; what the check held is kept
        return Step("store", replace(confirming.reading, certainty=SURE))
    if confirming is not None and not_understood(result):
        # user trial 6: "yes sir" (before it was known) at "Did you mean Within a few weeks?" dropped the Yes/No
        # and asked the whole question again; a line not understood keeps the confirmation, asked again
        return Step("confirm", confirming.reading, say=f'Sorry, I did not understand "{_quote(line)}". Please type Yes or No.',
                    pending=confirming, again=True)
    return result


def _asked_too(reading: Reading) -> str:
    if not (reading.reply or reading.add_question):
        return ""
    say = reading.reply or "I added it to your list."
    if reading.add_question:
        say += " I added it to your questions." if say.startswith("Ask ") else " Ask your doctor this - I added it to your questions."
    return say + " "


def not_understood(result: Step) -> bool:
    """A re-ask that kept nothing and offers nothing: the line was not understood at all."""
    reading = result.reading
    return (result.action == "reask" and result.pending is None and result.say.startswith("Sorry, I did not understand")
            and (reading is None or (not reading.value and not reading.options and not reading.note)))


def _not_that(spec: StateSpec, offered: Reading) -> str:
    """ "No" to "Did you mean *Yes*?": at a short list, the other choices by number; never the same
    question again as if nothing had been said."""
    if not spec.multi and 2 <= len(spec.choices) <= 4 and isinstance(offered.value, str):
        others = [(k, c) for k, c in enumerate(spec.choices, 1) if c.id != offered.value]
        if len(others) == len(spec.choices) - 1:
            label = next(c.label for c in spec.choices if c.id == offered.value)
            which = " or ".join(f"{k} for \"{c.label}\"" for k, c in others)
            return f"All right, not \"{label}\". Then type {which}."
    if spec.ask == "free":  # "No" to a decision offered back: the person's own words next
        return "All right. Type it in your own words."
    return "All right. Please answer again."


def kept_picks(pending: Pending | None) -> tuple:
    """The picks kept from a partly understood answer, that the next line adds to ("I got 2 and
    3. What did you mean by ...?"). None after 'none' and more: "Which did you mean?" is answered afresh."""
    if pending is None or pending.kind != "partial" or pending.reading.message.startswith(NONE_AND_MORE):
        return ()
    return tuple(pending.reading.value or ())


def decide(reading: Reading, spec: StateSpec, line: str, lex: Lexicon, emergency: str = "911", forms: dict | None = None,
           office: str = "the doctor's office") -> Step:
    """`forms`: how the user speaks of the patient (wording.person_forms, voice "user"): choices named
    back in a confirmation are in the caregiver's form ("I am not ready to tell her doctor")."""
    if lex.state(spec.name).current and worried_question(line):
        return Step("reply", reading, say=worried_reply(emergency, office))  # worried now: what to do, then the list again (worry.py)
    if lex.state(spec.name).current and spec.none_choice and reading.value == [spec.none_choice] and (told := symptom_told(line)):
        # "none. back aches some days": none kept, the symptom a note, and what to do about it (told_symptom.py)
        return Step("store", replace(reading, certainty=SURE, note=capital_first(told), unclear="", options=()),
                    say=symptom_reply(told, emergency, office))
    if reading.asked:
        say = reading.reply
        if (say == "help" or not say) and spec.ask == "info":
            # "what does that mean": the point of this step in other words (its why-text), then how to go on
            say = f"Here is the idea: {spec.why} Type why to see where it comes from, or press Enter to go on."
        elif say == "help" or not say:
            say = f"Here is the idea: {spec.why} " + (how_to_answer(spec) if spec.choices else "Type a few words.")
        if reading.add_question:  # (a reply that already says whom to ask, "Ask the clinic ...", is not sent to the doctor)
            say += " I added it to your questions." if say.startswith("Ask ") else " Ask your doctor this - I added it to your questions."
        return Step("reply", reading, say=say)
    if reading.dont_know or (spec.name == "urgent_care_check" and reading.certainty != SURE and partial_yes(line)):
        return _dont_know(spec, lex, emergency, forms)
    if spec.ask == "choice" and reading.certainty in (SURE, LIKELY) and several_numbers(line):
        return Step("reask", reading, say=f"Please pick one answer: type one number from 1 to {len(spec.choices)}.")
    if reading.note and repeats_choice(reading.note, spec, reading.value):
        reading = replace(reading, note="")
    if reading.certainty == SURE and (reading.reply or reading.add_question) and spec.ask == "free":
        return Step("store", reading, say=_asked_too(reading).strip())  # "...he wants to cut. is that normal??": the question answered
    if reading.certainty == SURE and (reading.reply or reading.add_question):
        # "the scans and the biopsy. do i need the slides?": the answer kept, the question answered (answer_then_ask.py)
        kept = [f"\"{_names(spec, v, forms)}\"" for v in (reading.value if isinstance(reading.value, list) else [reading.value])]
        kept_text = kept[0] if len(kept) == 1 else ", ".join(kept[:-1]) + " and " + kept[-1]
        say = f"I kept {kept_text}. {reading.reply}".strip()
        if reading.add_question:
            say += " I added it to your questions." if reading.reply.startswith("Ask ") else " Ask your doctor this - I added it to your questions."
        return Step("store", reading, say=say)
    if reading.certainty == SURE:
        return Step("store", reading)
    if reading.certainty == LIKELY:
        if reading.message.startswith(WORRY):  # a worry said with the act: a word on it, then the question
            say = f"{WORRY} {confirm_text(spec, reading, forms)}"
        elif reading.message.startswith("Did you mean"):
            say = reading.message
        else:
            say = confirm_text(spec, reading, forms)
        return Step("confirm", reading, say=say, pending=Pending(spec.name, "confirm", reading))
    # Unclear: keep what was understood and ask only about the rest.
    if reading.options:
        names = " or ".join(f"\"{_names(spec, o, forms)}\"" for o in reading.options)
        asked = _asked_too(reading)  # "no date ... whats a gleason score" (user trial 8): the question answered as well
        lead = reading.message if reading.message.startswith("I understood") else "That fits more than one answer."  # not_agreed.py
        return Step("reask", reading, say=f"{asked}{lead} Did you mean {names}? Please pick one.")
    if spec.ask == "order":
        say = reading.message or f"Sorry, I did not understand \"{_quote(line)}\"."
        return Step("reask", reading, say=say + " Type 'ok' to keep this order, or the numbers in the order you want, like '3 1 2'.")
    if reading.value:
        got = f"I got {_numbers(spec, reading.value)}."
        if spec.none_choice and list(reading.value) == [spec.none_choice]:
            # "None" kept: never ask for more choices on top of it; ask only about the rest.
            label = next((c.label for c in spec.choices if c.id == spec.none_choice), "None")
            said = as_said(reading.unclear, line) or line.strip()  # Enter alone after it: never 'What did you mean by ""?'
            ask = (f"What did you mean by \"{_quote(said)}\"?" if said else reading.message or "I did not get an answer.") \
                + " If nothing here fits, type 'that's all'; or type the choice you meant."
            return Step("reask", reading, say=f"I got \"{label}\". {ask}", pending=Pending(spec.name, "partial", reading))
        if reading.message.startswith(NONE_AND_MORE):
            # "no none of that. he gets a bit confused...": say which words sounded like a choice.
            which = ("choices " if len(reading.value) > 1 else "choice ") + _numbers(spec, reading.value)
            return Step("reask", reading, say=f"You typed 'none', and also words that fit {which}. "
                                              f"Which did you mean? Type the numbers, or 'none'.",
                        pending=Pending(spec.name, "partial", reading))
        from .hedge_offer import offered_choice  # "4, and maybe 3 too": 'Add "How soon to act" too?'

        offered = offered_choice(reading.unclear, spec, reading.value, lambda part: read(part, spec, lexicon=lex)) if reading.unclear else None
        if offered and not reading.message:
            ask = (f"You said \"{_quote(as_said(reading.unclear, line))}\". Add \"{_names(spec, offered, forms)}\" too? "
                   "Type yes to add it, or 'that's all'.")
        elif reading.unclear and not reading.message:
            ask = f"What did you mean by \"{_quote(as_said(reading.unclear, line))}\"? Type more choices, or 'that's all'."
        else:
            ask = reading.message or ""
            if "at least" in ask:
                ask += " Type more to add to them."
        return Step("reask", reading, say=f"{_asked_too(reading)}{got} {ask}".strip(), pending=Pending(spec.name, "partial", reading))
    if reading.message:
        hint = how_to_answer(spec) if spec.choices else ""
        return Step("reask", reading, say=f"{reading.message} {hint}".strip())
    if lex.state(spec.name).current and whole([t for t in tokens(line) if t not in (",", ".", "!")], lex.yes, lex):
        # "yes" to "Is any of this happening right now?": the advice comes first, then which one.
        return Step("reask", reading, say=f"If any of these is happening now, call {emergency} now. Do not wait. "
                                          "Which one is it? Type its number. If none is, type 'none'.")
    return Step("reask", reading, say=f"Sorry, I did not understand \"{_quote(line)}\". " + (how_to_answer(spec) if spec.choices else ""))


def _dont_know(spec: StateSpec, lex: Lexicon, emergency: str = "911", forms: dict | None = None) -> Step:
    words = lex.state(spec.name)
    if spec.ask == "free":
        reading = Reading(SURE, "Not sure yet")
        return Step("store", reading, say="That is fine. I wrote 'not sure yet'. You can change it later with 'back'.")
    if words.default:
        default = Reading(LIKELY, [words.default] if spec.multi else words.default)
        from .own_words import unsure_default_why  # why the guides suggest it (dialogues/own_words.yaml)

        why = unsure_default_why(spec.name)
        say = (f"That is fine. When people are not sure, the guides suggest \"{_names(spec, default.value, forms)}\"."
               + (f" {why}" if why else "") + " It is still your choice. Shall I take that for now? You can change it later with 'back'.")
        return Step("confirm", default, say=say, pending=Pending(spec.name, "confirm", default))
    if spec.ask == "order":
        say = "That is fine. Type 'ok' to keep this order; you can change it later with 'back'."
    elif spec.multi and spec.none_choice:
        say = "That is fine. Pick only the ones you are sure of, or 'none' if none of them fits."
    elif spec.multi and spec.min_picks > 1:  # "Pick at least 3": never "pick the one"
        say = (f"That is fine. Pick the {spec.min_picks} that seem most useful for now, or type 'all'. "
               "You can change them later with 'back'.")
    elif spec.multi:
        say = "That is fine. Pick the ones that fit best for now. You can change them later with 'back'."
    else:
        say = "That is fine. Pick the one that fits best for now. You can change it later with 'back'."
    if spec.name == "red_flags":
        say = "If you are not sure whether one of these is happening now, call a doctor or nurse now to ask. " + say
    if spec.urgent or spec.name == "urgent_care_check":
        say = (f"If you are not sure, it is safest to treat it as happening now: call {emergency} or your local emergency number. "
               "Then tell me when you can.")
    return Step("reply", Reading(UNCLEAR, dont_know=True), say=say)


# "no." / "nope," / "not quite -" before the answer itself, at a free-text question's offer.
_KEEP_IT = re.compile(r"^\s*(?:(?:yes|yeah|yep|yup|ok|okay|sure|please)\b[\s,.!]*)*keep\s+(?:it|that|this|that one|my answer|what i typed|it as is)"
                      r"(?:\s+(?:please|thanks|thank you))?[\s.!]*$", re.IGNORECASE)
_NO_THEN = re.compile(r"^\s*(?:no+|nope|nah|not (?:quite|really|that))\b[\s.,!:;-]+(?:(?:it'?s|it is)\s+)?", re.IGNORECASE)


def offer(spec: StateSpec, slots: dict, lexicon: Lexicon | None = None, today: date | None = None, line: str = "") -> Step | None:
    """An answer said in an earlier line, offered for a Yes on entering its question (offers.py)."""
    from .offers import offer as offered

    return offered(spec, slots, lexicon, today, line)


def question_part(body: str) -> str:
    """The paragraph that asks the question (the last one with a question mark), for re-asks."""
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    asking = [p for p in paragraphs if "?" in p]
    return (asking or paragraphs or [body])[-1]


def told_note(state: str, lines: list[str], value, label, lexicon: Lexicon | None = None, note: str = "") -> str:
    """What the person told in own words at a question that keeps it (told.py), or "".
    `note`: the note cut from the line as read (replaced by the whole line where the question keeps it)."""
    return _told_note(state, lines, value, label, lexicon or default_lexicon(), note)


def keeps_line(state: str, lexicon: Lexicon | None = None) -> bool:
    """At this question what was typed is the plan as told ("surgery or wait and see"): kept whole (told.py)."""
    return (lexicon or default_lexicon()).state(state).keeps_line
