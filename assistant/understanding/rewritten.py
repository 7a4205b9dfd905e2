"""A line put in other words before it is read: the same answer, said the way the reading rules expect.

Split out of read.py (helper lo8): marks that cut nothing ("1 in 100,000"), examples in brackets, bullets,
particles, phrasal verbs, homophones ("number to for and ate"), negations raised or lowered, openings and
closings that pick nothing ("Kindly note ...", "2. Beyond that, unsure"), exclusions ("2 3 4, not 1 yet").
Each step returns a new line or None (the line unchanged); the order is the one read.py had.
"""

from __future__ import annotations

from collections.abc import Callable

from ..flow import StateSpec
from . import beside_picks, beyond_that, choosing, colon_examples, requests
from .lexicon import Lexicon
from .openings import without_opening  # "Kindly note we have ...": the opening picks nothing
from .openings import without_sure  # "Sure I haven't a notion": Irish "sure", no yes
from .positions import before_last  # "the last one before none", "second to last": a place
from .exclusions import without_excluded  # "2 3 4, not 1 yet", "not 1, the rest yes": the one left out, plainly
from .dialect import plainly  # "mi nuh sure": dialect words put plainly
from .particles import without_particles  # "None po", "the last one sha": the particle says how, not what
from .inability import cannot_say, known_elsewhere  # "I cannot yet say.", "not remember": I don't know, however dressed
from .heard import without_comma_asides  # "I am not certain, however, of what matters": the aside says nothing
from .vague_tail import without_vague_tail  # "the ultrasound was blurry or something": near enough, no part of its own
# Imported here, not in the function: an import statement run on every answer costs a call into the import
# system each time (issue 17, row 1).
from .verdicts import checklist  # "Support: check. Sure: hah.", "but sure? no": each heading's verdict applied
from .numbered_verdicts import numbered_verdicts  # "(1) no (2) yes (3) yes", "[x] 2 [x] 3 [ ] 5": the numbers said to hold
from .bullets import plain_marks  # "1 in 100,000", "St. Luke's": a comma or a full stop that cuts nothing
from .named_medicine import named_medicine  # "more humira": a medicine by its name
from .said_lacking import said_lacking  # "I feel kind of alone in this": the support choice said not to hold
from .tests_vs_feeling import tests_vs_feeling  # "her echo looks bad but she feels okay": the results and the feeling
from .option_lists import without_option_lists  # "many options (brace, surgery, or wait)": examples, no picks
from .brackets import without_examples  # "1 (diabetes, CKD3)", "three options (surgery, radiation, watching)": what the pick is
from .bullets import unbulleted  # "- 6 (first DMT failed)\n- 8": a list in bullets, not "-6"
from .enumerated import items  # "1) it's for my son 2) he's 9 months": the person's points, not choices 1 and 2
from .order_numbers import swapped_numbers  # "swap one and to": 1 and 2
from .doubled import said_once  # "still not SURE sure": a word said twice for weight, said once
from .no_effect import read_as_failed  # "the meds ain't cutting it", "nothing has helped": "did not work"
from .time_range import as_range  # "2 WKS MAYBE 3", "2 weeks or 3": "2 to 3 weeks"
from .head_nouns import as_head  # "the list of all the strep tests": lab tests (the kind is in the head word)
from .laughter import as_comma  # "me lol tore up my shoulder": "me, tore up my shoulder"
from .phrasal import joined  # "take the bladder out", "half thyroid out": "take out the bladder"
from .reciprocal import as_a_person  # "one doctor says A, the other says B": no choice "other"
from .speakers import relayed  # "dad says 1 and 7": his picks, passed on
from .milestones import far_along  # "by my 28 week appt": how far along, no time from today
from .homophones import as_numbers, know_first  # "number to for and ate": 2, 4 and 8; "know, nothing planned": "no"
from .homophones import letters_said, no_as_know  # "i no the pros and cons": "know"; "the em are eye": "the mri"
from .twosided import whether_or_not  # "whether to do it or no": "or not", no answer "no"
from .twosided import without_tag_no  # "cancer is having many types no": a tag, no "none"
from .negraise import plain_not, subject_not  # "I don't really understand the plan": "I don't understand the plan"
from .negraise import lowered  # "I do not believe the imaging matches how I feel": the scans do not match
from .all_differs import all_differs  # "literally everything. one says endo one says ibs": every difference
from .agreed import limited  # "they agree it's gallstones, just not what to do": the agreement is about one thing
from .one_the_other import without_other_side  # "one called it benign, the other cancer": one difference


