"""Round 20: silent misreads, sorted by why the reader was wrongly sure, each family tested with
wording of our own (never a corpus line). Each family also holds plain lines that must still be
stored, so no check can pass by refusing everything.

Families: a question with its mark and helping verb left off; a hedge leading a pick-any answer;
a negation or an exception the reader did not scope (a number said not to apply, "all except X."
then a new sentence, "X? No.", "do not have" read through a broken-English rewrite, a word said
both ways in the word-overlap fallback, "ain't working"); another choice said in the rest of the
line ("Not sure." then the tests wanted, "scan again", a medicine given into the body, "then the
radioactive iodine", for someone else and for me); a time said vaguely or limited ("very soon",
"no hurry, but not too long", "no idea" beside a deadline someone set, "Nothing since."); a part
that changes or says nothing was done ("some days, not others", "nobody did a biopsy").
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY
from understanding.reading_support import FLOW, LEX, pick, picks, reading, stored


def _a_question(result) -> bool:
    return not stored(result) and bool(result.reply or result.asked)


# --- a question with its mark and its helping verb left off ------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit", "how much a 2nd opinion cost anyway"),
    ("fit", "what the second opinion cost though"),
    ("logistics", "do medicare cover a second opinion"),
    ("logistics", "did my insurance pay for the last one"),
    ("fit_decision_point", "whens the deadline for all this anyway"),
    ("logistics_insurer", "which form tho"),
    ("decision_situation", "Please explain, a stent is a procedure or surgery? Which should I pick?"),
])
def test_a_question_without_its_mark_or_helping_verb_is_a_question(state, line):
    assert _a_question(reading(state, line))


@pytest.mark.parametrize("state, line, expected", [
    ("fit", "plan a second opinion", "second_opinion"),
    ("logistics", "medicare covers it", "covered"),
    ("fit_decision_point", "when the biopsy comes back", "yes"),
    ("fit_decision_point", "when the labs come back though", "yes"),  # "when" begins answers here, a tag or not
    ("compare_values", "do the most", "more_now"),
])
def test_an_answer_that_opens_with_the_same_words_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


def test_a_named_form_alone_is_still_the_form():
    assert picks("logistics_insurer", "the form") == {"form"}


# --- a hedge leading a pick-any answer ----------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_alternatives", "perhaps the written plan, not sure it helps with eye pictures"),
    ("records", "perhaps the scans and the labs"),
    ("signs", "possibly the major surgery one"),
    ("fit_alternatives", "possibly the advocate"),
    ("records", "perhaps the biopsy report"),
])
def test_a_pick_any_answer_led_by_perhaps_is_never_stored(state, line):
    assert not stored(reading(state, line))


@pytest.mark.parametrize("state, line, expected", [
    ("fit_alternatives", "the written plan", {"written_plan"}),
    ("records", "the scans and the labs", {"imaging", "labs"}),
])
def test_the_same_picks_said_plainly_are_stored(state, line, expected):
    assert picks(state, line) == expected


# --- a negation or an exception the reader did not scope ----------------------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("signs", "3 doesnt apply, the surgery was years ago. 1 and 2 do.", {"serious_diagnosis", "major_procedure"}),
    ("signs", "2 and 4 apply, 6 does not apply to me", {"major_procedure", "mismatch"}),
    ("fit_alternatives", "1 doesnt apply. 2 and 4", {"written_plan", "advocate"}),
])
def test_a_number_said_not_to_apply_is_left_out(state, line, expected):
    assert picks(state, line) == expected


@pytest.mark.parametrize("line, expected", [
    ("everything except the biopsy. lots of scans from the ER",
     {"imaging", "clinic_notes", "labs", "procedure_notes", "discharge_summaries"}),
    ("all except labs. the discharge papers are in a folder",
     {"imaging", "pathology", "clinic_notes", "procedure_notes", "discharge_summaries"}),
    ("all but the biopsy and the labs", {"imaging", "clinic_notes", "procedure_notes", "discharge_summaries"}),
])
def test_the_exceptions_end_with_their_sentence(line, expected):
    assert picks("records", line) == expected


@pytest.mark.parametrize("state, line, denied", [
    ("compare_two_field", "A surgeon? No. Some team at the university, several of them", "surgeon"),
    ("compare_one_field", "Tumor board? Nope. A whole clinic of heart people", "team"),
    ("compare_two_field", "Family doctor? No. Some group of vein specialists", "primary_care"),
])
def test_a_choice_asked_then_answered_no_is_never_stored(state, line, denied):
    result = reading(state, line)
    assert not stored(result)
    assert result.value != denied


def test_a_choice_named_plainly_at_the_same_question_is_stored():
    assert pick("compare_two_field", "a surgeon") == "surgeon"


@pytest.mark.parametrize("line", [
    "I do not have British insurance, just a travel policy",
    "I do not have American insurance, only travel insurance from home",
    "we do not have state insurance, only the student insurance",
])
def test_insurance_said_both_ways_is_never_stored_as_covered(line):
    result = reading("logistics", line)
    assert not (stored(result) and result.value == "covered")


@pytest.mark.parametrize("state, line, expected", [
    ("logistics", "I do not have insurance", "no_insurance"),
    ("urgent_care", "I do not have chest pain, I meant my dad years ago", "not_now"),
])
def test_do_not_have_is_still_a_plain_no(state, line, expected):
    assert pick(state, line) == expected


def test_aint_working_is_the_treatment_not_working():
    assert pick("decision_situation", "the pills aint workin after 2 months") == "treatment_failure"
    both = reading("decision_situation", "the pills aint working and now they want to operate")
    assert not stored(both)


# --- another choice said in the rest of the line -----------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_one_confidence", "Not sure. Wanted another MRI."),
    ("compare_two_confidence", "Not very sure. He ordered more blood tests."),
    ("compare_two_confidence", "not sure. wants to repeat the biopsy"),
])
def test_not_sure_then_the_tests_wanted_is_not_sure_and_wanted_more_tests(state, line):
    assert pick(state, line) == "unsure"


@pytest.mark.parametrize("line", [
    "kinda sure, but said scan again in spring",
    "fairly sure, wanted repeat imaging first",
    "pretty confident, said to test again in a month",
])
def test_a_degree_beside_more_tests_wanted_is_never_stored(line):
    assert not stored(reading("compare_two_confidence", line))


@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "shots into the knee"),
    ("compare_two_treatment", "steroid injections in my spine"),
    ("compare_one_treatment", "an injection into the eye monthly"),
    ("compare_two_treatment", "injections in the hip"),
])
def test_a_medicine_given_into_the_body_is_asked_between_procedure_and_medicine(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert set(result.options) == {"surgery", "medicine"}


@pytest.mark.parametrize("state, line, expected", [
    ("compare_one_treatment", "injections every month", "medicine"),
    ("compare_two_treatment", "a hip replacement", "surgery"),
])
def test_a_plain_medicine_or_operation_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


def test_an_operation_then_radioactive_iodine_is_never_stored_as_the_operation_alone():
    assert not stored(reading("compare_one_treatment", "take the thyroid out, then radioactive iodine"))
    assert pick("compare_one_treatment", "radioactive iodine") == "strong"


@pytest.mark.parametrize("line", [
    "its for my son but honestly i want to do it for me too",
    "it's for Maria but I kind of need it for me as well",
    "for my mom, and also for myself",
    "for him mostly, but for me too",
])
def test_for_someone_else_and_for_me_is_asked(line):
    assert not stored(reading("welcome", line))


@pytest.mark.parametrize("line, expected", [
    ("not for me, for my brother", "caregiver"),
    ("its for me, my daughter set this up for me", "patient"),
    ("It's for me. Finally something about ME.", "patient"),
])
def test_one_person_said_twice_is_still_stored(line, expected):
    assert pick("welcome", line) == expected


# --- a time said vaguely, or limited ------------------------------------------------------------

@pytest.mark.parametrize("line", [
    "very soon",
    "Soon. Very soon.",
    "the surgeon said no hurry, but not to leave it too long",
    "no set date, but we should not drag it out",
    "no idea, the camp wants an answer before june",
    "not sure, his work needs an answer by the 20th",
])
def test_a_vague_or_limited_time_is_never_stored(line):
    assert not stored(reading("decision_when", line))


@pytest.mark.parametrize("line, expected", [
    ("very soon, this week", "days"),
    ("no set date, but I do not want to wait forever", "no_deadline"),
    ("not sure", "not_sure"),
    ("no idea, nobody said", "not_sure"),
])
def test_plain_times_are_still_stored(line, expected):
    assert pick("decision_when", line) == expected


@pytest.mark.parametrize("line", [
    "Saw the GP on the 25th. Nothing since.",
    "the ER saw her sunday, not since",
    "seen last month at the clinic. none since then",
])
def test_a_visit_beside_nothing_since_is_asked(line):
    assert not stored(reading("timing_seen", line))


# --- a part that changes, or that says nothing was done -----------------------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_sure", "1 and 3. and 2 some days, not others"),
    ("summary_sure", "2, and 4 some days but not others"),
])
def test_a_pick_said_only_some_days_is_never_stored(state, line):
    result = reading(state, line)
    assert not stored(result)


@pytest.mark.parametrize("state, line, kept", [
    ("signs", "they want to take out part of my liver and nobody even did a biopsy", {"major_procedure"}),
    ("compare_context", "the MRI was blurry, and neither of them did a biopsy", {"scans"}),
    ("signs", "surgery was advised, no one ordered a scan first", {"major_procedure"}),
])
def test_a_part_saying_nobody_did_a_thing_is_asked_with_the_picks_kept(state, line, kept):
    result = reading(state, line)
    assert not stored(result)
    assert set(result.value or []) == kept


@pytest.mark.parametrize("state, line, expected", [
    ("signs", "so many options and nobody helps me choose", {"many_options"}),
    ("signs", "too many choices and no one says which is best", {"many_options"}),
])
def test_nobody_helping_is_the_choice_s_own_words_and_stored(state, line, expected):
    assert picks(state, line) == expected


def test_the_words_are_data():
    from assistant.understanding.unsure_grounds import words

    found = words()
    for key in ("question_words", "question_tags", "hedge_first", "denies_since", "soft_limit", "given_into", "body_parts",
                "said_no", "for_me", "deadline_set", "nobody_did", "done_words"):
        assert found[key], key
    assert FLOW and LEX and LIKELY
