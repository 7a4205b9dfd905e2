"""Round 9, the clear answers (helper 11b): mechanisms tried with wording of our own, not the corpus lines.

A pick-any line said part by part (clauses.py), a thing named with what it is for and a choice that
includes another (purpose.py), a degree in numbers (degrees.py), a slip of the keys in a short answer
(typos.py), the rest of a story kept as a note (story.py), an order kept in several phrases, an
appointment to come, a titled name, a place in time that is not a middle way, and lay words by kind.
"""

from __future__ import annotations

import pytest

from assistant.understanding.clauses import parts_of
from assistant.understanding.typos import squeezed

from .reading_support import FLOW, LEX, pick, picks, reading, stored


# --- A pick-any line said part by part -------------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("decision_sure", "risks and benefits: yes / my values: yes / made up my mind: not yet", {"understand", "values"}),
    ("summary_sure", "support - y; sure - n; understand - y", {"support", "understand"}),
    ("compare_differs", "the diagnosis is the same, the timing differs", {"urgency"}),
    ("compare_differs", "they agree about what it is; they disagree on how serious it is", {"stage"}),
    ("compare_differs", "identical dx. diff tx", {"treatment"}),
    ("decision_sure", "yes to the first two", {"sure", "understand"}),
    ("signs_more", "2 through 6 no. so none", {"none"}),
    ("records", "the scans and, of course, the biopsy report", {"imaging", "pathology"}),  # an aside between the picks
    ("decision_sure", "pros and cons: yes, made up my mind: no", {"understand"}),  # read whole, both were taken
])
def test_a_line_said_part_by_part_is_read_part_by_part(state, line, want):
    assert picks(state, line) == want


@pytest.mark.parametrize("state, line", [
    ("signs", "none of them, though the operation is a big one"),  # none beside a pick: asked
    ("compare_differs", "maybe the stage, and the plan differs"),  # a hedged part is not taken
    ("compare_differs", "no idea if the names mean the same thing, and the plans differ"),  # a doubt with a verdict
    ("compare_differs", "everything, they agree on nothing"),  # a no to none
])
def test_a_part_in_doubt_or_against_another_is_never_stored(state, line):
    assert picks(state, line) is None


def test_parts_are_cut_at_marks_and_turning_words_not_inside_words():
    assert parts_of("pros/cons: yes. sure: no") == ["pros/cons: yes", "sure: no"]
    assert parts_of("a / b, c but d") == ["a", "b", "c", "d"]
    assert parts_of("one thing") == ["one thing"]


# --- Two choices named where one is meant ----------------------------------------------------

@pytest.mark.parametrize("line", ["a pump to deliver the medicine", "an implant for my pain medicine"])
def test_a_thing_named_with_what_it_is_for_is_that_thing(line):
    assert pick("compare_one_treatment", line) == "device"


@pytest.mark.parametrize("line", ["a pump or more medicine", "maybe a pump for the medicine", "medicine, and a pump"])
def test_two_things_weighed_or_hedged_are_asked(line):
    assert pick("compare_one_treatment", line) is None


def test_the_patient_with_two_opinions_already_compares():
    assert pick("welcome", "I am the patient and I have had two opinions already") == "compare"


def test_someone_else_with_two_opinions_is_still_asked():
    assert pick("welcome", "it is for my mum and we already have two opinions") is None


# --- A degree said in numbers ----------------------------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("he put it at about 85 percent", "fairly"), ("she said 95%", "sure"), ("30% at best, he said", "unsure"),
    ("roughly 65 % confident", "fairly"), ("60-70%", "fairly"),
])
def test_a_percentage_falls_in_its_band(line, want):
    assert pick("compare_two_confidence", line) == want


@pytest.mark.parametrize("line", ["between 50 and 95 percent", "not 90%", "80% sure but wanted a new scan"])
def test_a_percentage_across_bands_negated_or_beside_another_choice_is_asked(line):
    assert pick("compare_two_confidence", line) is None


# --- A slip of the keys in a short answer ----------------------------------------------------

@pytest.mark.parametrize("state, line, fixed", [
    ("urgent_care_check", "nnoo", "no"), ("urgent_care_check", "yesss", "yes"), ("compare_first", "th ree", "three"),
    ("compare_context", "noen", "none"),
])
def test_a_short_slip_is_put_right(state, line, fixed):
    assert squeezed(line, FLOW.state(state), LEX) == fixed


