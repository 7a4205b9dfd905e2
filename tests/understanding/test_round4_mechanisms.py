"""The general mechanisms added after round 4, each with good, bad and odd input.

Lines here are written for the tests (not copied from the corpus), against a pinned clock
(Wednesday 2026-12-02).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Engine
from assistant.understanding import LIKELY, SURE, UNCLEAR, read
from assistant.understanding.ages import ages_in, band, read_age
from assistant.understanding.dialogue import step
from assistant.understanding.lexicon import parse
from assistant.understanding.text import tokens
from assistant.understanding.timewords import read_times
from understanding.reading_support import FLOW, LEX, TODAY, reading


# --- The age question -------------------------------------------------------------------

@pytest.mark.parametrize(
    "line, band_",
    [
        ("she's seven", "child"),
        ("he is 15", "teen"),
        ("my dad is 80", "adult"),
        ("thirty-one", "adult"),
        ("forty five", "adult"),
        ("11 months", "baby"),
        ("18 months old", "child"),
        ("2 yrs 3 mo", "child"),
        ("3 weeks old", "baby"),
        ("she turned 14 last week", "teen"),  # "last week" is when, not the unit
        ("16, turns 17 in may", "teen"),  # the age to come is not the age
        ("9", "child"),  # past the choice numbers: an age
        ("2", "child"),  # choice 2 and age 2 agree
        ("toddler", "child"),
    ],
)
def test_an_age_in_words_or_digits_maps_to_its_band(line, band_):
    result = reading("welcome_age", line)
    assert (result.certainty, result.value) == (SURE, band_)


@pytest.mark.parametrize("line, choice", [("1", "baby"), ("3", "teen"), ("4", "adult")])
def test_a_bare_number_that_is_both_a_choice_and_a_different_age_is_confirmed_never_stored(line, choice):
    result = reading("welcome_age", line)
    assert result.certainty == LIKELY and result.value == choice
    assert f"{line} years old" in result.message


def test_a_choice_named_by_its_number_with_a_pointer_is_the_choice():
    assert reading("welcome_age", "option 3").value == "teen"


def test_an_age_word_and_an_age_number_that_disagree_are_asked():
    result = reading("welcome_age", "a teenager, 22")
    assert result.certainty == UNCLEAR and set(result.options) == {"teen", "adult"}


def test_what_else_is_said_with_an_age_is_kept_as_a_note():
    result = reading("welcome_age", "15, she has autism so I do the talking")
    assert result.value == "teen" and "autism" in result.note


@pytest.mark.parametrize("line", ["born in 2019", "", "???", "no idea how old", "one of them"])
def test_odd_input_at_the_age_question_is_never_stored_as_an_age(line):
    result = reading("welcome_age", line)
    assert result.certainty == UNCLEAR and result.value is None


def test_the_age_reader_on_its_own():
    assert band(0.5) == "baby" and band(12.9) == "child" and band(13) == "teen" and band(18) == "adult"
    assert [round(a.years, 2) for a in ages_in("1 yr 6 mo", LEX)] == [1.5]
    assert ages_in("he is 500", LEX) == []
    assert read_age("the weather", tokens("the weather"), FLOW.state("welcome_age"), LEX) is None


def test_a_question_about_the_age_question_is_a_question_not_an_age():
    result = reading("welcome_age", "why do you need his age, he is 12?")
    assert result.asked


def test_an_ambiguous_number_at_the_age_question_stores_nothing_in_the_conversation():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    engine.respond("2")  # for someone I care for
    engine.respond("my son")
    assert engine.state == "welcome_age"
    turn = engine.respond("3")
    assert engine.state == "welcome_age" and "age_band" not in engine.slots
    assert turn.kind == "confirm" and "choice 3" in turn.text and "3 years old" in turn.text
    engine.respond("no")
    assert engine.state == "welcome_age" and "age_band" not in engine.slots
    engine.respond("3 years")
    assert engine.slots["age_band"] == "child"
    # Yes at the confirmation keeps the choice the number names.
    again = Engine(today=lambda: TODAY)
    again.start()
    for line in ("2", "my son", "3", "yes"):
        again.respond(line)
    assert again.slots["age_band"] == "teen"


# --- Doubts, comparisons, places, "all" as an object ------------------------------------------

def test_a_pick_said_with_confusion_after_it_is_asked_about_and_the_rest_kept():
    result = reading("logistics_insurer", "the approved list yes. the form bit confuses me, im confused")
    assert result.certainty == UNCLEAR and result.value == ["approved_list"]


def test_a_comparison_is_never_the_choice_it_compares():
    for line in ("less sure than the first one", "not as sure as the other doctor"):
        assert not reading("compare_two_confidence", line).sure
    assert reading("compare_two_confidence", "very sure").value == "sure"


def test_a_place_after_at_is_where_not_what():
    result = reading("records", "scans and labs at the hospital")
    assert (result.certainty, result.value) == (SURE, ["imaging", "labs"])
    assert "discharge_summaries" in reading("records", "the hospital papers").value


def test_all_as_the_object_of_a_comment_is_not_every_choice():
    result = reading("signs", "she is worried about all of it")
    assert not result.sure
    assert len(reading("signs", "all of them").value) == 10


def test_a_hedge_closing_the_line_is_confirmed_but_not_a_degree_of_certainty():
    assert reading("logistics", "they cover it I think").certainty == LIKELY
    assert reading("compare_one_confidence", "fairly sure i think").value == "fairly"


def test_whatever_before_a_pick_in_a_list_is_asked():
    result = reading("records", "whatever the clinic sends")
    assert not result.sure


def test_a_doubted_pick_is_never_outweighed_by_a_longer_one():
    result = reading("timing_tests", "all the results are all in, but they might repeat the scan")
    assert not result.sure


def test_a_choice_already_done_is_history_at_the_situation_question():
    assert not reading("decision_situation", "she already had the operation, now the scar is infected").sure
    assert reading("decision_situation", "they want to operate on his hip").value == "surgery"


# --- "I don't know" -----------------------------------------------------------------------------

@pytest.mark.parametrize("state", ["fit_decision_point", "decision_worsening"])
def test_not_sure_stores_the_not_sure_choice_wherever_there_is_one(state):
    assert reading(state, "not really sure").value == "not_sure"


def test_i_dont_know_first_and_a_reason_after_is_i_dont_know():
    result = reading("red_flags", "i dont know, he is asleep")
    assert result.dont_know and not result.value
    kept = reading("timing_tests", "not sure, the surgeon may want another scan")
    assert kept.value == "not_sure" and kept.note.startswith("The surgeon")


def test_not_sure_if_is_a_doubt_never_an_answer():
    assert reading("logistics_ask", "I don't know if he'd mind").dont_know
    assert not reading("compare_differs", "not sure if the stage is the same").sure
    doubt = reading("signs_more", "not sure if my plan needs it")
    assert doubt.certainty == UNCLEAR and doubt.value is None


def test_i_dont_know_at_the_order_question_offers_the_order_as_shown():
    spec = FLOW.state("questions_order")
    result = step("idk, you choose", spec, None, today=TODAY, items=["a", "b", "c"], item_ids=["q1", "q2", "q3"])
    assert result.action == "reply" and "keep this order" in result.say


# --- Times ---------------------------------------------------------------------------------------

def test_a_weekday_in_a_line_about_the_past_is_the_last_one():
    result = reading("timing_seen", "the GP saw her Monday")
    assert result.value == "yes"
    assert read_times(tokens("we saw him monday"), LEX, TODAY, past=True)[0].date == date(2026, 11, 30)
    assert read_times(tokens("yesterday"), LEX, TODAY, past=True)[0].date == date(2026, 12, 1)
    assert read_times(tokens("next monday"), LEX, TODAY, past=True)[0].date > TODAY


def test_the_end_of_the_month_or_year_is_kept_as_a_date():
    assert read_times(tokens("by the end of the month"), LEX, TODAY)[0].date == date(2026, 12, 31)
    assert read_times(tokens("end of the year"), LEX, date(2026, 2, 10))[0].date == date(2026, 12, 31)
    assert read_times(tokens("end of this month"), LEX, date(2026, 2, 10))[0].date == date(2026, 2, 28)


def test_how_soon_is_a_question_about_time_not_a_time():
    assert not reading("decision_when", "they said soon but never said how soon").sure


# --- Positions and orders -----------------------------------------------------------------------

def test_the_middle_one_is_the_middle_of_an_odd_list_only():
    assert reading("fit", "the middle one").value == "alternative"
    assert not reading("compare_values", "somewhere in the middle").sure
    assert reading("urgent_care_check", "the middle one").value is None  # two choices: no middle


def test_a_count_of_questions_named_after_it_is_not_a_pick():
    result = reading("questions", "the first one plus the two about risks and waiting")
    assert "q2" not in (result.value or [])


def test_moving_the_last_one_to_the_top_reorders():
    spec = FLOW.state("questions_order")
    items = ["a", "b", "c", "d"]
    ids = ["q1", "q2", "q3", "q4"]
    assert read("move the last one to the top", spec, items=items, item_ids=ids).value == ["d", "a", "b", "c"]
    assert read("put the first one at the end", spec, items=items, item_ids=ids).value == ["b", "c", "d", "a"]


# --- Lexicon: the {doctor} slot, new keys ---------------------------------------------------------

def test_a_doctor_slot_in_a_lay_word_stands_for_every_doctor_word():
    assert reading("urgent_care", "saw the cardiologist this morning").value == "seen"
    assert reading("timing_seen", "the neurologist saw him").value == "yes"
    phrases = LEX.state("urgent_care").choices["seen"]
    assert ("saw", "the", "cardiologist") in phrases and ("saw", "the", "gp") in phrases
    assert not any("{doctor}" in " ".join(p) for p in phrases)


def test_a_broken_new_lexicon_key_fails_with_one_line():
    import yaml

    from assistant.paths import dialogues_dir
    from assistant.understanding.lexicon import LexiconError

    data = yaml.safe_load((dialogues_dir() / "lexicon.yaml").read_text(encoding="utf-8"))
    data["shared"]["age_numbers"] = {"twenty": "lots"}
    with pytest.raises(LexiconError, match="age_numbers"):
        parse(data)
    data["shared"]["age_numbers"] = {}
    data["states"]["decision_situation"]["done_before"] = True
    assert parse(data).state("decision_situation").done_before
