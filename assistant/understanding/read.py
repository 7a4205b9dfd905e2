"""One line in, one Reading out: the entry point of understanding."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import replace
from datetime import date
from .plain_doubt import plain_doubt
from ..flow import StateSpec
from .about_app import about_number
from .asking import after_leads, answer_question, question_form
from . import beside_picks, fastpath, named, urgent_checked, whole_hedge
from .number_described import number_described
from .rewritten import rewritten
from .choices import read_choice
from .lexicon import Lexicon, default_lexicon
from .free_relative import names_a_thing
from .question_words import MEAN as _MEAN, STRONG_STARTS as _STRONG_STARTS, SUBJECTS as _SUBJECTS, WH as _WH, exact
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean, tokens
from .twosided import question_frame
from .answer_then_ask import answer_then_ask, question_after_lead
from .question_beside import question_beside
from .timehedge import settle_time_hedge  # "next summer maybe": months, whatever the doubt
from .remarks import set_aside  # "the scans, and travel's hard, we got cattle to feed": the rest names nothing here
from .doctor_actor import doctor_as_actor
from .speakers import only_the_speaker  # "the GP keeps telling me it's my age": the GP said it, no pick
from .caution import second_look  # a second look before storing: never a silent misread
from .story import with_story  # "tried physio for 4 months and my back is no better": kept as a note
from .third_thoughts_one import future_visit  # "we have an appt thursday": not yet, the day kept
from .listener import doubts  # "not that I know of", "partly covered", "... right?": a careful listener's doubts
from .loose_ends import loose_ends  # "all of them kinda", "either 1 or 2 honestly": less sure
from .closing_doubt import closing_doubt  # "nothing else is planned, but I'm honestly not certain": not sure
from .fears import feared  # "scared she'll be upset if I ask": fear of asking is no yes
from .last_doubts import last_doubts  # "7 if it turns out to be X", "the fourth one but not really": asked
from .unsafe import not_safe  # "X, or maybe Y", "idk, ... X", "lost count", "two, if you count the GP": not safe to store
from .dialect import plainly
from .wrongly_sure import wrongly_sure  # round 21: "idk whats covered", "my support is insufficient", "my physio did": asked
from .reciprocal import typed_note  # the note in the person's words
from .done_parts import without_done  # "had the cat scan. nothing else" at "any tests pending?": the scan is history
from .question_rules import by_question  # "no fever, no stiff neck, alert", "one more echo in january": one question's rules
from .later_wins import later_wins  # "2 i think... wait no, 1": the later answer, offered back
from .own_question import own_question
from .none_in_words import says_none
from .whole_line_first import first_reading
from .after_read import second_readings
from .language_help import language_need, with_answer  # "i need interpreter", "my father, he dont speak english"
from .qualified_part import qualified_part  # "2, 4 and 3 on a good day": 2 and 4 kept, "3 on a good day" asked (helper u23b)
from .others_story import others_story  # "3, my neighbour had a rare cancer": 3 kept, the story asked (helper u23b)
from .sure_percent import sure_percent  # "like 70% sure lol. and i understand stuff": 2 kept, "like 70% sure" asked (helper u21a)

SKIP_WORDS = {"skip", "none", "no", "nothing", "pass", "n/a", "na", "no thanks", "not sure", "dont know"}


_NESTED: ContextVar[bool] = ContextVar("read_nested", default=False)  # a line's parts, read again, are not the line


def read(line: str, spec: StateSpec, **kw) -> Reading:
    """What `line` means as an answer to `spec` (see _read_line); at the emergency turn, a doctor's check told in parts
    ("ER checked him last night, ECG normal, he's ok now": urgent_checked.py), for the whole line only."""
    top = not _NESTED.get()
    if top and not kw.get("keep") and (first := first_reading(line, spec, kw, read)):
        return first  # a deadline alone, easy travel, none nearby, a plan as the problem, a doubt of the rest (whole_line_first.py)
    token = _NESTED.set(True)
    try:
        reading = _read_line(line, spec, **kw)
    finally:
        _NESTED.reset(token)
    if top and spec.name in urgent_checked.STATES and not kw.get("keep"):
        reading = urgent_checked.as_checked(reading, line, spec)
    if top and not kw.get("keep"):
        reading = second_readings(reading, line, spec, kw, read)  # the readers that look at the whole line again (after_read.py)
    return reading


def _read_line(
    line: str,
    spec: StateSpec,
    *,
    lexicon: Lexicon | None = None,
    today: date | None = None,
    items: list[str] | None = None,
    item_ids: list[str | None] | None = None,
    questions: StateSpec | None = None,
    keep: tuple = (),
) -> Reading:
    """What `line` means as an answer to `spec`. `keep` is what an earlier, partly understood
    answer to the same question already gave; `items`/`item_ids` the list an order question reorders."""
    lex = lexicon or default_lexicon()
    if (done := beside_picks.finished(line, spec, lex, keep, lambda head: read(head, spec, lexicon=lex, today=today, keep=keep))):
        return done  # "ITS A BLOOD THINNER. THATS ALL": the list is finished
    if not keep and not spec.name.startswith(("red_flags", "urgent")) and says_none(line, spec):
        return read(spec.none_choice, spec, lexicon=lex, today=today)  # "I don't think any of these", "neither": none (none_in_words.py)
    first = fastpath.early(line, spec, lex, keep, lambda: _read(line, spec, lex, today or date.today(), items, item_ids, questions, keep))
    if first is not None:  # "2", "1, 3", Enter alone: no words, so no rewrite below can apply (fastpath.py)
        return first
    if not keep and (described := number_described(line, spec, lambda part: read(part, spec, lexicon=lex, today=today))):
        return described  # "option 2, the 'we're not totally sure what kind' one": the number, its gist after it
    if spec.multi and not keep and (hedged := whole_hedge.hedged_whole(line, spec, lambda rest: read(rest, spec, lexicon=lex, today=today))):
        return hedged  # "maybe 2 and 4", "1 and 5 probably": the hedge covers every pick alike
    if spec.ask in ("choice", "multi") and not keep:
        from .tailq import answer_then_question  # "i have medicare, does medicare pay for it?": no answer in the statement

        asked = answer_then_question(line, spec, lex, lambda head: read(head, spec, lexicon=lex, today=today))
        if asked is not None:
            return asked
    typed = line
    line = rewritten(line, spec, lex, lambda head: read(head, spec, lexicon=lex, today=today))  # other words, same answer (rewritten.py)
    if not keep and spec.ask in ("choice", "multi"):
        from .skipping import skipped  # "skip" at records: not sure yet; elsewhere, how to go on

        skip = skipped(line, spec)
        if skip is not None:
            return skip
    if not keep:  # "2", "1, 3": the choices at those places, as the full reading gives them (fastpath.py)
        fast = fastpath.numbers_only(line, spec, lex) or named.exact_name(line, spec, lex)  # "understand": named.py
        if fast is not None:
            return fast
    today = today or date.today()

    reading = settle_time_hedge(_read_again(line, spec, lex, today, items, item_ids, questions, keep), line, spec, lex, today)
    if keep:
        return reading

    reading = set_aside(reading, line, spec, lex) or reading

    reading = only_the_speaker(reading, line, spec, lex) or reading
    reading = doctor_as_actor(reading, line, spec, lex) or reading  # "My GP brushed off the swelling": dismissed, not "no specialist"

    reading = with_story(doubts(future_visit(second_look(reading, line, spec, lex), line, spec, lex, today), line, spec, lex), line, spec, lex)
    reading = loose_ends(reading, line, spec, lex)

    reading = closing_doubt(reading, line, spec)

    reading = feared(reading, line, spec, lex)

    reading = last_doubts(reading, line, spec, lex, lambda part: _read_again(part, spec, lex, today, items, item_ids, questions, keep, False))
    reading = not_safe(reading, line, spec, lex, lambda part: _read_again(part, spec, lex, today, items, item_ids, questions, keep, False))
    reading = wrongly_sure(reading, line, spec, lex, lambda part: _read_again(part, spec, lex, today, items, item_ids, questions, keep, False),
                           plainly(typed) or typed)  # the doubt checks read "dem nuh sure" as "dem not sure" (dialect.py)

    reading = typed_note(reading, typed)
    if reading.note and line != typed:
        from .as_typed import note_as_typed  # a note cut from a line put in other words: as the person typed it

        reading = replace(reading, note=note_as_typed(reading.note, line, typed))

    reading = without_done(reading, line, spec, lex, lambda part: read(part, spec, lexicon=lex, today=today))

    reading = by_question(reading, line, spec, lex, today, lambda part: read(part, spec, lexicon=lex, today=today, items=items, item_ids=item_ids))

    reading = beside_picks.before_asking(later_wins(reading, line, spec, lex, lambda part: read(
        part, spec, lexicon=lex, today=today, items=items, item_ids=item_ids, questions=questions, keep=keep)), line, spec, lex,
        lambda part: read(part, spec, lexicon=lex, today=today))
    from .hedged_part import hedged_part  # "1 and 3 and 7 probably": 7 asked about, 1 and 3 kept (helper u19b)

    reading = hedged_part(reading, line, spec, lambda part: read(part, spec, lexicon=lex, today=today))
    reading = qualified_part(reading, line, spec, lambda part: read(part, spec, lexicon=lex, today=today))
    reading = others_story(reading, line, spec, lambda part: read(part, spec, lexicon=lex, today=today))
    reading = sure_percent(reading, line, spec, lambda part: read(part, spec, lexicon=lex, today=today))
    # "the scans and the biopsy. do i need the slides?", "no date ... whats a gleason score by the way" (user trial 8): both kept
    def part_read(part): return read(part, spec, lexicon=lex, today=today, items=items, item_ids=item_ids, questions=questions)
    if (led := question_after_lead(reading, line, spec, lex, part_read)) is not None:
        return led  # "Before I pick anything: does what I type here go to ...?": the question (answer_then_ask.py)
    if both := ((reading.asked or (reading.certainty in (SURE, LIKELY) or "(" in line) and "?" in line) and answer_then_ask(reading, line, spec, lex, part_read)
                or question_beside(reading, line, spec, lex, part_read)):
        return both
    return beside_picks.after_reading(reading, line, spec, lex, lambda part: read(part, spec, lexicon=lex, today=today))


def _read_again(line, spec, lex, today, items, item_ids, questions, keep, by_part=True) -> Reading:
    """The line as written, then (when not understood) in other words, then part by part."""
    reading = _read_words(line, spec, lex, today, items, item_ids, questions, keep)
    if by_part and spec.multi and not reading.asked and not reading.dont_know and not keep:
        from .clauses import by_parts, refuses_a_part  # "pros/cons: yes. sure: no", "same dx, diff plan": part by part

        checked = reading.certainty == SURE and refuses_a_part(line, spec, lex, reading.value)  # "identical dx. diff tx": read whole, both taken
        if reading.certainty == UNCLEAR or checked:
            parts = by_parts(line, spec, lex, lambda part: _read_again(part, spec, lex, today, items, item_ids, questions, keep, False))
            if parts is not None:
                return parts
            if checked and reading.value == [spec.none_choice] and not refuses_a_part(line, spec, lex):
                return Reading(UNCLEAR, unclear=clean(line))  # "same thing, just not how soon": "none" and a yes; asked
    if by_part and spec.ask in ("choice", "multi") and not keep:
        from .conclusion import drawn_answer  # "there is no plan, so 1": the reason first, the answer drawn from it last

        drawn = drawn_answer(line, reading, spec, lex, lambda part: _read_again(part, spec, lex, today, items, item_ids, questions, keep, False))
        if drawn is not None:
            return drawn
    if by_part and spec.ask == "choice" and not keep and not spec.name.startswith(("urgent", "red_flags")):  # never at the safety turns
        from .leading import answer_first  # "Me. Always me.", "opt 1. cost is fine": the answer first, a remark after

        first = answer_first(line, reading, lambda part: _read_again(part, spec, lex, today, items, item_ids, questions, keep, False))
        if first is not None:
            return first
        from .keyboard import without_onlookers  # "its me, my dad is reading over my shoulder": the dad only watches

        alone = without_onlookers(line, reading, spec, lex, lambda part: _read_again(part, spec, lex, today, items, item_ids, questions, keep, False))
        if alone is not None:
            return alone
        from .visits import future_visit  # "we see the doctor tomorrow": not checked yet

        ahead = future_visit(line, reading, spec, lex, today)
        if ahead is not None:
            return ahead
    return reading


def _read_words(line, spec, lex, today, items, item_ids, questions, keep) -> Reading:
    """The line as written, then (when not understood) in other words."""
    from .foreign import mostly_foreign  # "mami no tiene seguro": read in English first

    english = mostly_foreign(line, lex) if spec.ask in ("choice", "multi") and not keep else None
    reading = _read(line, spec, lex, today, items, item_ids, questions, keep)
    if english is not None and reading.certainty == SURE:
        first = _read(english, spec, lex, today, items, item_ids, questions, keep)
        if first.value != reading.value and (first.value is not None or first.options or first.asked or first.dont_know):
            return first  # the same answer read either way keeps the words as typed ("my hija")
    if reading.certainty == SURE and spec.ask not in ("free", "info", "order") and not keep:
        # "prety sure": stored as "sure" with the misspelt word left out; read with it put right,
        # the line says more ("pretty sure"), and that reading is the one meant.
        from .spelling import corrected

        fixed = corrected(line, spec, lex, beside_picks=True)
        if fixed is not None:
            second = _read(fixed, spec, lex, today, items, item_ids, questions, keep)
            if second.certainty == SURE and second.value is not None and second.value != reading.value:
                return second
        from .foreign import doubt_in_english

        doubted = doubt_in_english(reading, line, lambda again: _read(again, spec, lex, today, items, item_ids, questions, keep), lex)
        if doubted is not None:
            return doubted
    if (reading.certainty == UNCLEAR and not reading.asked and not reading.dont_know and not keep) or reading.certainty == LIKELY:
        # Not understood as written: read once more with Spanish, texting or broken-English words
        # rewritten ("para mi mama", "doctor no say a date", rewrite.py), then with misspelt words
        # put right ("farily sure", spelling.py). Only an answer understood that way (stored, or
        # offered for a Yes) replaces the first reading.
        from .plainer import plainer
        from .rewrite import rewritten
        from .spelling import corrected

        # Then in plain words: medical shorthand, formal words, several misspellings (plainer.py).
        from .parity import by_parity  # "even numbers": 2, 4, 6 ...
        from .typos import squeezed  # "nno", "tw o", "nnoe": a short answer with a slip of the keys
        from .otherwise import other_wordings  # "i tole him allredy", "the papers from the ER": said otherwise (otherwise.py)
        from .homophones import as_said  # "know rush", "there all done": "no", "they are", as voice typing heard them

        from .ellipsis import as_yes_no  # "Haven't.", "we did, last week": the question's helping verb alone says no or yes
        from .asyndeton import with_and  # "know good bad", "pros cons": the "and" the question's own words have
        from .agreement import agreed  # "he turn one next week", "doctor see him already": the verb's ending put back
        from .inability import not_knowing  # "he doesn't remember", "I can't keep track of all these doctors": I don't know
        from .nothing_said import as_nothing  # "NOT A THING", "zilch": nothing
        from .both_said import both_said  # "both said scope it, so we're good": they agree (whatever they said)

        heard_as = as_said(line, lex, spec)  # "know" heard as "no": offered back, never stored (the person may mean "I know")
        for again in (rewritten(line, lex), corrected(line, spec, lex), *other_wordings(line, spec, reading), plainer(line, spec, lex), squeezed(line, spec, lex),
                      by_parity(line, spec, lex), heard_as, as_yes_no(line) if spec.ask == "choice" else None,
                      with_and(line, spec, lex), agreed(line), not_knowing(line, spec), as_nothing(line), both_said(line, spec)):
            if again is None:
                continue
            second = _read(again, spec, lex, today, items, item_ids, questions, keep)
            if again is heard_as and second.certainty == SURE:
                second = replace(second, certainty=LIKELY)
            whole = second.value and not second.unclear and not reading.value  # "los de riesgos y ...": all read, more picks needed
            # "MRI / resection y/n": read in part as written, all of it in plain words, keeping every pick read before
            whole = whole or (isinstance(reading.value, list) and isinstance(second.value, list) and second.certainty == SURE
                              and set(reading.value) <= set(second.value) and reading.certainty == UNCLEAR)
            if reading.certainty == LIKELY:  # "tres doctores" offered as "Three or more": the rewrite makes it sure
                if second.certainty == SURE and second.value == reading.value:
                    return second
                if second.certainty == SURE and second.value is not None:  # "its for my gf": the words, not a near spelling, are offered
                    return replace(second, certainty=LIKELY)
                continue
            if (second.certainty in (SURE, LIKELY) and second.value is not None) or whole:
                return second
            if second.dont_know and not reading.value and not reading.options:  # "I am not knowing": I don't know, in other words
                return second
    if reading.certainty != SURE and not keep and spec.ask == "choice":
        from .degrees import by_degree  # "~70% per him": a degree in numbers, at a question about how sure

        degree = by_degree(line, spec, lex)
        if degree is not None:
            return degree
    if (reading.certainty == LIKELY or reading.options) and spec.ask == "choice" and not keep:
        from .deferred import first_then_maybe  # "compare first, then maybe a third": the one said as now

        now = first_then_maybe(line, reading, spec, lex)
        if now is not None:
            return now
    if reading.certainty == LIKELY and spec.ask == "choice" and not keep:
        from .purpose import thing_along  # "radiation, with hormone tablets": offered back for the comma; the radiation

        along = thing_along(line, reading, spec, lex)
        if along is not None:
            return along
    if reading.options and not keep:
        from .purpose import thing_for  # "a pump for the pain medicine": the pump

        served = thing_for(line, reading, spec, lex)
        if served is not None:
            return served
        from .either import named_beside  # "the other way first, cheaper and faster": "cheaper" beside the one it fits

        beside = named_beside(line, reading, spec, lex)
        if beside is not None:
            return beside
    return reading


def _read(line, spec, lex, today, items, item_ids, questions, keep) -> Reading:

    text = clean(line)
    toks = plain_doubt(tokens(text))

    need = language_need(text, toks, spec, lex)  # the guides' reply, at any question; the rest read as the answer
    if need is not None:
        return with_answer(need, text, spec, lex, lambda rest: _read_again(rest, spec, lex, today, items, item_ids, questions, keep, False))
    if spec.ask == "free":
        from .free_text import lines_kept, read_free  # the free questions: the words kept as typed

        return read_free(lines_kept(line, spec) or text, toks, spec, lex)
    if spec.ask == "info":
        from .info_turns import at_info  # "ok": on; "what does that mean": a reply; "he has a test on the 14th": a note

        return at_info(text, toks, spec, lex)
    if not [t for t in toks if t not in ("?", "!", ".", ",")]:
        if keep and spec.multi and len(keep) >= spec.min_picks and not spec.name.startswith(("red_flags", "urgent")):
            return Reading(SURE, list(keep))  # Enter after "I got 2. What did you mean by ...? Type more choices, or 'that's all'"
        return Reading(UNCLEAR, list(keep) or None, message="I did not get an answer.")
    mark, start = question_form(text, toks, lex)
    mark = mark or (start and "?" in toks[:-1])  # "does my GP count? he agreed with the surgeon"
    if start and not mark and toks[:1] == ["is"] and toks[1:2] in (["for"], ["about"], ["me"]):
        start = False  # "is for my apá, ...": a statement with "it" left out, as people write who learnt another language first
    if spec.ask == "order":
        from .order_answer import read_order_answer  # "put 5 first", "idk, you pick", "drop the family one"

        return read_order_answer(text, toks, spec, lex, mark, start, items, item_ids, questions)
    if spec.name == "welcome_age" and not mark:  # the question is the age: "he is 9", "6 months", "my son, 4"
        from .ages import read_age

        age = read_age(text, toks, spec, lex)
        if age is not None:
            return age
    reading = read_choice(text, toks, spec, lex, today, keep)
    if not reading.value and (mine := own_question(text, spec)) is not None:
        return mine  # "i want to ask about seeing an electrophysiologist": on the list, and the list again
    # "what does in network mean": asking what a word means, never an answer.
    asked = after_leads(toks, lex)  # "hang on, what does pathology mean": the question after the lead
    core = [t for t in asked if t not in ("?", "!", ".")]
    if (mark or start or {"what", "whats", "explain", "difference", "diff"} & set(core)) and about_number(core, spec, lex):
        return answer_question(text, toks, spec, lex)  # "whats 6 mean", "can u explain number 2": about my own list
    if (len(core) >= 3 and core[0] in _WH and (core[-1] in _MEAN or core[1] in _MEAN)) or question_frame(asked, lex):
        # "what does in network mean", and "what mean procedure" with the "does" left out
        return answer_question(text, toks, spec, lex)
    from .wondering import wonders  # "why does it matter how sure he sounded", "is a stimulator a device or a procedure"

    if (mark and start or wonders(asked)) and not exact(text, spec):
        return answer_question(text, toks, spec, lex)
    strong = len(asked) >= 3 and asked[0] in _STRONG_STARTS and (asked[0] in _WH or asked[1] in _SUBJECTS)
    strong = strong and (mark or not names_a_thing(asked))  # "what the doctor wrote": a thing told (free_relative.py)
    if strong and not exact(text, spec) and not reading.value and not reading.options:
        return answer_question(text, toks, spec, lex)
    if (start and not reading.sure and not reading.value and not reading.options) or (mark and not reading.sure and not reading.value and not reading.options):
        from .hedged_ask import hedged_tail  # "the form, maybe the deadline?": a hedge said aloud, no question (helper u23b)

        if start or not hedged_tail(toks, spec):
            return answer_question(text, toks, spec, lex)
    from .asked_back import asks_back  # "does a blood test count", "Third costs money? How much?": asked, not answered

    if not exact(text, spec) and asks_back(text, toks, spec, lex, reading):
        return answer_question(text, toks, spec, lex)
    return reading