@pytest.mark.parametrize("state, line", [
    ("urgent_care_check", "no"),  # nothing to put right
    ("compare_first", "zqx"),  # no word near it
    ("compare_context", "the scans were blurry and lost"),  # a sentence, not a short answer
])
def test_only_a_short_slip_with_one_fit_is_put_right(state, line):
    assert squeezed(line, FLOW.state(state), LEX) is None


def test_a_slip_is_understood_at_the_question():
    assert pick("compare_first", "on e") == "one"
    assert picks("logistics_insurer", "al of these") == {"approved_list", "form", "deadline"}


# --- What was said beside the pick -----------------------------------------------------------

def test_the_rest_of_a_story_is_kept_as_a_note():
    result = reading("decision_situation", "she had two rounds of antibiotics and nothing has worked")
    assert result.value == "treatment_failure" and "antibiotics" in result.note


def test_a_bare_pick_keeps_no_note():
    assert reading("compare_values", "the gentler plan").note == ""


def test_an_appointment_got_for_a_weekday_is_one_to_come():
    result = reading("decision_worsening", "no, got an appointment friday")
    assert result.value == "no" and result.date == "2026-12-04"


def test_a_titled_name_after_for_is_the_person():
    result = reading("welcome", "I'm the live-in carer for Mr Okafor, his sons live abroad")
    assert result.value == "caregiver" and result.who == "Mr Okafor"


def test_a_place_in_time_is_not_a_middle_way():
    assert pick("fit", "stick with the plan, we are halfway through the course") == "keep_plan"
    assert pick("fit", "something in the middle") is None


@pytest.mark.parametrize("line", ["the current order works for me", "The present order is fine by me, thanks"])
def test_an_order_kept_in_several_phrases_is_kept(line):
    result = reading("questions_order", line, items=["a?", "b?", "c?"], item_ids=["q1", "q2", "q3"])
    assert stored(result) and result.value == ["a?", "b?", "c?"]


@pytest.mark.parametrize("line", ["not content with the order", "the current order, but swap 1 and 2"])
def test_an_order_not_kept_is_not_kept(line):
    result = reading("questions_order", line, items=["a?", "b?", "c?"], item_ids=["q1", "q2", "q3"])
    assert not (stored(result) and result.value == ["a?", "b?", "c?"])


# --- Lay words, by kind ----------------------------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("decision_situation", "my PSA keeps climbing even on the medication", "treatment_failure"),  # a lab value told as a story
    ("compare_one_confidence", "he spoke very confidently", "sure"),
    ("compare_one_confidence", "moderately", "fairly"),
    ("compare_one_treatment", "switch to a biologic", "medicine"),
    ("compare_one_treatment", "raise the dose of my tablets", "medicine"),
    ("compare_two_field", "una oncóloga en Ponce", "specialist"),  # Spanish beside English
    ("compare_decision_point", "we are still gathering opinions", "no"),
    ("logistics_ask", "I let my surgeon know last week", "already"),
    ("timing_tests", "the biopsy result is expected on the 20th", "yes"),
    ("compare_values", "whichever works best, regardless of side effects", "more_now"),
    ("fit_two_opinions", "go through what each of them said", "compare"),
])
def test_lay_words_pick_one(state, line, want):
    assert pick(state, line) == want


@pytest.mark.parametrize("state, line, want", [
    ("signs", "I want to rest easy with whatever we choose", {"peace_of_mind"}),  # a sign told as a story
    ("signs_more", "they act like she is making it up", {"dismissed"}),
    ("records", "the laboratory results and my CT disc", {"labs", "imaging"}),
    ("questions", "what could go wrong, are they sure, how long until it works", {"q5", "q2", "q4"}),
    ("specialist_focus", "the MRI and whether to resect", {"imaging", "surgery"}),
])
def test_lay_words_pick_any(state, line, want):
    assert picks(state, line) == want


# --- Choices picked by a rule on their numbers -----------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("the even numbered ones", {"q2", "q4", "q6", "q8", "q10"}), ("odd numbers only", {"q1", "q3", "q5", "q7", "q9"}),
])
def test_a_parity_rule_picks_those_numbers(line, want):
    assert picks("questions", line) == want


@pytest.mark.parametrize("state, line", [("questions", "the even ones except 4"), ("fit", "even numbers")])
def test_a_parity_rule_with_more_or_at_a_pick_one_question_is_not_taken(state, line):
    result = reading(state, line)
    assert not stored(result)
