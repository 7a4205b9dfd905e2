"""Round 26 (issue 11, helper 11b12): clear answers asked again, and the leftovers of earlier sessions, fixed by
mechanism, in our own words (none of these lines is in a round's data)."""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE, UNCLEAR

from .reading_support import FLOW, pick, picks, reading, stored

LABELS = FLOW.choice_labels("questions")
ORDER_IDS = ["q1", "q3", "q5", "q6", "q8"]
ITEMS = [LABELS[q] for q in ORDER_IDS]


def order(line: str):
    return reading("questions_order", line, items=ITEMS, item_ids=ORDER_IDS, questions=FLOW.state("questions"))


# "3, 1 and 2 first": a written list with "first" after its last number puts the list first, as said.
@pytest.mark.parametrize("line, want", [("3, 1 and 2 first", [3, 1, 2, 4, 5]), ("2, 5 and 4 first", [2, 5, 4, 1, 3]),
                                        ("4, 3, 1 and 2 first", [4, 3, 1, 2, 5])])
def test_a_written_list_said_first_is_the_order_as_said(line, want):
    result = order(line)
    assert (result.certainty, result.value) == (SURE, [ITEMS[n - 1] for n in want])


# Look-alikes that stay a list with a move: "but 5 first", "and 5 to the top", numbers not written as a list.
@pytest.mark.parametrize("line", ["3 1 2 but 5 first", "4 2 1, and 5 to the top", "4 2 1 and 5 first", "4, 2, 1, and 5 first"])
def test_a_list_with_a_move_is_not_read_as_the_list_first(line):
    result = order(line)
    assert result.value != [ITEMS[n - 1] for n in (4, 2, 1, 3, 5)] or result.certainty != SURE or "but" in line
    assert result.certainty != SURE or result.value[0] == ITEMS[4]


# "nope all good now" at the urgent turn: the two readings the line can have are offered by name.
@pytest.mark.parametrize("line", ["nope all good now", "nah all fine now", "no, its fine now"])
def test_no_but_fine_now_offers_not_happening_or_stopped(line):
    result = reading("urgent_care", line)
    assert not stored(result)
    assert set(result.options) == {"not_now", "stopped"}


@pytest.mark.parametrize("line, want", [("nope", "not_now"), ("no all good", "not_now"), ("fine now", "stopped"),
                                        ("got checked at the ER last night, im good now", "seen")])
def test_plain_no_fine_now_and_seen_are_unchanged(line, want):
    assert pick("urgent_care", line) == want


# "the nurse didn't help": a person who did not help is not a treatment that did not work; asked, others kept.
@pytest.mark.parametrize("line", ["the nurse didn't help", "my GP did not help at all", "the ENT really didnt help", "nobody did anything",
                                  "the staff were no help", "my family doctor was no help"])
def test_a_person_not_helping_is_not_the_treatment_failing(line):
    result = reading("signs", line)
    assert not (stored(result) and "treatment_failed" in result.value)


def test_a_person_not_helping_beside_a_pick_keeps_the_pick_and_asks():
    result = reading("signs", "2, and the surgeon didnt help")
    assert result.certainty == UNCLEAR and result.value == ["major_procedure"]


@pytest.mark.parametrize("line", ["the pills didnt help", "the injections did nothing", "the physio didnt help",
                                  "my GP didnt help and the meds failed"])
def test_a_treatment_not_helping_is_still_the_treatment_failing(line):
    assert "treatment_failed" in (picks("signs", line) or set())


def test_a_person_not_helping_at_the_situation_question():
    assert pick("decision_situation", "the doctors did not help") is None
    assert pick("decision_situation", "the meds did not help") == "treatment_failure"


# "I dont want them to take it out": not wanting a thing says it is offered; never "none".
@pytest.mark.parametrize("line", ["I dont want them to take it out", "i dont want the surgery", "we do not want the operation"])
def test_not_wanting_a_procedure_is_offered_as_the_procedure(line):
    result = reading("signs", line)
    assert result.certainty == LIKELY and result.value == ["major_procedure"]


@pytest.mark.parametrize("line", ["i dont want to", "dont want any of it"])
def test_not_wanting_nothing_named_is_never_none(line):
    result = reading("signs", line)
    assert not (stored(result) and result.value == ["none"])


def test_none_said_apart_from_not_wanting_stays_none():
    assert picks("signs", "none, i dont want any of this") == {"none"}


# "im the one doing all the research": the one doing the work may be the patient or the one helping; asked.
@pytest.mark.parametrize("line", ["im the one doing all the research", "i'm the one making all the calls", "im the one handling the paperwork"])
def test_the_one_doing_the_work_is_asked_patient_or_helper(line):
    result = reading("welcome", line)
    assert not stored(result)
    assert set(result.options) == {"patient", "caregiver"}


@pytest.mark.parametrize("line", ["im the one having surgery", "im the one they diagnosed", "im the one"])
def test_the_one_being_treated_is_still_the_patient(line):
    assert pick("welcome", line) == "patient"


