"""Answers meant to be asked, not stored as a pick (helper u17): mechanisms tried with wordings of our own,
not the corpus lines, and the look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from .reading_support import pick, picks, reading


# --- How sure was the doctor: a test wanted FIRST leaves the verdict waiting ---------------------

@pytest.mark.parametrize("state, line", [
    ("compare_two_confidence", "she seemed fairly confident but wanted an ultrasound first"),
    ("compare_one_confidence", "fairly sure it is benign, though he wants the biopsy first"),
    ("compare_one_confidence", "pretty sure, but she wanted a scan to be certain"),
    ("compare_two_confidence", "reasonably confident, but he'd like the path report beforehand"),
])
def test_fairly_sure_with_a_test_wanted_first_is_asked(state, line):
    assert pick(state, line) is None


@pytest.mark.parametrize("state, line", [
    ("compare_one_confidence", "fairly sure, but said an MRI could confirm"),  # rounds 4 and 9: Fairly sure
    ("compare_two_confidence", "fairly sure, though he was honest about the risks"),
    ("compare_one_confidence", "fairly sure"),
    ("compare_one_confidence", "she seemed fairly certain"),
])
def test_fairly_sure_without_a_test_first_is_kept(state, line):
    assert pick(state, line) == "fairly"


# --- None said as a denial over the whole list -------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs", "I don't think any of those"),
    ("signs", "honestly i dont think any apply to us"),
    ("signs", "not any of them"),
    ("signs", "can't say any of these fit"),
    ("signs_more", "doesn't apply to me"),
    ("signs_more", "neither"),
    ("records", "not any"),
])
def test_any_denied_over_the_list_is_none(state, line):
    assert picks(state, line) == {"none"}


@pytest.mark.parametrize("state, line", [
    ("signs", "i dont think any of them except the surgery"),  # a pick beside it
    ("signs", "not any better since the chemo"),  # "any" of something else
    ("signs", "dont think any, maybe 10"),
    ("signs_more", "I don't think any doctor listens"),  # a doctor, not the list
])
def test_any_denied_beside_other_words_is_not_read_as_none(state, line):
    assert picks(state, line) != {"none"}


def test_any_denied_is_only_none_at_a_pick_any_list_with_a_none_choice():
    from assistant.understanding.none_in_words import says_none
    from .reading_support import FLOW

    assert says_none("I don't think any of these", FLOW.state("signs")) is True
    assert says_none("I don't think any of these", FLOW.state("decision_when")) is False  # a pick-one question
    assert says_none("", FLOW.state("signs")) is False


# --- The order of the questions: two orders, or no choosing ------------------------------------

@pytest.mark.parametrize("line", [
    "2 first or maybe 4, not sure",
    "either the family one or the risks at the top",
    "swap 3 and 4? or not",
    "1 and 2 both first, I can't choose",
    "put 5 up top, though I'm torn",
])
def test_an_order_said_two_ways_is_asked(line):
    assert reading("questions_order", line, items=ITEMS).certainty != "sure"


@pytest.mark.parametrize("line", ["put 5 first", "swap 1 and 2", "keep", "4, 1, 2, 3, 5"])
def test_one_order_is_still_kept(line):
    assert reading("questions_order", line, items=ITEMS).certainty == "sure"


ITEMS = [
    "What is the most likely diagnosis, and what else could it be?",
    "What are the options, including doing nothing for now?",
    "What are the biggest risks and side effects?",
    "What happens if we wait two weeks? Two months?",
    "What would you advise for your own family, and why?",
]


# --- Calm in one's own words is peace of mind, not "in my head" ---------------------------------

@pytest.mark.parametrize("line", ["I just want to be calm in my head before the operation", "quiero estar tranquila"])
def test_calm_in_the_head_is_peace_of_mind(line):
    assert "peace_of_mind" in (picks("signs", line) or set())
    assert "not_heard" not in (picks("signs", line) or set())


def test_in_my_head_said_of_the_doctor_is_still_not_heard():
    assert picks("signs", "the doctor says it is all in my head") == {"not_heard"}


# --- "They agree", said with where they differ -------------------------------------------------

@pytest.mark.parametrize("line", [
    "they agree on the operation, they differ on when",
    "both said chemo, just a different drug",
    "they agree but not on the dose",
    "same diagnosis, but one says operate and the other one says wait, so they agree?",
])
def test_agreement_said_with_a_difference_is_asked(line):
    assert pick("fit_two_opinions", line) is None


@pytest.mark.parametrize("line", ["they agree", "both said take it out", "they say the same thing, go ahead", "3"])
def test_plain_agreement_is_still_kept(line):
    assert pick("fit_two_opinions", line) == "agree"


def test_a_swap_with_otherwise_as_listed_is_one_order():
    assert reading("questions_order", "Swap 2 and 4; otherwise as listed.", items=ITEMS).certainty == "sure"


# --- A degree said as the whole first answer --------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("logistics", "Partly? they pay for the consult, not sure about the scans"),
    ("logistics", "partially: covered, but only in network"),
    ("logistics_ask", "sort of, I hinted at it"),
    ("timing_seen", "um, kind of. a nurse rang me"),
])
def test_a_degree_that_opens_the_line_is_offered_back_not_stored(state, line):
    assert pick(state, line) is None


@pytest.mark.parametrize("state, line, want", [
    ("logistics", "yes, covered", "covered"),
    ("fit_decision_point", "kinda? after the school term ends in january", "yes"),  # a month: the time is the answer
    ("compare_decision_point", "kinda? maybe after talking to my family", "not_sure"),  # already a doubt
])
def test_a_degree_beside_a_time_or_a_doubt_keeps_its_reading(state, line, want):
    assert pick(state, line) == want


# --- Signs in own words (lexicon additions, helper u17) ----------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("signs_more", "nobody believes me about the headaches", "dismissed"),
    ("signs_more", "the surgeon laughed at me when I asked", "dismissed"),
    ("signs_more", "he takes water pills and thyroid pills", "comorbidities"),
    ("signs", "the diagnosis is murky", "vague_diagnosis"),
    ("signs", "only a few hospitals in the world treat it", "rare_complex"),
])
def test_a_sign_said_in_own_words(state, line, want):
    assert want in (picks(state, line) or set())


@pytest.mark.parametrize("line", [
    "doctors don't listen to us and he feels a lot worse than his tests say",
    "the doctor don't listen to us, and I want peace in my heart before they cut",
])
def test_doctors_who_do_not_listen_are_never_dropped_from_the_signs(line):
    # a sign word added for "few doctors see it" once took "doctors" from "not heard" (the word overlap)
    result = reading("signs", line)
    assert "not_heard" in (list(result.value or []) + list(result.options or ())) or result.certainty != "sure"


@pytest.mark.parametrize("line", ["they dont disagree", "no difference, they agree", "they agree, not different at all"])
def test_a_split_word_denied_is_agreement(line):
    assert pick("fit_two_opinions", line) == "agree"
