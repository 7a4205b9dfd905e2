"""Round 18 (issue 11b): clear answers that were asked about again, by mechanism, in our own words."""

from __future__ import annotations

import pytest

from .reading_support import picks, reading


# Examples of a pick belong to it, however long the list (described.py): "labs including A and B",
# "the options, including X", "an advocate, someone who ...". A part led by "also" stays asked.
@pytest.mark.parametrize("state, line, meant", [
    ("records", "lab results including the a1c and cholesterol", {"labs"}),
    ("records", "the scans; blood work such as kidney function and potassium; the visit notes", {"imaging", "labs", "clinic_notes"}),
    ("records", "the labs, e.g. ferritin, b12 and folate", {"labs"}),
    ("fit_alternatives", "a written plan, and an advocate, ideally someone who speaks Spanish", {"written_plan", "advocate"}),
    ("fit_alternatives", "a patient advocate, someone who knows kids and hospitals", {"advocate"}),
    ("questions", "the risks, the options including just waiting, and what to expect", {"q5", "q3", "q4"}),
])
def test_examples_of_a_pick_are_part_of_it(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("records", "lab results including the a1c. also the thing from the eye clinic"),
    ("fit_alternatives", "a written plan, plus someone to drive me there"),
    ("records", "the labs, and the letter from my physio"),
])
def test_one_more_thing_beside_the_examples_is_still_asked(state, line):
    assert picks(state, line) is None


# At the question of questions to ask the doctor, a part led by a question word is one more
# question wanted: asked about, never set aside as a remark (described.py, asks_one_more)...
@pytest.mark.parametrize("line", [
    "1, 2 and 5, and what if he refuses",
    "the risks. the options. and what they would do for their own mother if she was 90",
])
def test_a_question_of_ones_own_beside_the_picks_is_asked(line):
    result = reading("questions", line)
    assert result.certainty != "sure" and result.unclear


# ... unless it is asked as a question in full ("how long will I be off work"): then it goes on the
# list beside the picks, said back (own_question.py, a fifth user trial, 2026-12-04).
def test_a_question_asked_in_full_beside_the_picks_goes_on_the_list():
    result = reading("questions", "3, 4 and 7, how long will I be off work")
    assert result.certainty == "sure" and result.add_question.lower() == "how long will i be off work?"


# Picks passed on from someone close (speakers.py, relayed): "dad says 1 and 7".
@pytest.mark.parametrize("state, line, meant", [
    ("signs", "dad says 1 and 7", {"serious_diagnosis", "rare_complex"}),
    ("signs", "my wife wants 2 and 4, she read about it", {"major_procedure", "mismatch"}),
    ("questions", "mom picked 1, 3 and 5", {"q1", "q3", "q5"}),
    ("records", "her daughter says the first two", {"imaging", "pathology"}),
])
def test_picks_passed_on_from_someone_close(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line", [
    ("signs", "grandpa says 1 but my mom thinks 3"),
    ("signs", "dad says he feels fine"),
    ("questions", "my husband wants 2 and I want 7"),
])
def test_two_people_or_no_picks_are_not_passed_on(state, line):
    assert picks(state, line) is None


# "all of them ... except": words said in passing in between, a comma, a number after "except".
@pytest.mark.parametrize("line, left_out", [
    ("all of them honestly except the family one", {"q8"}),
    ("all of them, except 8", {"q8"}),
    ("everything, except number two", {"q2"}),
    ("all of them tbh except 8 and 10", {"q8", "q10"}),
    ("all, except the family one", {"q8"}),
])
def test_all_except_with_words_in_passing(line, left_out):
    every = {f"q{n}" for n in range(1, 11)}
    assert picks("questions", line) == every - left_out


@pytest.mark.parametrize("line", ["everything, but mostly 3 and 5", "all of them, but 3 first"])
def test_but_after_a_pause_is_no_exception(line):
    assert picks("questions", line) is None