# A choice not made yet, said with another verb of choosing (plain_words.yaml spoken): "not sure" at the values question.
@pytest.mark.parametrize("line", ["I havent settled on it yet", "we have not made up our minds", "havent made my mind up", "yet to decide"])
def test_not_settled_yet_is_not_sure(line):
    assert pick("compare_values", line) == "not_sure"


def test_a_pain_not_settled_is_not_a_choice_not_made():
    assert pick("urgent_care", "the pain hasnt settled") != "not_sure"


# The milder or the stronger plan in slang.
@pytest.mark.parametrize("line, want", [("the laid back one", "gentler"), ("prob the mellow one", "gentler"),
                                        ("throw everything at it", "more_now"), ("the big guns please", "more_now")])
def test_the_milder_or_stronger_plan_in_slang(line, want):
    assert pick("compare_values", line) == want


# Broken English: "not remember" is "I don't remember"; an operation said with plain verbs.
@pytest.mark.parametrize("line", ["me not remember that", "i no remember"])
def test_not_remember_is_dont_know(line):
    result = reading("compare_one_confidence", line)
    assert result.dont_know or (stored(result) and result.value == "not_said")


@pytest.mark.parametrize("line", ["cut part of the lung", "cut part of colon", "open heart, they change the valve"])
def test_an_operation_in_plain_verbs_is_surgery(line):
    assert pick("compare_one_treatment", line) == "surgery"


# A word said twice for weight is said once: "not SURE sure" is "not sure".
def test_a_word_said_twice_for_weight():
    assert picks("summary_sure", "I get the pros and cons now and I have support. still not SURE sure") == {"understand", "support"}
    assert picks("decision_sure", "really really sure") == {"sure"}


# A list after a dash says what the pick is, as after a colon: "many choices - surgery, radiation, watching".
def test_examples_after_a_dash_are_the_picks_examples():
    assert picks("signs", "big surgery, and many choices - surgery, radiation, watching") == {"major_procedure", "many_options"}


@pytest.mark.parametrize("line, want", [("1 - 3 and 4", "1 - 3 and 4"), ("two - three and four", "two - three and four"),
                                        ("none - i mean 2 and 3", "none - i mean 2 and 3"), ("5 - they floated a trial", "5 - they floated a trial")])
def test_a_dash_before_numbers_or_a_clause_is_no_list_of_examples(line, want):
    from assistant.understanding.colon_examples import as_brackets

    assert as_brackets(line) == want


# "100%" is left as said: "he was sure but not 100%" is between two choices, and a pick with "100%" and more is asked.
def test_not_a_hundred_percent_is_not_read_as_plain_not():
    assert pick("compare_two_confidence", "he was sure but not 100%") != "sure"


# The patient's wish told by the one helping, the verb in its he/she form: read as the lexicon's words are written.
@pytest.mark.parametrize("line", ["maria doesnt want to tell the surgeon yet", "my dad does not want to tell his doctor yet"])
def test_a_wish_told_in_the_third_person(line):
    assert pick("logistics_ask", line) == "not_yet"


@pytest.mark.parametrize("line", ["nah, gonna call them friday", "not yet, she is gonna call the insurance"])
def test_gonna_call_is_not_checked_yet(line):
    assert pick("logistics", line) == "not_checked"


def test_broken_english_not_listen_is_dont_listen():
    from assistant.understanding.plainer import _raw

    assert _raw()["spoken"]["no listen"] == "dont listen"


def test_a_doctor_not_seeing_a_scan_is_still_asked():
    # "not see the CT": records, or the scan? (round 9 asks it); "not see" is not put as "did not see"
    assert picks("compare_context", "Second doctor not see the scan from first hospital") is None


def test_medicine_not_helping_is_the_treatment_failing():
    assert pick("decision_situation", "Medicine not helping already 3 months") == "treatment_failure"


# The main one said before its number, as "mostly" is: "Principally 8.", "mainly 3".
@pytest.mark.parametrize("line, state, want", [("Chiefly 8.", "signs", {"many_options"}), ("primarily 3", "specialist_focus", {"surgery"})])
def test_the_main_one_before_its_number(line, state, want):
    assert picks(state, line) == want


# A number with its gist after it: "option 2, the 'not sure what kind' one" is 2; a gist naming another choice is asked.
@pytest.mark.parametrize("line", ["option 2, the 'they are not quite sure what type' one", "2 - the no clear type one"])
def test_a_number_with_its_gist_is_the_number(line):
    assert pick("decision_situation", line) == "new_diagnosis"


def test_a_number_and_a_gist_that_disagree_are_both_offered():
    result = reading("decision_situation", "number 2, the surgery one")
    assert not stored(result) and set(result.options) == {"new_diagnosis", "surgery"}


# Family said short, as siblings text it.
@pytest.mark.parametrize("line", ["my lil sis, shes 17", "for my big bro", "its my baby bro, hes 8"])
def test_family_said_short_is_the_one_helping(line):
    assert pick("welcome", line) == "caregiver"


@pytest.mark.parametrize("line", ["yo bro its for me", "its for me, sis"])
def test_bro_said_to_the_reader_is_not_a_patient(line):
    assert pick("welcome", line) == "patient"
