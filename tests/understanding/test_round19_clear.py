"""Round 19 (issue 11b): clear answers asked again at the questions that are weak in every round, by
mechanism, in our own words."""

from __future__ import annotations

import pytest

from .reading_support import pick, picks, reading


# At "Are any tests planned, or results still pending?": a test named with a time still ahead is a
# Yes, whatever the test is called (its own word or its ending) and however the time is said
# (tests_ahead.py, dialogues/tests_ahead.yaml).
@pytest.mark.parametrize("line", [
    "an MRI in february",
    "a sigmoidoscopy in about 2 weeks",
    "myelogram on the 12th",
    "sleep study next month",
    "an angiogram friday",
    "bloods again before the next clinic",
    "repeat biopsy after christmas",
    "the holter monitor next tuesday",
])
def test_a_test_with_a_time_ahead_is_yes(line):
    result = reading("timing_tests", line)
    assert result.certainty == "sure" and result.value == "yes"
    assert result.note.lower() == line.lower()


def test_the_day_of_the_test_is_kept():
    assert reading("timing_tests", "a bone scan on the 14th").date == "2026-12-14"


def test_a_hedge_on_ones_own_knowledge_offers_the_yes_back():
    result = reading("timing_tests", "another echo in march I believe")
    assert result.certainty == "likely" and result.value == "yes"


# A test in doubt, routine, denied, or done is left as it was read: never a silent Yes.
@pytest.mark.parametrize("line", [
    "maybe a ct in january",
    "they might do another ultrasound next month",
    "blood work every 3 months, routine",
    "the echo was last week",
    "had the colonoscopy 2 weeks ago",
    "a scan in january if the pain comes back",
    "the echo in january showed nothing",
    "a scan in january, I think, or was it february",
])
def test_a_test_in_doubt_or_done_is_not_a_yes(line):
    assert pick("timing_tests", line) != "yes"


def test_a_test_with_no_time_is_not_read_as_ahead():
    assert pick("timing_tests", "the colonoscopy") != "yes"


# At "How many doctors have given an opinion?": a doctor named by the field's short name or the
# word's ending counts ("GIs", "the ENT", "a hepatologist"), joined by "+" or "&" as by "and"
# (counting.py, dialogues/doctor_words.yaml).
@pytest.mark.parametrize("line, meant", [
    ("just the ENT", "zero"),
    ("only my rheumy", "zero"),
    ("only the hepatologist so far", "zero"),
    ("my GI and then a hepatologist", "one_more"),
    ("like 5 neuros over the years", "many"),
    ("3 GIs", "many"),
    ("2 GPs + 1 cardiologist", "many"),
])
def test_doctors_by_the_form_of_the_word_are_counted(line, meant):
    assert pick("fit_opinions", line) == meant


# At a pick-one question, a choice said as "now" with only a bare "later" after it: the question
# is put off, not answered twice; the choice said as now is the answer and the line its note
# (deferred.py, _now_then_later).
@pytest.mark.parametrize("line", [
    "keep the plan now. later perhaps",
    "stick with the current plan for now, maybe later",
    "I'll stay with the plan now - maybe later on",
])
def test_now_then_a_bare_later_is_the_choice_said_as_now(line):
    result = reading("fit", line)
    assert result.certainty == "sure" and result.value == "keep_plan" and result.note


@pytest.mark.parametrize("line", [
    "later maybe, keep the plan now",
    "keep the plan for now or maybe later",
    "maybe keep the plan now, later we see",
])
def test_later_before_or_in_doubt_stays_asked(line):
    assert pick("fit", line) is None


# At the red-flag questions, every sign named is denied and the rest says all is well: None
# (all_clear.py, dialogues/all_clear.yaml).
@pytest.mark.parametrize("state, line", [
    ("red_flags_child", "no rash, no fever, playing normally"),
    ("red_flags_child", "not floppy, no rash, peeing fine"),
    ("red_flags_child", "no fever. drinking ok"),
    ("red_flags_child", "no stiff neck and no rash, she's feeding well"),
    ("red_flags", "no chest pain, no trouble breathing, feeling ok"),
    ("red_flags", "no headache, no vision problems, nothing else"),
])
def test_every_sign_denied_and_all_well_is_none(state, line):
    assert picks(state, line) == {"none"}


