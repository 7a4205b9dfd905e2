"""Round 27 (issue 11, helper 11b13): clear answers asked again, and the leftovers of earlier sessions, fixed by
mechanism, in our own words (none of these lines is in a round's data)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Engine

from .reading_support import pick, picks, reading, stored


# A statement list answered with the list's own numbers, each with a verdict: the numbers said to hold are the picks.
@pytest.mark.parametrize("line, want", [
    ("(1) nope (2) yes (3) yes, I think so (4) no", {"understand", "values"}),
    ("1) no 2) yes 3) yes 4) yes", {"understand", "values", "support"}),
    ("1 no 2 yes 3 no 4 yes, my sister", {"understand", "support"}),
    ("1. not really 2. yes 3. yes 4. yes", {"understand", "values", "support"}),
    ("(1) getting there, but no (2) yes (3) yes (4) no", {"understand", "values"}),
])
def test_a_numbered_statement_list_picks_the_numbers_said_to_hold(line, want):
    assert picks("decision_sure", line) == want


def test_a_numbered_list_all_denied_is_none_only_when_every_choice_was_denied():
    assert picks("decision_sure", "1 no 2 no 3 no 4 no") == {"none"}
    assert picks("decision_sure", "1 no 2 no") is None  # 3 and 4 not answered: never "none" guessed


@pytest.mark.parametrize("line", ["(1) no (2) sort of (3) yes", "1 and 4... wait no, just 4", "2 to some extent, 3 yes"])
def test_a_numbered_list_with_an_unclear_item_is_not_read_as_a_statement_list(line):
    result = reading("decision_sure", line)
    assert not (stored(result) and set(result.value) == {"values"})


def test_a_numbered_list_is_never_read_so_at_the_red_flag_questions():
    from assistant.flow import default_flow
    from assistant.understanding.numbered_verdicts import numbered_verdicts

    assert numbered_verdicts("1 no 2 yes 3 no", default_flow().state("red_flags")) is None


# Ticked boxes: "[x]" picks, "[ ]" does not.
def test_ticked_boxes_pick_the_ticked_parts():
    line = "[x] 1 (the diagnosis is new) [ ] 2 [x] 7 (nobody sees it often) [ ] the rest"
    assert picks("signs", line) == {"serious_diagnosis", "rare_complex"}


def test_boxes_none_ticked_are_not_a_pick():
    result = reading("signs", "[ ] 1 [ ] 2")
    assert not (stored(result) and result.value and "serious_diagnosis" in result.value)


# Brackets right after a typed number say why: a remark, not a part to ask about.
@pytest.mark.parametrize("state, line, want", [
    ("compare_context", "3 (the CT was blurry, pretty useless really) and 4 (lab said 'equivocal')", {"scans", "biopsy"}),
    ("signs", "6 (tried two drugs already), 8 (three ways to go, 2 doctors disagree)", {"treatment_failed", "many_options"}),
])
def test_brackets_after_a_number_are_a_remark(state, line, want):
    assert picks(state, line) == want


@pytest.mark.parametrize("line", ["3 (not sure)", "3 (maybe 5 too)", "3 (is that right?)", "2 (and 5)"])
def test_brackets_after_a_number_that_doubt_or_add_are_not_dropped_silently(line):
    result = reading("signs", line)
    assert not (stored(result) and result.value == ["high_risk_treatment"] and "5" not in line and "not" not in line and "?" not in line)
    if "maybe" in line or "?" in line or "not sure" in line:
        assert not stored(result) or result.value != ["high_risk_treatment"]


# "Still not 100% on 1": the number not wholly there is left out; "not sure about 1" alone stays asked.
@pytest.mark.parametrize("line, want", [("2, 3, 4. Still not 100% on 1.", {"understand", "values", "support"}),
                                        ("2 and 4, not quite there on 1", {"understand", "support"})])
def test_not_wholly_there_on_a_number_leaves_it_out(line, want):
    assert picks("summary_sure", line) == want


def test_not_sure_on_a_number_is_still_asked():
    assert picks("summary_sure", "2, 3, 4. Still not sure on 1.") is None


# "the same X" beside picks at the differences question: what they agree on, not "none".
@pytest.mark.parametrize("line, want", [("the timing only, it's the same tumour", {"urgency"}),
                                        ("how bad it is. both say same diagnosis", {"stage"})])
def test_the_same_thing_beside_picks_is_no_none(line, want):
    assert picks("compare_differs", line) == want


@pytest.mark.parametrize("line", ["same", "all the same", "it's the same", "they say the same"])
def test_plain_same_is_still_none(line):
    assert picks("compare_differs", line) == {"none"}


# Leftovers.
def test_the_meds_failing_beside_a_gp_who_was_no_help_is_the_treatment_failing():
    assert picks("signs", "the pills didnt work, and the GP was no help") == {"treatment_failed"}
    assert picks("signs", "the meds didnt help, my GP was no help") == {"treatment_failed"}


def test_a_gp_who_was_no_help_alone_is_still_asked():
    assert picks("signs", "my GP was no help") is None


@pytest.mark.parametrize("state, line, want", [("signs", "nothing they gave her has helped", {"treatment_failed"}),
                                               ("signs", "nothing the doctors tried worked", {"treatment_failed"})])
def test_nothing_they_gave_helped_is_the_treatment_failing(state, line, want):
    assert picks(state, line) == want


def test_nothing_they_gave_helped_at_the_situation_question():
    assert pick("decision_situation", "nothing they gave him has helped") == "treatment_failure"


def _welcome(line: str) -> Engine:
    engine = Engine(today=lambda: date(2026, 12, 2))
    engine.start()
    engine.respond(line)
    return engine


@pytest.mark.parametrize("line", ["i already saw 2 doctors about my knee", "I already saw two doctors about my left hip"])
def test_compare_path_about_my_own_body_is_for_me(line):
    engine = _welcome(line)
    assert engine.slots.get("role") == "compare" and engine.slots.get("compare_for") == "patient"


def test_compare_path_about_someone_elses_body_is_not_for_me():
    engine = _welcome("i already saw 2 doctors about my dad's knee")
    assert engine.slots.get("compare_for") != "patient"


def test_own_body_at_the_welcome_sets_who_it_is_for():
    engine = _welcome("i already saw 2 doctors about my back")
    assert engine.slots.get("role") == "compare" and engine.slots.get("compare_for") == "patient"


@pytest.mark.parametrize("state", ["compare_first", "fit_opinions"])
def test_a_plain_doctor_then_what_kind_is_one_person_not_a_count(state):
    assert pick(state, "the first was my regular doctor, a GP") is None


@pytest.mark.parametrize("line, want", [("my doctor, a surgeon and an oncologist", "three_plus"), ("my GP and a surgeon", "two")])
def test_doctors_listed_are_still_counted(line, want):
    assert pick("compare_first", line) == want


@pytest.mark.parametrize("line", ["Surgeon, oncologist, tumor board.", "the urologist, the radiation doctor and the tumour board"])
def test_a_tumor_board_is_one_more_opinion(line):
    assert pick("compare_first", line) == "three_plus"


# A test named by a word nobody listed: the kind is in the head word ("tests": lab results and other tests).
@pytest.mark.parametrize("line", ["the list of all the strep tests", "his sweat test", "the allergy tests and the echo"])
def test_an_unknown_kind_of_test_is_a_lab_or_other_test(line):
    assert "labs" in (picks("records", line) or set())


@pytest.mark.parametrize("line, want", [("the MRI tests", "imaging"), ("biopsy test", "pathology")])
def test_a_test_named_by_another_choices_word_keeps_that_choice(line, want):
    assert want in (picks("records", line) or set())
    assert "labs" not in (picks("records", line) or set())


def test_a_test_report_is_not_read_by_its_head():
    result = reading("records", "the swallow test report")
    assert not stored(result)


# What is "the same" does not differ: never picked from "same size", and "same for both" is no thing named.
def test_the_same_thing_named_is_not_a_difference():
    assert picks("compare_differs", "the timing. same tumour, same grade.") == {"urgency"}


def test_same_for_both_is_not_read_as_the_same_thing():
    result = reading("compare_differs", "not sure the name means the same for both, and the plan is different")
    assert not (stored(result) and set(result.value) == {"treatment"})


# Both sides of a difference told after naming it: what each said, not one more part to ask about.
def test_both_sides_told_after_the_difference_are_what_each_said():
    assert picks("compare_differs", "the plan, and how serious it is. one says 'flaring', the other says 'quiet'") == {"treatment", "stage"}


def test_both_sides_alone_are_still_asked():
    assert not stored(reading("compare_differs", "one says flaring, the other says quiet"))


# "so 5" after a choice only mentioned: the person picked it by number.
def test_a_choice_mentioned_then_picked_by_number_is_picked():
    assert picks("signs_more", "they mentioned a trial drug with the radiation. so 5.") == {"experimental"}


def test_a_choice_only_mentioned_is_still_asked():
    assert picks("signs_more", "they mentioned a trial drug") is None


# Having no records said with a negated "have": none; a record named after it keeps the record.
@pytest.mark.parametrize("line", ["I don't have nothing yet", "we havent got anything yet", "i dont have any of them"])
def test_not_having_anything_yet_is_none(line):
    assert picks("records", line) == {"none"}


@pytest.mark.parametrize("line, want", [("i dont have anything but the MRI", {"imaging"})])
def test_not_having_anything_but_a_record_is_that_record(line, want):
    assert picks("records", line) == want


def test_not_having_one_kind_is_not_none():
    assert picks("records", "i dont have any scans") != {"none"}


# A sentence naming one choice, then ", no." / ", not yet.": that choice denied, the rest kept.
@pytest.mark.parametrize("line, want", [("Support I have, my sister is a nurse. But sure about the surgery, no.", {"support"}),
                                        ("2 and 4. sure, not yet.", {"understand", "support"})])
def test_a_choice_said_then_denied_after_a_comma_is_not_picked(line, want):
    assert picks("decision_sure", line) == want


@pytest.mark.parametrize("state, line", [("records", "the scans, no"), ("signs", "the surgery, no")])
def test_a_lone_choice_denied_after_a_comma_is_never_picked(state, line):
    result = reading(state, line)
    assert not (stored(result) and result.value and set(result.value) - {"none"})


# A time, then a second number for the same unit: one range ("2 WKS MAYBE 3" is 2-3 weeks, never choice 3).
@pytest.mark.parametrize("line", ["2 WKS MAYBE 3", "2 weeks or 3", "3 wks or maybe 4"])
def test_a_time_then_a_second_number_is_a_range(line):
    assert pick("decision_when", line) == "weeks"


@pytest.mark.parametrize("line", ["2 maybe 3", "2 weeks or 3 months"])
def test_two_choice_numbers_or_two_units_are_still_asked(line):
    assert pick("decision_when", line) is None
