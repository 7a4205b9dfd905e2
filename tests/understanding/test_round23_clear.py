"""Round 23 (issue 11, helper 11b9): clear answers asked again, fixed by mechanism, in our own words
(none of these lines is in a round's data)."""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE, UNCLEAR
from assistant.understanding.correction_words import spans
from assistant.understanding.lexicon import default_lexicon
from assistant.understanding.text import clean, tokens

from .reading_support import FLOW, pick, picks, reading

LEX = default_lexicon()


# A self-correction with marks typed inside its words ("-- no, sorry, weeks"): the later answer is
# offered back for a Yes, never one of the two stored unasked (correction_words.py, later_wins.py).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_when", "within days I reckon - no, sorry, a few weeks", "weeks"),
    ("decision_when", "a few months... no. Sorry. Within days", "days"),
    ("fit", "option 2. No, actually, option 1", "second_opinion"),
    ("fit", "keep the plan; wait, no - plan a second opinion", "second_opinion"),
    ("compare_values", "the most. Hang on, no: the least", "gentler"),
    ("fit_two_opinions", "compare them - no, wait - a third opinion", "third"),
])
def test_a_correction_with_marks_inside_offers_the_later_answer(state, line, meant):
    result = reading(state, line)
    assert result.certainty == LIKELY and result.value == meant


def test_the_correction_words_are_found_across_marks():
    toks = tokens(clean("days — no, sorry, weeks"))
    assert [toks[at:end] for at, end in spans(toks, LEX)] == [["no", ",", "sorry"]]
    assert not spans(tokens(clean("days, not weeks")), LEX)


@pytest.mark.parametrize("state, line", [
    ("fit", "option 2. No, actually, option 1"),
    ("decision_when", "days, no, sorry, weeks"),
])
def test_a_correction_is_never_stored_as_the_first_answer(state, line):
    result = reading(state, line)
    assert not (result.certainty == SURE and result.value in ("alternative", "days"))


# Said twice the same, or a first part that said no answer: the later part is the answer, sure.
@pytest.mark.parametrize("state, line, meant", [
    ("welcome", "It is for Halmoni... sorry, I mean my grandmother", "caregiver"),
    ("compare_two_field", "the doctor, sorry I mean the surgeon", "surgeon"),
    ("fit", "hmm, no wait, option 1", "second_opinion"),
    ("fit", "plan a second opinion - sorry, I mean, a second opinion please", "second_opinion"),
    ("compare_one_field", "the thingy doctor... sorry, I mean a surgeon", "surgeon"),
])
def test_a_correction_that_only_clears_up_is_the_answer(state, line, meant):
    assert pick(state, line) == meant


# At the order question: the order after a correction, offered back for a Yes.
ORDER_IDS = ["q1", "q3", "q5", "q6", "q8"]
LABELS = FLOW.choice_labels("questions")
ITEMS = [LABELS[i] for i in ORDER_IDS]


def order(line):
    result = reading("questions_order", line, items=ITEMS, item_ids=ORDER_IDS, questions=FLOW.state("questions"))
    numbers = [ITEMS.index(x) + 1 for x in result.value] if isinstance(result.value, list) else result.value
    return result.certainty, numbers


@pytest.mark.parametrize("line, meant", [
    ("2 1 3 4 5 - wait, no: 1 3 2 4 5", [1, 3, 2, 4, 5]),
    ("5 4 3 2 1, sorry, I mean 1 2 3 5 4", [1, 2, 3, 5, 4]),
    ("3 first, no wait, 1 first", [1, 2, 3, 4, 5]),
    ("4 1 2 3 5... scratch that: 4 5 1 2 3", [4, 5, 1, 2, 3]),
    ("2 3 1. No, actually, 3 2 1", [3, 2, 1, 4, 5]),
])
def test_a_corrected_order_offers_the_later_one(line, meant):
    assert order(line) == (LIKELY, meant)


def test_a_correction_to_something_that_is_no_order_is_still_asked():
    assert order("2 1 3, no wait, hmm")[0] == UNCLEAR