# A sign named without denial, a "but", only signs denied with nothing said to be well, or a part
# that says something else: left as read, never explained away.
@pytest.mark.parametrize("state, line", [
    ("red_flags_child", "no fever, stiff neck, alert"),
    ("red_flags_child", "no rash, fever, playing fine"),
    ("red_flags_child", "no fever, but not eating"),
    ("red_flags_child", "no fever, not drinking, alert"),
    ("red_flags_child", "no fever, no rash"),
    ("red_flags_child", "no rash, no stiff neck, eating fine. a small temperature yesterday"),
    ("red_flags", "no weakness, speech fine"),
    ("red_flags", "no chest pain, short of breath, otherwise ok"),
])
def test_a_sign_not_denied_is_never_read_as_none(state, line):
    assert picks(state, line) != {"none"}


# Nothing said as the smallest amount denied, or in a word of its own (nothing_said.py,
# dialogues/nothing_words.yaml): none where the question has it.
@pytest.mark.parametrize("state, line", [
    ("logistics_insurer", "not a single thing yet"),
    ("logistics_insurer", "Not one thing."),
    ("records", "not a blessed thing"),
    ("records", "zilch"),
    ("red_flags", "not one bit of it, no"),
    ("compare_context", "nope, not a single one"),
])
def test_nothing_said_as_the_smallest_amount_is_none(state, line):
    assert picks(state, line) == {"none"}


def test_not_a_clue_is_not_knowing_never_none():
    assert picks("records", "not a clue") != {"none"}


def test_a_word_for_nothing_inside_other_words_is_not_nothing():
    assert picks("records", "the zip code of the clinic") != {"none"}


# Not knowing said the ironic way round, the whole line (inability.py): the not-sure choice.
@pytest.mark.parametrize("line", ["heck if I know", "damned if we know lol", "god only knows", "heaven knows", "no one knows"])
def test_not_knowing_said_the_ironic_way_is_not_sure(line):
    assert pick("timing_tests", line) == "not_sure"


@pytest.mark.parametrize("line", ["only if I know", "ask me if i know", "even if i knew"])
def test_if_i_know_after_a_condition_is_not_read_as_not_knowing(line):
    assert pick("timing_tests", line) != "not_sure"


# Picks by number first, then a remark that names nothing new (numbers_first.py): the numbers are
# stored and the remark kept as the note.
@pytest.mark.parametrize("state, line, meant", [
    ("summary_sure", "2 and 4. Fingers crossed.", {"understand", "support"}),
    ("summary_sure", "1 to 3. long week", {"sure", "understand", "values"}),
    ("compare_context", "3 and 5: the CT was blurry and the new doctor never saw my records", {"scans", "records"}),
    ("questions", "1, 4 and 6. my wife is coming with me", {"q1", "q4", "q6"}),
])
def test_numbers_then_a_remark_are_the_numbers(state, line, meant):
    result = reading(state, line)
    assert result.certainty == "sure" and set(result.value) == meant


@pytest.mark.parametrize("line, remark", [("2 and 4. Fingers crossed.", "Fingers crossed."), ("2 and 4. what a month", "what a month")])
def test_the_remark_after_the_numbers_is_the_note(line, remark):
    assert reading("summary_sure", line).note == remark


# The remark adds, doubts, names another choice or another number: never the numbers alone, stored.
@pytest.mark.parametrize("state, line, numbered", [
    ("summary_sure", "2. Maybe 4.", {"understand"}),
    ("summary_sure", "1 and 3. 4 as well", {"sure", "values"}),
    ("questions", "2, 3, 7. I have more of my own too", {"q2", "q3", "q7"}),
    ("questions", "1, 2 and 10. and the one about costs", {"q1", "q2", "q10"}),
    ("compare_context", "3. and the biopsy was unclear", {"scans"}),
    ("signs", "2, 8. or maybe 9", {"major_procedure", "many_options"}),
])
def test_a_remark_that_adds_or_doubts_is_asked(state, line, numbered):
    result = reading(state, line)
    assert not (result.certainty == "sure" and set(result.value or []) == numbered and not result.unclear)