# "an ENT surgeon": a specialty that may or may not operate, run into "surgeon", is a surgeon (matching.py).
@pytest.mark.parametrize("line", ["an ENT surgeon", "the urologist surgeon at the VA", "Another gynecologist surgeon, closer to home"])
def test_a_specialty_run_into_surgeon_is_a_surgeon(line):
    assert reading("compare_two_field", line).value == "surgeon"


@pytest.mark.parametrize("line", ["an ENT specialist", "the urologist", "an ENT, he might operate"])
def test_a_specialty_alone_is_still_asked(line):
    assert reading("compare_two_field", line).certainty != "sure"


# The picks counted back ("Those three.") say nothing more; another count is asked (described.py, count_said).
@pytest.mark.parametrize("line, meant", [
    ("1, 3 and 5. those three", {"q1", "q3", "q5"}),
    ("the risks, the options and what if we wait - all 3", {"q5", "q3", "q6"}),
    ("2, 4, 6 and 9, just those four", {"q2", "q4", "q6", "q9"}),
])
def test_picks_counted_back(line, meant):
    assert picks("questions", line) == meant


@pytest.mark.parametrize("line", ["1, 3 and 5. those four", "2, 4 and 6, all five"])
def test_a_count_that_does_not_match_is_asked(line):
    assert picks("questions", line) is None


# "by my 28 week appt", "30 weeks pregnant": how far along, not a time from today (milestones.py).
@pytest.mark.parametrize("line, meant", [
    ("they need an answer by my 32 week appointment, that's in about 5 weeks", "weeks"),
    ("I'm 20 weeks pregnant and we have to choose within a few days", "days"),
    ("after the 24-week scan, so in 3 months or so", "months"),
])
def test_weeks_along_are_not_the_deadline(line, meant):
    assert reading("decision_when", line).value == meant


@pytest.mark.parametrize("line", ["by my 20 week scan", "before the 12 week mark", "at the 36 week checkup"])
def test_weeks_along_alone_say_no_deadline(line):
    assert reading("decision_when", line).certainty != "sure"


# Tagalog "yung" ("the", "that one") before what is picked (particles.py, dialogues/particles.yaml).
@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "yung 1 and 3 po", {"sure", "values"}),
    ("fit_alternatives", "yung written plan po", {"written_plan"}),
    ("records", "yung scans and yung labs", {"imaging", "labs"}),
])
def test_tagalog_determiner_before_a_pick(state, line, meant):
    assert picks(state, line) == meant


# Not knowing, said with what is not known or who knows instead (inability.py): "I don't know".
@pytest.mark.parametrize("state, line", [
    ("compare_one_confidence", "she doesn't remember"),
    ("compare_first", "we can't keep track of all the specialists anymore"),
    ("compare_first", "mom doesn't recall how many doctors she saw"),
    ("logistics_insurer", "idk, my husband handles all the insurance stuff"),
    ("logistics_insurer", "I don't know, her son takes care of the forms"),
])
def test_not_knowing_with_what_is_not_known(state, line):
    result = reading(state, line)
    assert result.dont_know or result.value in ("not_sure", "not_said", ["none"], ["not_sure"])


@pytest.mark.parametrize("state, line", [
    ("logistics_insurer", "I don't know the deadline, but the approved list yes"),
    ("compare_first", "I can't remember, maybe 3"),
    ("decision_sure", "I don't know the risks"),
])
def test_not_knowing_beside_an_answer_is_read_as_typed(state, line):
    result = reading(state, line)
    assert not result.dont_know


# A question in a choice's own words is a question, not that choice (wondering.py).
@pytest.mark.parametrize("state, line", [
    ("compare_one_confidence", "why does it even matter how confident she was"),
    ("compare_two_confidence", "how am i meant to know if hes sure"),
    ("compare_one_treatment", "is a pump a device or a medicine"),
    ("compare_two_field", "is an ENT a surgeon or not"),
    ("specialist_focus", "why do you need to know about the surgery"),
])
def test_a_question_in_a_choices_words(state, line):
    result = reading(state, line)
    assert result.asked and result.value is None


@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_treatment", "surgery, or rather an operation", "surgery"),
    ("compare_one_confidence", "very sure", "sure"),
])
def test_answers_with_or_are_not_questions(state, line, meant):
    assert reading(state, line).value == meant


