"""The general mechanisms added after round 6, each with good, bad and odd input.

Lines here are written for the tests (not copied from the corpus), against a pinned clock
(Wednesday 2026-12-02). The rule under test is "never a silent misread": a line that fits two
readings, says two things or is hedged is asked about or offered back, never stored as one.
"""

from __future__ import annotations


import pytest

from assistant.understanding import SURE
from assistant.understanding.counting import count_doctors
from assistant.understanding.text import clean, tokens
from assistant.understanding.twosided import all_and_none, between_numbers, percent, question_frame, vague_all
from understanding.lexicon_support import broken, folder  # noqa: F401 - folder is a fixture
from understanding.reading_support import FLOW, LEX, reading, stored


def toks(line: str) -> list[str]:
    return tokens(clean(line))


# --- Questions about a word or a cost, even when the word names a choice -------------------

@pytest.mark.parametrize("state, line", [
    ("compare_one_field", "what is a multidisciplinary team"),
    ("decision_situation", "what does surgery involve"),
    ("fit_two_opinions", "how much does another opinion usually run"),
    ("compare_values", "whats the difference between gentler and stronger"),
    ("decision_sure", "what does values mean in this"),
])
def test_a_question_about_a_word_is_answered_never_stored(state, line):
    result = reading(state, line)
    assert result.asked and not stored(result)


@pytest.mark.parametrize("state, line, value", [
    ("compare_one_field", "a team of doctors", "team"),  # no question frame: the answer stands
    ("compare_first", "what i have is two doctors", None),  # "what i" is no frame: read as usual
])
def test_lines_that_only_start_with_what_are_not_all_questions(state, line, value):
    result = reading(state, line)
    assert not result.asked
    if value:
        assert result.value == value


@pytest.mark.parametrize("line", ["", "what", "what does", "what is a", "??", "what is a ?"])
def test_question_frame_on_short_or_empty_lines(line):
    assert question_frame(toks(line), LEX) is False  # a frame alone asks about nothing


# --- Every choice and none at once; a hedge on "all" ---------------------------------------

@pytest.mark.parametrize("state, line", [
    ("summary_sure", "sort of all and sort of none"),
    ("signs", "all or nothing really"),
    ("records", "a bit of everything"),
    ("compare_differs", "sort of everything"),
])
def test_all_and_none_together_or_a_vague_all_is_asked(state, line):
    result = reading(state, line)
    assert not stored(result)


def test_none_with_a_reason_about_everything_is_still_none():
    # "everything" far from "none" and not joined to it is the reason, not a second answer.
    assert all_and_none(toks("none, they agree on everything")) is False
    assert reading("compare_differs", "none, they agree on everything").value == ["none"]


def test_all_of_them_and_not_at_all_are_not_vague():
    assert vague_all(toks("all of them")) is False
    assert all_and_none(toks("not at all, nothing")) is False  # "at all" is no "all"
    assert vague_all([]) is False and all_and_none([]) is False


# --- An answer turned after "but" or a comma ------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("logistics", "we have coverage but it depends on the plan"),
    ("urgent_care_check", "he says no but he seems confused"),
    ("timing_tests", "yes a scan is booked but i dont think it matters"),
    ("compare_one_confidence", "very sure about the scan, not about the plan"),
    ("logistics", "i have a plan, not sure it pays"),
])
def test_an_answer_turned_by_what_follows_is_asked(state, line):
    assert not stored(reading(state, line))


@pytest.mark.parametrize("state, line, value", [
    ("timing_tests", "yes, but I don't know when", "yes"),  # the doubt is about something else
    ("logistics", "covered", "covered"),
    ("urgent_care_check", "no", "no"),
])
def test_an_answer_not_turned_stays(state, line, value):
    assert reading(state, line).value == value


# --- Between two choices, a degree in numbers --------------------------------------------

def test_between_two_numbers_is_asked_at_a_pick_one_question():
    assert between_numbers(toks("somewhere between 2 and 3"))
    assert not between_numbers(toks("between"))  # nothing after it
    assert not between_numbers(toks("2 and 3"))
    assert not stored(reading("fit", "between 2 and 3"))