# At "Has a doctor checked since things got worse?": a doctor or a place of care that did something
# in the last days is Yes (care_done.py), told by what they did rather than "checked".
@pytest.mark.parametrize("line", [
    "my oncologist changed the plan on tuesday",
    "the ER sent me home 2 days ago",
    "urgent care stitched him up this morning",
    "her neuro upped the dose yesterday",
    "er did a ct friday",
])
def test_a_doctor_who_did_something_lately_is_yes(line):
    result = reading("timing_seen", line)
    assert result.certainty == "sure" and result.value == "yes" and result.note


@pytest.mark.parametrize("line", [
    "the nurse changed the dressing yesterday",
    "triage took my vitals friday",
    "my neuro upped the dose in october",
    "the surgeon checked it before it got worse, on monday",
    "the ER will see him friday",
    "i think the GP changed the meds yesterday",
])
def test_no_doctor_an_old_day_or_a_doubt_is_not_yes(line):
    assert pick("timing_seen", line) != "yes"


# A verb whose past is the same word ("put", "set") or a past form ("gave") beside a weekday is
# never read as a visit still to come (visits.py): asked, not "No, not yet".
@pytest.mark.parametrize("line", ["the GP put her on steroids monday", "the doctor set the cast tuesday", "the clinic gave her a sling friday"])
def test_a_day_after_a_past_verb_is_not_a_visit_to_come(line):
    assert pick("timing_seen", line) != "no"


def test_a_visit_to_come_is_still_no():
    assert pick("timing_seen", "seeing her gp on friday") == "no"


# At the order question: the word of approval first, with how it stands ("lovely the way it is"),
# keeps the order (order_keep.py); "kindly" before what to do is "please" (lexicon rewrites).
@pytest.mark.parametrize("line", ["lovely the way it is", "Brilliant as is", "perfect like that", "Kindly leave the order as it is"])
def test_approval_with_how_it_stands_keeps_the_order(line):
    result = reading("questions_order", line, items=["a", "b", "c"], item_ids=[None, None, None])
    assert result.certainty == "sure" and result.value == ["a", "b", "c"]


@pytest.mark.parametrize("line", ["bad as it is", "not great as it is", "fine as it is but put 3 first"])
def test_approval_denied_or_with_a_change_is_no_keep(line):
    result = reading("questions_order", line, items=["a", "b", "c"], item_ids=[None, None, None])
    assert not (result.certainty == "sure" and result.value == ["a", "b", "c"])


# A vague tail ("or something", "or whatever they call it") names nothing of its own (vague_tail.py).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_context", "the scan one, the CT was fuzzy or something", {"scans"}),
    ("records", "the scans, and the path report or whatever they call it", {"imaging", "pathology"}),
])
def test_a_vague_tail_is_no_part_to_ask_about(state, line, meant):
    assert picks(state, line) == meant


def test_something_else_is_still_asked():
    assert picks("compare_context", "the scan one or something else") is None


def test_and_stuff_at_a_pick_one_question_is_near_enough():
    assert pick("compare_two_treatment", "surgery and stuff") == "surgery"


# A digit that is no decimal digit ("²", typed by a slip of the keys) is read without error wherever
# numbers are counted (described.py, exclusions.py, listener.py, said_numbers.py ...).
@pytest.mark.parametrize("state", ["welcome", "signs", "questions", "fit_opinions", "timing_tests"])
@pytest.mark.parametrize("line", ["first - ²", "1 and ². Those ²", "all but ²", "not ², the rest"])
def test_a_superscript_digit_reads_without_error(state, line):
    reading(state, line)