# Something pointed at but not named ("something about 30 days", "the thing from the pain clinic")
# beside clear picks: the picks are kept, the vague part is asked about, quoted whole (vague_refs.py).
@pytest.mark.parametrize("state, line, kept, quoted", [
    ("logistics_insurer", "the approved list, and she said something about 60 days", ["approved_list"], "something about 60 days"),
    ("records", "the labs and that thing from the heart clinic", ["labs"], "that thing from the heart clinic"),
    ("questions", "1, 3, 5 and some stuff about the risks", ["q1", "q3", "q5"], "some stuff about the risks"),
])
def test_a_vague_thing_beside_picks_is_asked(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == "unclear" and sorted(result.value) == sorted(kept) and quoted in result.unclear


def test_a_vague_thing_alone_is_still_offered_or_asked():
    result = reading("compare_context", "something about the scan")
    assert result.certainty != "sure"


# "also ..." beside the picks is one more answer: asked about, never set aside (clauses.py, overlap.py).
@pytest.mark.parametrize("state, line, kept", [
    ("signs", "2 and 7, and also nobody will tell us straight", ["major_procedure", "rare_complex"]),
    ("compare_differs", "the plan, also the second one is cheaper", ["treatment"]),
])
def test_also_beside_the_picks_is_asked(state, line, kept):
    result = reading(state, line)
    assert result.certainty == "unclear" and sorted(result.value or []) == sorted(kept) and result.unclear


@pytest.mark.parametrize("line", ["1 and 2. also thank you so much", "1, 2, and also thanks"])
def test_also_thanks_is_no_answer(line):
    assert picks("signs", line) == {"serious_diagnosis", "major_procedure"}


# An answer taken back in its last words (closing_doubt.py): "Not sure" where the question has it,
# asked elsewhere; never stored as the guess.
@pytest.mark.parametrize("state, line", [
    ("timing_tests", "No. Not 100% sure though"),
    ("timing_tests", "no more tests I think, but I'm not certain"),
    ("timing_seen", "yes he looked at the scans, but im honestly not sure"),
    ("compare_one_field", "the oncologist, but I am not totally sure"),
])
def test_an_answer_taken_back_is_not_sure(state, line):
    assert reading(state, line).value == "not_sure"


@pytest.mark.parametrize("state, line", [
    ("logistics", "I think it's covered, but I'm not sure"),
    ("fit", "the second opinion, but I'm not positive"),
    ("timing_tests", "the MRI is done and nothing else is booked I believe, but I'm not certain"),
])
def test_an_answer_taken_back_is_never_stored_as_the_guess(state, line):
    result = reading(state, line)
    assert result.value in (None, "not_sure")


@pytest.mark.parametrize("state, line, meant", [
    ("timing_tests", "no, and I am sure of that", "no"),
    ("timing_tests", "not sure", "not_sure"),
])
def test_sure_or_plain_not_sure_is_read_as_before(state, line, meant):
    assert reading(state, line).value == meant


# A whole answer said with emphasis ("me obviously", "of course me") is that answer (asides.py).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_who", "me obviously", "patient"),
    ("compare_who", "of course me", "patient"),
    ("welcome", "me duh", "patient"),
    ("welcome", "the choice is mine", "patient"),
    ("welcome_age", "she's a pensioner", "adult"),
])
def test_a_whole_answer_said_with_emphasis(state, line, meant):
    assert reading(state, line).value == meant


def test_a_senior_alone_may_be_in_high_school():
    assert reading("welcome_age", "he's a senior in high school").certainty != "sure"


# "switch the first too": "two", as a slip or voice typing writes it (order_numbers.py).
@pytest.mark.parametrize("slip, meant", [("switch the first too", "switch the first two"), ("swap the last to", "swap the last two")])
def test_the_first_too_is_the_first_two(slip, meant):
    from assistant.understanding.lexicon import default_lexicon
    from assistant.understanding.order_numbers import swapped_numbers

    assert swapped_numbers(slip, default_lexicon()) == meant
    assert swapped_numbers("keep the first too", default_lexicon()) is None