def rewritten(line: str, spec: StateSpec, lex: Lexicon, read_head: Callable) -> str:
    """The line in the words the reading rules expect (`read_head(text)`: a part read at the same question)."""
    if spec.ask in ("choice", "multi"):
        line = said_once(line) or line  # "still not SURE sure": a word said twice for weight, said once
    if spec.multi:
        line = numbered_verdicts(line, spec) or line
    if spec.multi and ("?" in line or ":" in line or "-" in line or "," in line):
        line = checklist(line, spec) or line
    if spec.ask in ("choice", "multi") and ("," in line or "." in line or "-" in line):  # (free text is kept exactly as typed)
        line = plain_marks(line, spec.multi, joined=spec.multi and not spec.name.startswith(("red_flags", "urgent")))  # "37.2", "48-hour": no picks
    if spec.ask == "choice":
        line = named_medicine(line, spec) or line  # "more humira": a medicine by its name (named_medicine.py)
    if spec.multi:
        line = said_lacking(line, spec) or line  # "I am alone here": no support, said plainly (said_lacking.py)
        line = tests_vs_feeling(line, spec) or line  # "mri says its tore up but it dont hurt that bad": they do not match
        line = without_option_lists(line, spec) or line  # "many options, laser or drops": what the options are (option_lists.py)
    if spec.ask in ("choice", "multi") and ("(" in line or ":" in line or " - " in line or " \u2013 " in line or " \u2014 " in line):
        line = without_examples(colon_examples.as_brackets(line), spec) or line  # "many options: brace, physio, operation" too
    if spec.ask in ("choice", "multi") and ("\n" in line or line.lstrip()[:1] in ("-", "*", "•")):
        line = unbulleted(line)
    if spec.ask in ("choice", "multi") and (")" in line or ". " in line):
        line = items(line, spec.multi) or line
    if spec.ask == "order":
        line = swapped_numbers(line, lex) or line
    if spec.ask in ("choice", "multi", "order"):

        line = without_particles(line) or line
        line = plainly(line) or line  # "him seh him nuh sure": "not sure" (dialect.py)
        line = read_as_failed(line, spec.name) or line
        line = as_head(line, spec) or line
        line = as_range(line, spec, lex) or line
        if spec.ask != "order":
            line = as_comma(line) or line
        line = beside_picks.rewritten(line, spec)  # "a cgm trial next wk n a1c", "she is strong enough"

        line = cannot_say(line) or known_elsewhere(line, spec) or without_comma_asides(line) or line  # "idk, my son does the papers"
        line = without_vague_tail(line, spec.multi) or line
        if spec.ask != "order":
            line = joined(line) or line
            line = as_a_person(line, spec) or line
            line = far_along(relayed(line, spec, lex) or line) or relayed(line, spec, lex) or line
        line = as_numbers(line, lex) or know_first(line, lex, spec) or line
        if spec.ask != "order":
            line = letters_said(line) or line

        line = no_as_know(line) or line
        line = whether_or_not(line) or line
        if spec.ask == "multi":
            line = without_tag_no(line) or line
        line = subject_not(line) or line  # "neither of us knows the pros and cons": "we do not know ..."
        line = plain_not(line) or line
        if spec.ask == "multi":
            line = lowered(line) or line
            if spec.name == "compare_differs":
                line = all_differs(line, spec) or line  # "everything, they agree on nothing", "everything except cancer"
                line = limited(line, spec) or line
                line = without_other_side(line, spec, lex) or line
        if spec.ask != "order":
            line = requests.as_question(line) or without_opening(line) or line  # "Kindly tell what is meant by X": asked (requests.py)
            line = beyond_that.closed(line, spec, read_head) or line  # "2. Beyond that, unsure"

            line = without_sure(line, spec) or line
            line = choosing.negated_choosing(line) or line  # "don't tick 2, only 3": not 2

            line = without_excluded(line, spec) or line

            line = before_last(line, spec) or line
    return line
