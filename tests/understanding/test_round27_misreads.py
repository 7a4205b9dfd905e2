"""Round 27: silent misreads, sorted by WHY the reader was wrongly sure (helper 11a13), each kind tested with wording
of our own (never a corpus line). Each kind also holds plain lines that must still be stored, so no check can pass by
refusing everything.

The kinds (assistant/understanding/wrongly_sure_kinds.py, words in dialogues/wrongly_sure_kinds.yaml): a condition on
what counts; not knowing said of every choice, or of whether one holds; a pick-any choice said not to hold; one of two
put to the person; a choice that says something was done, from a line that denies doing it; a number made
provisional; a number that counts the picks; a total said after its number; a concession that another choice may
hold; something done first, then a decision; bare numbers after taking
something back; an order with a doubt left in it; a bare "I can't" then a question; the question said not to apply.
"""

from __future__ import annotations

import pytest

from understanding.reading_support import FLOW, LEX, TODAY, pick, picks, reading, stored


def _asked(state, line) -> bool:
    return not stored(reading(state, line))


def _offered(state, line):
    got = reading(state, line)
    return None if stored(got) else got.value


# --- a condition on whether someone or something counts ----------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_first", "Two oncologists. Well, four if you count the two residents."),
    ("fit_opinions", "one so far, plus a nurse practitioner. does the nurse practitioner count"),
    ("compare_first", "Three, if the physician assistant counts"),
    ("decision_worsening", "A nurse looked at it on Friday, if that qualifies as checked."),
])
def test_a_condition_on_what_counts_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, want", [
    ("compare_first", "Three, if one counts my own rheumatologist.", "three_plus"),  # a count and who it counts, as a whole
    ("compare_first", "Two.", "two"),
    ("compare_first", "Two. The surgeon and an oncologist. Three if you count my GP, which I wouldn't.", "two"),
    ("decision_worsening", "Yes, the GP saw me on Tuesday", "yes"),
])
def test_a_count_said_whole_is_still_stored(state, line, want):
    """Also a condition the person settles ("Three if you count my GP, which I wouldn't")."""
    assert pick(state, line) == want


# --- not knowing, said of every choice or of whether one holds ---------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs_more", "no clue about any of these, my wife handles the insurance side"),
    ("logistics_insurer", "My grasp of all three is frankly incomplete."),
    ("fit_two_opinions", "I honestly cant tell if they agree or not, both were vague"),
])
def test_not_knowing_the_whole_set_is_no_pick(state, line):
    assert _asked(state, line)


def test_not_knowing_beside_numbers_keeps_the_numbers():
    assert picks("signs_more", "1 and 2") == {"comorbidities", "insurance_requires"}
    assert pick("fit_two_opinions", "they agree") == "agree"


# --- a pick-any choice, then words that say it does not hold ------------------------------------------

def test_a_choice_said_not_to_hold_is_asked_and_the_rest_kept():
    got = reading("logistics_insurer", "They sent the approved list and the form. The deadline they have not communicated.")
    assert set(got.value) == {"approved_list", "form"}  # never the deadline
    got = reading("compare_differs", "How soon and the plan; the diagnosis is not disputed.")
    assert not stored(got) and set(got.value) == {"urgency", "treatment"}


@pytest.mark.parametrize("state, line, want", [
    ("signs", "big surgery and i dont understand why", {"major_procedure", "not_heard"}),  # the denial is a choice of its own
    ("signs", "A major operation has been advised, and at my age the risks are not small.",
     {"major_procedure", "high_risk_treatment"}),  # said the other way round
])
def test_a_denial_that_is_a_choice_or_said_the_other_way_round_is_read(state, line, want):
    got = reading(state, line)
    assert not (stored(got) and not set(got.value) & want)
    assert "not hold" not in (got.message or "")


# --- one of two put to the person ---------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_two_treatment", "she said either the implant or keep the brace and watch, it is up to us"),
    ("specialist_focus", "the biopsy, or the surgery... one of them, I believe"),
])
def test_one_of_two_is_asked(state, line):
    assert _asked(state, line)


def test_whatever_does_most_is_still_read():
    assert pick("compare_values", "whatever gives him the best chance") == "more_now"


# --- a choice that says something was done, from a line that denies doing it ---------------------------

@pytest.mark.parametrize("state, line", [
    ("timing_seen", "Nobody has examined me since the swelling got worse on Friday."),
    ("logistics", "The receptionist said it is covered, though I did not call them myself."),
])
def test_a_denied_act_is_not_the_choice_that_says_it_was_done(state, line):
    assert pick(state, line) is None