@pytest.mark.parametrize("line, said", [
    ("60% sure", True), ("sure, 90 percent", True), ("about 75 % confident", True),
    ("100% sure", False),  # all the way: very sure
    ("they pay 80%", False),  # an amount, not a degree
    ("%", False), ("sure %", False), ("999% sure", False), ("²% sure", False), ("sure ² percent", False),
])
def test_a_degree_in_numbers(line, said):
    assert percent(toks(line)) is said


def test_a_degree_in_numbers_is_not_stored_as_very_sure():
    result = reading("compare_two_confidence", "she said 70 percent sure")
    assert result.value != "sure" or not stored(result)


# --- Lay words, conflicts, either -------------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("signs", "they keep ignoring us", {"not_heard"}),
    ("signs", "it will be harsh on him", {"high_risk_treatment"}),
    ("signs", "the tests look fine but she is not ok", {"mismatch"}),
    ("decision_sure", "i know what is important to me", {"values"}),
    ("logistics_insurer", "we know which doctors", {"approved_list"}),
])
def test_round6_lay_words(state, line, want):
    assert set(reading(state, line).value) >= want


@pytest.mark.parametrize("state, line", [
    ("decision_worsening", "an emt came out and checked her"),  # checked, but not by a doctor
    ("logistics_ask", "i will tell the receptionist"),  # the doctor may not hear it
    ("compare_two_treatment", "see a specialist and then come back"),  # something else, or a wait?
    ("compare_one_field", "a cancer surgeon at the clinic"),  # operates, and a cancer specialist
    ("welcome_age", "she is very little"),  # a baby or a young child
    ("compare_one_confidence", "hard to tell"),  # the doctor, or the person answering?
])
def test_words_that_fit_two_readings_are_asked(state, line):
    assert not stored(reading(state, line))


def test_checked_by_a_doctor_still_says_yes():
    assert reading("decision_worsening", "yes, the doctor checked him on monday").value == "yes"


# --- Doubts, papers, places, positions, ages, counts, order --------------------------------

def test_idk_after_a_pick_doubts_that_pick_and_keeps_the_rest():
    result = reading("signs", "the operation is major, and it is rare idk")
    assert "major_procedure" in (result.value or []) and "rare_complex" not in (result.value or [])
    assert not stored(result)


def test_a_hedge_two_words_before_the_pick_when_a_verb_is_between():
    assert not stored(reading("logistics_insurer", "kind of know the deadline"))
    assert reading("logistics_insurer", "the deadline").value == ["deadline"]


def test_a_paper_word_before_from_belongs_to_the_pick_it_is_about():
    assert reading("records", "the notes from his endoscopy").value == ["procedure_notes"]
    # "the papers from the hospital" are the hospital's papers.
    assert "discharge_summaries" in reading("records", "the papers from the hospital").value


def test_the_ones_from_a_place_say_where_not_which():
    assert not stored(reading("records", "those from the hospital"))
    assert not stored(reading("records", "the stuff from the hospital"))


def test_numbers_and_places_that_pick_nothing():
    assert not stored(reading("signs", "the last ones"))  # how many? asked
    assert reading("signs", "the last one").value == ["none"]  # one place: the last choice
    assert reading("fit_two_opinions", "first compare the 2 we have").value != "third"
    assert reading("fit_two_opinions", "2").value == "third"


def test_the_only_one_is_no_choice_number():
    result = reading("decision_sure", "i understand it all, thats the only one")
    assert "sure" not in (result.value or [])


@pytest.mark.parametrize("line, band", [
    ("not even 13 yet", "child"), ("under 1", "baby"), ("less than 18", "teen"), ("younger than 1, 9 months", "baby"),
])
def test_an_age_said_as_a_bound_is_just_below_it(line, band):
    assert reading("welcome_age", line).value == band


def test_one_more_doctor_said_by_where_they_work():
    counted = count_doctors(toks("my oncologist and then one at the cancer center"), LEX)
    assert counted is not None and counted[0] == 2
    assert count_doctors(toks("then one"), LEX) is None  # no doctor named before it


def test_moving_a_question_up_without_saying_where_is_asked():
    labels = FLOW.choice_labels("questions")
    ids = ["q1", "q3", "q8"]
    items = [labels[i] for i in ids]
    up = reading("questions_order", "bump the family one up", items=items, item_ids=ids, questions=FLOW.state("questions"))
    assert not stored(up) and "How far" in up.message
    top = reading("questions_order", "the family one to the top", items=items, item_ids=ids, questions=FLOW.state("questions"))
    assert top.value == [items[2], items[0], items[1]]


