"""Rounds 10 and 11, part a: the silent misreads and the lines that should be asked or not known.

Each mechanism is tested with wording of our own (never a corpus line): a careful person would
ask, confirm or store as these tests say. Readings against the pinned clock (2026-12-02).
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE, UNCLEAR
from benchmarks.understanding import prepare
from understanding.reading_support import reading, stored


def asked(result) -> bool:
    """Not stored: confirmed, asked about, replied to, or not known."""
    return not stored(result)


# --- a part said with a doubt beside firm picks: the firm picks kept, the doubt asked about ------

@pytest.mark.parametrize("state, line, kept, doubt", [
    ("records", "the MRI disc for sure, not sure about the rest, my husband keeps a file", ["imaging"], "the rest"),
    ("records", "blood work definitely, maybe the other stuff", ["labs"], "other stuff"),
    ("logistics_insurer", "we know the deadline, it's the 30th, and I think there was a form?", ["deadline"], "form"),
    ("fit_alternatives", "the written plan 100%, possibly the other one", ["written_plan"], "other one"),
    ("signs", "4 maybe 6", ["mismatch"], "maybe 6"),
    ("records", "the ultrasound pictures, the hospital discharge letter. Bloodwork, prolly, somewhere", ["imaging", "discharge_summaries"], "bloodwork"),
])
def test_a_doubted_part_is_asked_and_the_firm_picks_kept(state, line, kept, doubt):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value == kept
    assert doubt in result.unclear.lower()


@pytest.mark.parametrize("state, line, value", [
    ("records", "probably the scans and the bloods, the portal has them", ["imaging", "labs"]),  # a doubt over the whole line
    ("summary_sure", "I get the options now but still not sure", None),  # "not sure" is a no to Sure, not a doubt
    ("questions", "whats the likely diagnosis and what else it might be, and the risks", None),  # a doubt inside a question asked
])
def test_a_doubt_over_everything_or_inside_a_question_is_not_a_doubted_part(state, line, value):
    result = reading(state, line)
    assert not (result.certainty == UNCLEAR and result.unclear and set(result.value or []) < set(value or result.value or []))
    if value is not None:
        assert stored(result) and result.value == value


def test_for_sure_is_how_firm_not_the_choice_sure():
    result = reading("decision_sure", "I've got people around me for sure")
    assert "sure" not in (result.value or [])
    assert result.value == ["support"]


# --- a list said line by line, with a verdict after each colon -----------------------------------

def test_a_bullet_list_with_a_doubt_after_a_colon_keeps_the_yes_and_asks_the_doubt():
    result = reading("summary_sure", "- pros and cons: yes\n- what matters: yes\n- feel sure: no\n- backup: so-so")
    assert result.certainty == UNCLEAR and result.value == ["understand", "values"]
    assert "so-so" in result.unclear


def test_a_part_with_a_question_mark_after_the_colon_is_asked():
    result = reading("logistics_insurer", "list: got it\nform: nope\ndeadline: end of the month?")
    assert result.certainty == UNCLEAR and result.value == ["approved_list"] and "deadline" in result.unclear


def test_not_sure_after_a_named_part_is_a_doubt():
    result = reading("logistics_insurer", "the deadline yes, the list not sure")
    assert result.certainty == UNCLEAR and result.value == ["deadline"]


# --- a softener on the pick, a hedge said last, a hedged no -------------------------------------

@pytest.mark.parametrize("line", ["sort of urgent I think", "kind of soon maybe", "kinda urgent idk"])
def test_a_softened_time_with_a_guess_is_offered_or_asked(line):
    result = reading("decision_when", line)
    assert result.certainty == LIKELY or (result.certainty == UNCLEAR and "days" in result.options)


def test_a_softened_pick_at_a_pick_any_question_is_asked():
    assert asked(reading("logistics_insurer", "sort of know the deadline"))


@pytest.mark.parametrize("line", ["not really", "probably not", "nah not really"])
def test_a_hedged_no_is_offered_not_stored(line):
    result = reading("red_flags", line)
    assert result.certainty == LIKELY and result.value == ["none"]


def test_a_plain_no_is_still_stored():
    assert stored(reading("red_flags", "nope, none of those"))


def test_not_knowing_said_last_asks_between_the_pick_and_not_sure():
    result = reading("compare_one_field", "an orthopedic surgeon, but then he talked like a physio, I really couldn't say")
    assert result.certainty == UNCLEAR and "not_sure" in result.options


@pytest.mark.parametrize("line", ["no clue whether it's covered", "not sure if they cover it"])
def test_not_knowing_whether_a_choice_holds_is_not_knowing(line):
    assert reading("logistics", line).dont_know


# --- places, dates and degrees ------------------------------------------------------------------

def test_an_ordinal_word_alone_at_the_time_question_is_asked():
    result = reading("decision_when", "the second")
    assert result.certainty == UNCLEAR and result.value is None


@pytest.mark.parametrize("line", ["the 2nd option", "the third choice", "the fourth one"])
def test_an_ordinal_with_one_or_option_is_the_place(line):
    result = reading("decision_when", line)
    assert stored(result) and result.value == {"2nd": "weeks", "third": "months", "fourth": "no_deadline"}[line.split()[1]]


@pytest.mark.parametrize("line", ["confident", "rather certain", "quite certain he was"])
def test_a_degree_that_could_be_very_or_fairly_is_offered(line):
    result = reading("compare_one_confidence", line)
    assert result.certainty == LIKELY and result.value == "sure"


def test_very_sure_is_stored():
    assert stored(reading("compare_one_confidence", "very confident"))


def test_a_reason_then_the_same_answer_after_so_is_stored():
    result = reading("compare_two_confidence", "certain enough to put me on the list, so: certain")
    assert stored(result) and result.value == "sure"


def test_whatever_and_a_goal_no_choice_names_is_asked():
    assert asked(reading("compare_values", "whichever lets me keep driving"))


def test_whatever_and_a_goal_a_choice_names_is_that_choice():
    assert stored(reading("compare_values", "whatever gives me the most time"))


# --- words that fit two choices, things no choice names ------------------------------------------

def test_words_that_fit_two_choices_beside_a_clear_pick_are_asked():
    result = reading("records", "the blood tests and my surgeons report")
    assert result.certainty == UNCLEAR and result.value == ["labs"] and "surgeons report" in result.unclear


@pytest.mark.parametrize("line", ["monthly infusions", "an infusion every few weeks"])
def test_an_infusion_alone_is_asked_chemo_or_a_drug(line):
    result = reading("compare_two_treatment", line)
    assert result.certainty == UNCLEAR and set(result.options) == {"strong", "medicine"}


@pytest.mark.parametrize("line", ["cardiac rehab", "physio and breathing exercises", "keep going with dialysis"])
def test_rehab_and_dialysis_are_therapy(line):
    result = reading("compare_one_treatment", line)
    assert stored(result) and result.value == "medicine"


def test_a_test_no_choice_names_is_asked_beside_the_picks():
    result = reading("specialist_focus", "it all comes from the CT and a sleep study")
    assert result.certainty == UNCLEAR and result.value == ["imaging"] and "sleep study" in result.unclear


def test_something_with_a_choice_is_offered():
    assert reading("compare_context", "something about the biopsy").certainty == LIKELY


@pytest.mark.parametrize("line", ["I mentioned it to the receptionist, not the doctor", "only the nurse knows, I told her"])
def test_told_someone_who_is_not_the_doctor_is_asked(line):
    assert asked(reading("logistics_ask", line))


def test_redone_is_the_thing_named_last():
    result = reading("compare_context", "the other clinic never got my MRI so they are going to repeat it")
    assert stored(result) and set(result.value) == {"records", "scans"}


# --- insurance said beside not having asked -----------------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("we are with Aetna but I have not yet called them", "not_checked"),
    ("she has Medicaid, did not ask them yet", "not_checked"),
    ("nope, I'm self-pay, no plan at all", "no_insurance"),
])
def test_insurance_named_beside_not_asking_is_not_checked(line, value):
    result = reading("logistics", line)
    assert stored(result) and result.value == value


# --- an answer against the answers given before it -----------------------------------------------

@pytest.mark.parametrize("line", ["they see it the same way", "no differences", "they agree"])
def test_they_agree_beside_two_different_plans_is_offered_back(line):
    engine = prepare("compare_differs", "patient")  # first plan: surgery; second: watch and wait
    turn = engine.respond(line)
    assert turn.kind == "confirm"
    assert engine.slots.get("compare_differs") is None


def test_they_agree_beside_the_same_plan_is_stored():
    engine = prepare("compare_differs", "patient")
    engine.slots["compare_two_treatment"] = engine.slots["compare_one_treatment"]
    engine.respond("they agree on everything")
    assert engine.slots.get("compare_differs") == ["none"]


# --- a visit to come, a test's time beside "no deadline", degrees shortened ----------------------

@pytest.mark.parametrize("state, line, day", [
    ("timing_seen", "she's booked in with the GP on friday", "2026-12-04"),
    ("decision_worsening", "got an appointment monday", "2026-12-07"),
])
def test_a_visit_still_to_come_is_not_yet_with_its_day_kept(state, line, day):
    result = reading(state, line)
    assert stored(result) and result.value == "no" and result.date == day


def test_a_visit_that_happened_is_not_a_visit_to_come():
    result = reading("timing_seen", "the GP saw her on monday")
    assert result.value != "no"


@pytest.mark.parametrize("line", ["no firm date, the next scan is in 4 months", "no set date; follow-up in 3 weeks"])
def test_no_deadline_beside_a_tests_time_offers_no_set_date(line):
    result = reading("decision_when", line)
    assert result.certainty == LIKELY and result.value == "no_deadline"


def test_a_tests_time_without_no_deadline_is_the_time():
    assert stored(reading("decision_when", "they will rescan in 4 months and decide then"))


@pytest.mark.parametrize("line, value", [("med. confident", "fairly"), ("v. sure", "sure")])
def test_a_shortened_degree_is_read(line, value):
    result = reading("compare_one_confidence", line)
    assert stored(result) and result.value == value


def test_a_choice_said_back_with_a_question_mark_and_denied_is_left_out():
    # (helper 11b9: rounds 20, 22 and 23 mark "Sure? No." beside the picks as the picks alone: verdicts.py)
    result = reading("summary_sure", "I get the pros and cons. Sure? Ha, no chance.")
    assert result.certainty == SURE and result.value == ["understand"]


@pytest.mark.parametrize("state, line, value", [
    ("signs", "a big operation and I dont fully understand the plan", ["major_procedure", "not_heard"]),
    ("signs", "the tests say one thing, my body says another", ["mismatch"]),
])
def test_lay_words_for_signs(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


def test_all_the_things_is_offered():
    assert reading("specialist_focus", "all that stuff").certainty == LIKELY


@pytest.mark.parametrize("line", ["none", "5", "They agree on all of these"])
def test_the_choice_picked_as_shown_is_taken_as_meant(line):
    engine = prepare("compare_differs", "patient")
    engine.respond(line)
    assert engine.slots.get("compare_differs") == ["none"]