def test_a_plain_check_is_still_stored():
    assert pick("timing_seen", "yes, the GP examined her yesterday") == "yes"


# --- numbers: provisional, counting the picks, a total, bare numbers after taking back -----------------

def test_a_provisional_number_is_asked_and_the_rest_kept():
    got = reading("summary_sure", "3 and 4 wholeheartedly; 2 tentatively.")
    assert not stored(got) and set(got.value) == {"values", "support"}


def test_a_number_that_counts_the_picks_is_no_pick():
    assert picks("questions", "q1, q4, q8, q9, q10 (yes, that's five, I know)") == {"q1", "q4", "q8", "q9", "q10"}


def test_a_total_after_its_number_is_offered_back():
    got = reading("compare_first", "the 2nd and 3rd were both hand surgeons, if it matters -- 3 total")
    assert not stored(got) and got.value == "three_plus"


def test_bare_numbers_after_taking_back_are_offered():
    got = reading("fit_alternatives", "1 and 3 - a visit and a second read... no wait, no biopsy yet. Just 1.")
    assert not stored(got) and got.value == ["structured_followup"]


# --- another choice granted with "may"; first, then decide ---------------------------

def test_another_choice_granted_with_may_is_asked():
    assert _asked("welcome", "It is for me, though I might already have a second opinion in hand.")
    assert pick("welcome", "It is for me") == "patient"


def test_first_then_decide_offers_more_tests():
    got = reading("compare_one_treatment", "a repeat scope and a CT first, then decide")
    assert not stored(got) and got.value in (None, "tests")  # never the scope read as a procedure


# --- the order with a doubt; "I can't" then a question; the question does not apply; the question not understood

def test_an_order_with_a_doubt_left_is_asked():
    from assistant.understanding import read

    spec = FLOW.state("questions_order")
    items = ["What are the biggest risks and side effects?", "What would you advise for your own family, and why?",
             "What happens if we wait two weeks? Two months?"]
    got = read("the risks one first, the family one I dunno where", spec, today=TODAY, items=items)
    assert not stored(got)
    got = read("the risks one first", spec, today=TODAY, items=items)
    assert stored(got)


def test_a_bare_cannot_then_a_question_is_no_answer():
    got = reading("fit", "I can't. could you just tell me what other people usually do?")
    assert not stored(got)


@pytest.mark.parametrize("state, line", [
    ("timing_seen", "N/A, it has not got worse. I ticked the wrong box before."),
    ("fit_decision_point", "wdym 'keep looking'"),
    # ("he said he would want a scan first to be sure" moved: the rounds mark a test wanted first "to be sure" as Not sure,
    # u21b-0369, u27a-0413, u33a-0470; helper u21b)
])
def test_a_line_about_the_question_is_no_answer(state, line):
    assert _asked(state, line)


def test_the_words_are_data():
    from assistant.understanding.wrongly_sure_kinds import _data

    assert "qualifies" in _data()["condition_verbs"] and LEX is not None


# --- someone else's "no"; a count as a heading; what held at first; how sure, with no word of sureness ----

def test_someone_elses_no_is_not_the_persons():
    assert _asked("logistics", "My job has no health plan, and the state program told no to me")
    assert pick("logistics", "no, not yet") == "not_checked"


def test_a_count_as_a_heading_is_the_total():
    for line in ("Two: thoracic surgeon + my PCP weighed in.", "Two: a spine surgeon + my family doctor chimed in."):
        assert reading("fit_opinions", line).value == "one_more"  # stored or offered back, never "three or more"


def test_what_held_at_first_is_asked_the_rest_kept():
    got = reading("signs_more", "He has diabetes too. His doctor at first was a GP, but now is a cardiologist.")
    assert not stored(got) and got.value == ["comorbidities"]
    assert picks("signs_more", "He has diabetes too. His doctor is a GP.") == {"comorbidities", "not_specialist"}
    # something that happened first, and what now: both hold
    assert picks("signs", "the first medicine didnt work and now they want a big operation") != {"major_procedure"}


def test_how_sure_from_no_word_of_sureness_beside_a_wanted_test_is_offered_not_sure():
    for line in ("She waffled, and wants another scan.", "She hedged and wants a second biopsy"):
        assert reading("compare_two_confidence", line).value == "unsure"  # stored or offered back, never "fairly"
    assert pick("compare_two_confidence", "fairly sure") == "fairly"