# Numbers, then a remark that agrees with them (order_remark.py).
@pytest.mark.parametrize("line, meant", [
    ("3 1 2 lol risks first", [3, 1, 2, 4, 5]),
    ("3 2 1 4 5 - the risks first, for my dad", [3, 2, 1, 4, 5]),
    ("5 1 2 3 4 (family one first)", [5, 1, 2, 3, 4]),
    ("1 3 2, diagnosis first obviously", [1, 3, 2, 4, 5]),
    ("4 1 2 3 5 - the waiting one at the top", [4, 1, 2, 3, 5]),
])
def test_an_order_in_numbers_with_a_remark_that_agrees_is_the_order(line, meant):
    assert order(line) == (SURE, meant)


@pytest.mark.parametrize("line", [
    "3 1 2 - risks last",          # the remark puts the first number elsewhere
    "3 1 2 - options first",        # the remark names another question first
    "1 3 2 then two",              # another number: another order
])
def test_an_order_with_a_remark_that_disagrees_is_never_stored_as_the_numbers(line):
    certainty, value = order(line)
    numbers = [int(t) for t in line.split() if t.isdigit()][:3]
    assert not (certainty == SURE and value[:3] == numbers)


# A pick-any answer written as a checklist: a heading, a mark, a verdict (verdicts.py).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "I have support, my husband and kids, but sure? no", {"support"}),
    ("decision_sure", "Support: check. Knowledge: check. Sure: hah.", {"support", "understand"}),
    ("decision_sure", "Sure? No way. Pros and cons? Yes.", {"understand"}),
    ("summary_sure", "support: yes. sure: not really", {"support"}),
    ("decision_sure", "sure? nope. values? yes", {"values"}),
    ("records", "scans? yes. biopsy? no", {"imaging"}),
    ("signs", "surgery? yes. risky? nah", {"major_procedure"}),
])
def test_a_checklist_answer_keeps_what_holds_and_drops_what_does_not(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("decision_sure", "Sure: hah."),                       # only a heading said not to hold: nothing picked
    ("decision_sure", "sure? no. support? no."),
])
def test_a_heading_said_not_to_hold_is_never_picked(state, line):
    result = reading(state, line)
    assert not (result.certainty == SURE and isinstance(result.value, list) and set(result.value) & {"sure", "support"})


def test_a_checklist_is_not_read_at_the_red_flag_questions():
    from assistant.understanding.verdicts import checklist

    assert checklist("chest pain? no. fever? yes", FLOW.state("red_flags")) is None
    assert checklist("fine, thanks", FLOW.state("decision_sure")) is None


@pytest.mark.parametrize("line", ["Knowledge: check", "I'm well informed", "I know the facts"])
def test_knowing_said_as_a_noun_is_knowing_the_good_and_bad_points(line):
    assert picks("decision_sure", line) == {"understand"}


# Words about the picks, then the picks in numbers in a sentence of their own (settled_numbers.py).
@pytest.mark.parametrize("state, line, meant", [
    ("signs_more", "Lots going on: heart failure, gout, bad kidneys. That's #1.", {"comorbidities"}),
    ("signs", "It's a big operation and nobody listens to us. 2 and 9.", {"major_procedure", "not_heard"}),
    ("questions", "2, 4, 6 and 9. Especially 9 - what if it doesnt work.", {"q2", "q4", "q6", "q9"}),
    ("records", "the CT from the ER and the bloods. So 1 and 4.", {"imaging", "labs"}),
    ("signs", "The scan looks awful but he feels great - I'd say #4.", {"mismatch"}),
])
def test_numbers_said_apart_settle_what_the_words_explained(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("records", "the scans and the biopsy. That's 1."),       # the words name a choice the numbers do not
    ("questions", "1, 3, 5, 7. Strike 1. So 3, 5, 7 and 10."),  # two different lists: asked
    ("red_flags", "he is a bit breathless. that's 1"),          # never at the red-flag questions
])
def test_numbers_that_leave_out_what_the_words_name_are_not_settled(state, line):
    from assistant.understanding.settled_numbers import settled_numbers

    result = reading(state, line)
    assert settled_numbers(line, FLOW.state(state), result) is None
