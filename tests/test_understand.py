"""Understanding what people type at a prompt."""

from __future__ import annotations

import pytest

from assistant.flow import default_flow
from assistant.understand import Misunderstood, Understood, command_in, parse_choice, parse_free, parse_order

FLOW = default_flow()
SITUATION = FLOW.state("decision_situation")
SIGNS = FLOW.state("signs")
QUESTIONS = FLOW.state("questions")
RED_FLAGS = FLOW.state("red_flags")
WELCOME = FLOW.state("welcome")


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("1", "surgery"),
        (" 1. ", "surgery"),
        ("#3", "worsening"),
        ("three", "worsening"),
        ("Surgery", "surgery"),
        ("SURGERY", "surgery"),
        ("a surgery or procedure was offered (not an emergency)", "surgery"),
        ("surgary", "surgery"),  # typo
        ("the plan is working", "straightforward"),
        ("treatment not working", "treatment_failure"),
        ("something else", "other"),
    ],
)
def test_a_choice_by_number_label_synonym_or_typo(typed, expected):
    assert parse_choice(typed, SITUATION) == Understood(expected)


def test_two_numbers_for_a_pick_one_question_are_asked_about_naming_both():
    result = parse_choice("1, 2", SITUATION)
    assert isinstance(result, Misunderstood)
    assert "A surgery or procedure" in result.note and "A serious new diagnosis" in result.note


@pytest.mark.parametrize("typed", ["", "   ", "0", "8", "99", "-1", "banana bread"])
def test_a_single_choice_that_cannot_be_understood_says_what_is_accepted(typed):
    result = parse_choice(typed, SITUATION)
    assert isinstance(result, Misunderstood)
    assert "Type a number from 1 to 7" in result.note


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("1, 3 and 5", ["serious_diagnosis", "high_risk_treatment", "vague_diagnosis"]),
        ("1 3 5", ["serious_diagnosis", "high_risk_treatment", "vague_diagnosis"]),
        ("2;10", ["major_procedure", "peace_of_mind"]),
        ("rare and peace of mind", ["rare_complex", "peace_of_mind"]),
        ("none", ["none"]),
        ("None of these", ["none"]),
        ("3, 3", ["high_risk_treatment"]),
    ],
)
def test_several_choices_at_once(typed, expected):
    assert parse_choice(typed, SIGNS) == Understood(expected)


def test_all_picks_every_choice_except_none():
    result = parse_choice("all", SIGNS)
    assert isinstance(result, Understood)
    assert len(result.value) == 10 and "none" not in result.value


def test_none_together_with_other_choices_is_asked_again():
    result = parse_choice("1, 11", SIGNS)
    assert isinstance(result, Misunderstood) and "none" in result.note


def test_one_bad_item_in_a_list_is_named_in_the_reask():
    result = parse_choice("1, 42", SIGNS)
    assert isinstance(result, Misunderstood) and '"42"' in result.note


def test_questions_need_at_least_three():
    assert isinstance(parse_choice("1, 2", QUESTIONS), Misunderstood)
    assert parse_choice("1, 2, 3", QUESTIONS) == Understood(["q1", "q2", "q3"])


def test_no_at_the_red_flag_screen_means_none_is_happening():
    assert parse_choice("no", RED_FLAGS) == Understood(["none"])


def test_caregiver_wording_is_understood():
    assert parse_choice("my mother", WELCOME) == Understood("caregiver")
    assert parse_choice("me", WELCOME) == Understood("patient")


@pytest.mark.parametrize(
    "typed, command",
    [("back", "back"), ("BACK", "back"), ("go back", "back"), ("start over", "restart"), ("help", "help"),
     ("?", "help"), ("why?", "why"), ("sources", "sources"), ("summary", "summary"), ("quit", "quit"),
     ("exit", "quit"), ("Restart.", "restart")],
)
def test_commands_in_everyday_forms(typed, command):
    assert command_in(typed) == command


@pytest.mark.parametrize("typed", ["back pain", "I want help deciding", "why is my knee swollen", "quite"])
def test_a_command_word_inside_an_answer_is_not_a_command(typed):
    assert command_in(typed) is None


def test_free_text_keeps_what_was_typed_and_drops_control_characters():
    spec = FLOW.state("decision_what")
    assert parse_free("  whether to have\x1b[31m surgery\x07 ", spec) == Understood("whether to have surgery")
    assert isinstance(parse_free("   ", spec), Misunderstood)


def test_an_optional_free_text_can_be_skipped():
    spec = FLOW.state("questions_own")
    assert parse_free("skip", spec) == Understood(None)
    assert parse_free("Can I wait until summer?", spec) == Understood("Can I wait until summer?")


def test_reordering_questions():
    items = ["A?", "B?", "C?"]
    assert parse_order("ok", items) == Understood(items)
    assert parse_order("3 1", items) == Understood(["C?", "A?", "B?"])
    assert parse_order("2, 3, 1", items) == Understood(["B?", "C?", "A?"])
    assert parse_order("first the second", items) == Understood(["B?", "A?", "C?"])
    for bad in ("4", "1 1", ""):
        assert isinstance(parse_order(bad, items), Misunderstood)


def test_a_list_of_words_is_read_as_several_picks_not_one_loose_match():
    records = FLOW.state("records")
    assert parse_choice("scans, notes, labs", records) == Understood(["imaging", "clinic_notes", "labs"])
    assert parse_choice("scans and labs", records) == Understood(["imaging", "labs"])


def test_a_negated_symptom_is_never_read_as_that_choice():
    result = parse_choice("no chest pain", RED_FLAGS)
    assert not (isinstance(result, Understood) and "heart_attack" in result.value)


def test_a_negation_that_is_part_of_the_choice_still_matches():
    urgent = FLOW.state("urgent_care")
    assert parse_choice("its not happening now", urgent) == Understood("not_now")


@pytest.mark.parametrize("typed", ["²", "1²", "٣", "½"])
def test_unicode_digits_are_not_choice_numbers_and_never_crash(typed):
    assert isinstance(parse_choice(typed, SITUATION), Misunderstood)


@pytest.mark.parametrize("typed", ["my knee hurts", "i need help with my back", "i am not sure"])
def test_a_sentence_that_only_shares_a_word_with_a_choice_is_asked_again_not_guessed(typed):
    assert isinstance(parse_choice(typed, WELCOME), Misunderstood)


@pytest.mark.parametrize(
    "state, typed, expected",
    [("decision_when", "no set date", "no_deadline"),
     ("decision_situation", "symptoms for a long time", "chronic"),
     ("urgent_care", "i went, they checked me and i am stable", "seen")],
)
def test_everyday_phrasings_of_a_choice_are_understood(state, typed, expected):
    assert parse_choice(typed, FLOW.state(state)) == Understood(expected)


def test_bidirectional_overrides_are_dropped_from_what_is_shown_back():
    spec = FLOW.state("decision_what")
    assert parse_free("whether to \u202ehave\u202c surgery", spec) == Understood("whether to have surgery")