def test_a_fact_in_doubt_at_a_pick_any_question_is_asked_a_wish_is_kept():
    assert not stored(reading("compare_context", "they had trouble with the biopsy i think"))
    assert stored(reading("fit_alternatives", "a follow-up visit would suit me best i think"))


# --- The new lexicon keys are checked at load ----------------------------------------------

def test_turns_must_be_a_list_of_words(folder):
    assert "turns" in broken(folder, "  turns: [it depends,", "  turns: 7\n  old_turns: [it depends,")


def test_question_frames_must_be_text(folder):
    assert "frames" in broken(folder, "frames: [what does,", "frames: [yes, what does,")


# --- Re-asks of round 6 --------------------------------------------------------------------

@pytest.mark.parametrize("state, line, who", [
    ("welcome", "for grandpa", "my grandpa"),
    ("welcome", "a neighbor of mine", "my neighbor"),
    ("compare_who", "granddaughter", "my granddaughter"),
])
def test_a_person_named_without_my_is_someone_else(state, line, who):
    result = reading(state, line)
    assert result.value == "caregiver" and result.who == who


def test_his_or_her_person_is_not_who_the_decision_is_for():
    # "her husband" at the welcome says nothing about who is typing.
    assert reading("welcome", "her husband").who != "my husband"


def test_not_sure_yet_at_the_sure_test_is_a_plain_no_to_sure():
    result = reading("summary_sure", "i get the options and i have help, but not sure yet")
    assert result.value == ["understand", "support"] and result.certainty == SURE
    doubt = reading("decision_sure", "i understand the options but im not sure what matters most")
    assert "values" not in (doubt.value or []) or doubt.certainty != SURE


def test_a_pick_said_only_under_a_condition_gives_way_to_the_plain_one():
    result = reading("compare_one_treatment", "physical therapy first, an operation only if that does not work")
    assert result.value == "medicine" and result.certainty == SURE and "only if" in result.note
    both = reading("compare_one_treatment", "physical therapy or an operation")
    assert not stored(both)  # no condition: two answers, asked


def test_same_or_agree_after_a_pick_is_about_that_thing_not_none():
    assert reading("compare_differs", "just the stage, the diagnosis is same").value == ["stage"]
    assert reading("compare_differs", "none").value == ["none"]


def test_a_ratio_is_no_choice_number():
    assert reading("signs", "a rare condition, about 1 in 5000").value == ["rare_complex"]


@pytest.mark.parametrize("line, band", [
    ("turns 18 in june", "teen"), ("she will be 2 soon", "child"), ("in 5th grade", "child"), ("a high school junior", "teen"),
])
def test_an_age_to_come_or_a_school_year(line, band):
    assert reading("welcome_age", line).value == band


def test_an_age_to_come_gives_way_to_the_age_now():
    assert reading("welcome_age", "he is 12, turns 13 in may").value == "child"


def test_the_one_before_is_relative_but_one_before_they_pay_is_not():
    assert not stored(reading("signs", "the one before the last"))
    assert reading("signs_more", "the insurer wants one before they will pay").value == ["insurance_requires"]


def test_i_think_before_the_only_pick_at_a_pick_any_question_is_offered_back():
    from assistant.understanding import LIKELY

    result = reading("decision_sure", "i guess i have support")
    assert result.certainty == LIKELY and result.value == ["support"]
    # "maybe" is a doubt, not a soft yes: asked, as before.
    assert reading("records", "maybe the scans").certainty != SURE and reading("records", "maybe the scans").certainty != LIKELY
    # Another pick beside it: the doubted one is asked about, the sure one kept.
    mixed = reading("decision_sure", "i feel sure and i think i have support")
    assert mixed.certainty != SURE and "support" not in (mixed.value or [])


def test_a_short_weekday_after_by_or_on_is_a_day():
    result = reading("decision_when", "by thu, the surgeon has to book the room")
    assert result.value == "days" and result.date == "2026-12-03"
    assert reading("decision_when", "mon").value != "days"  # alone it may be another word: not read as a day


def test_a_figure_said_about_a_pick_is_context():
    assert reading("signs", "a rare tumor, about 1 in 50000").value == ["rare_complex"]
    assert reading("signs", "rare, 1 in").value is not None  # a broken figure: no crash, the pick kept
