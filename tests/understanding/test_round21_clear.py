"""Round 21 (issue 11, helper 11b7): clear answers asked again, partly kept or confirmed, fixed by
mechanism, in our own words (none of these lines is in a round's data)."""

from __future__ import annotations

import pytest

from assistant.understanding.named_examples import only_examples

from .reading_support import pick, picks, reading


# A procedure said by the tool or the act, not by the word "surgery": a laser, burning or freezing
# a growth, pins or screws, a repair (dialogues/plain_words.yaml `formal`, read by plainer.py).
@pytest.mark.parametrize("state, line", [
    ("compare_two_treatment", "they offered laser treatment"),
    ("compare_one_treatment", "he wants to laser it"),
    ("compare_two_treatment", "cryoablation of the kidney tumour"),
    ("compare_two_treatment", "burn it off with a probe"),
    ("compare_one_treatment", "put pins in his wrist"),
    ("compare_two_treatment", "freeze the tumour"),
    ("decision_situation", "a hernia repair, not urgent"),
    ("decision_situation", "they want to repair her heart valve"),
])
def test_a_procedure_said_by_what_it_does_is_a_procedure(state, line):
    assert pick(state, line) == "surgery"


@pytest.mark.parametrize("state, line", [
    ("signs", "it burns when I pee"),
    ("signs", "my eyes burn all the time"),
])
def test_burning_as_a_symptom_is_no_procedure(state, line):
    result = reading(state, line)
    assert "major_procedure" not in (result.value or [])


# A doctor said not to be of the field that matters, in any words: "not a hip person", "isn't a GI"
# (not_their_field.py), only where the question knows "not a specialist".
@pytest.mark.parametrize("line, meant", [
    ("my doc is not a knee person", {"not_specialist"}),
    ("she isnt an oncologist", {"not_specialist"}),
    ("the doctor at the clinic isn't a GI", {"not_specialist"}),
    ("our doctor is not a lung guy", {"not_specialist"}),
    ("he is not a foot doctor", {"not_specialist"}),
    ("kidney trouble, and the doc is not a kidney person", {"comorbidities", "not_specialist"}),
])
def test_a_doctor_not_of_the_field_is_not_a_specialist(line, meant):
    assert picks("signs_more", line) == meant


@pytest.mark.parametrize("state, line", [
    ("signs_more", "my sister is not a doctor"),
    ("signs_more", "not a real doctor"),
    ("compare_two_field", "not a hip person"),
])
def test_no_field_named_or_another_question_is_not_read_so(state, line):
    result = reading(state, line)
    assert "not_specialist" not in (result.value if isinstance(result.value, list) else [result.value])
    assert result.certainty != "sure" or result.value is None


# A pick, then what it covers in body parts or illnesses: the list is its examples, kept in the note
# (named_examples.py, dialogues/examples_of.yaml).
@pytest.mark.parametrize("line", [
    "lots of health problems: heart, lungs and the sugar",
    "other health conditions, his kidneys and his memory",
    "several ailments, bad hips and the prostate",
    "many health problems, heart and knees and her eyes",
    "other conditions too - bladder, bowel, the pressure",
])
def test_a_list_of_body_parts_after_the_pick_is_its_examples(line):
    assert picks("signs_more", line) == {"comorbidities"}


def test_the_examples_are_kept_as_a_note():
    result = reading("signs_more", "many health problems, heart and knees and her eyes")
    assert "knees" in result.note and "eyes" in result.note


@pytest.mark.parametrize("line", [
    "other health problems, heart, and her doctor rushes everything",
    "health problems, maybe the heart?",
])
def test_a_rest_that_is_more_than_examples_is_still_asked(line):
    assert picks("signs_more", line) != {"comorbidities"}


@pytest.mark.parametrize("rest, meant", [
    ("heart, her memory", True), ("the heart, the prostate", True), ("bad knees and the sugar", True),
    ("the doctor", False), ("heart, not sure", False), ("", False), ("and the", False),
])
def test_only_examples(rest, meant):
    assert only_examples(rest) is meant


# How many doctors, said as a sum: "that makes two", "I count three", "two in all" (said_count.py).
@pytest.mark.parametrize("state, line, meant", [
    ("fit_opinions", "my GP also looked at it, so that makes two", "one_more"),
    ("fit_opinions", "with the cardiologist that makes three", "many"),
    ("fit_opinions", "so that makes it two", "one_more"),
    ("compare_first", "I count three.", "three_plus"),
    ("compare_first", "two in all", "two"),
    ("compare_first", "I make it two altogether", "two"),
])
def test_a_count_said_as_a_sum_is_the_count(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line, offered", [
    ("fit_opinions", "the surgeon agreed, so I suppose that makes two", "one_more"),
    ("compare_first", "I think that makes three", "three_plus"),
])
def test_a_hedged_sum_is_offered_never_stored(state, line, offered):
    result = reading(state, line)
    assert result.certainty == "likely" and result.value == offered


@pytest.mark.parametrize("state, line", [
    ("fit_opinions", "two or three in all"),
    ("compare_first", "does that make two?"),
])
def test_an_unsure_sum_is_never_stored(state, line):
    assert pick(state, line) is None


# A number joined by a hyphen to what it counts is a measure, never a pick, at pick-any questions
# ("a 48-hour Holter report" kept 4 and asked about "a 48"): bullets.plain_marks.
@pytest.mark.parametrize("state, line, meant", [
    ("records", "a 24-hour urine test and the MRI", {"labs", "imaging"}),
    ("records", "a 12-lead ECG and the 3-month scan report", {"labs", "imaging"}),
    ("records", "the CT, and the 7-day heart monitor results", {"imaging", "labs"}),
    ("logistics_insurer", "we have the 2-page form", {"form"}),
    ("records", "my 5-year old biopsy report and bloods", {"pathology", "labs"}),
])
def test_a_number_joined_to_what_it_counts_is_no_pick(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("line", ["the 6-week follow-up letter", "a 2-week thing"])
def test_a_joined_measure_never_stores_the_choice_of_its_number(line):
    result = reading("records", line)
    assert "discharge_summaries" not in (result.value or []) and "pathology" not in (result.value or [])


def test_a_range_of_picks_with_a_hyphen_is_still_a_range():
    assert picks("records", "1-3") == {"imaging", "pathology", "clinic_notes"}


# A specialty that may or may not operate, said with a plain statement of what this doctor does
# (either_settled.py); a wish or a maybe is still asked.
@pytest.mark.parametrize("state, line, meant", [
    ("compare_two_field", "a urologist who operates", "surgeon"),
    ("compare_two_field", "another gynecologist, also a surgeon", "surgeon"),
    ("compare_one_field", "the eye doctor, he operates on retinas", "surgeon"),
    ("compare_one_field", "an ophthalmologist who does not operate", "specialist"),
    ("compare_two_field", "an ENT, but she doesn't operate", "specialist"),
])
def test_a_statement_beside_the_specialty_decides(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("line", ["an ENT, he wants to operate", "a urologist, maybe a surgeon", "urologist, or a surgeon?",
                                  "the urologist", "an ENT specialist"])
def test_a_specialty_with_a_wish_or_a_maybe_is_still_asked(line):
    assert pick("compare_two_field", line) is None


# Word families of a choice's key idea (dialogues/lexicon.yaml): insurance lost by anyone, an
# estimate never given, an order as it stands, ailments.
@pytest.mark.parametrize("state, line, meant", [
    ("logistics", "my husband lost his insurance in the spring", "no_insurance"),
    ("logistics", "she lost her coverage when she retired", "no_insurance"),
    ("logistics", "his insurance ran out", "no_insurance"),
    ("compare_one_confidence", "she gave no estimate at all", "not_said"),
    ("compare_two_confidence", "he would not estimate how sure", "not_said"),
])
def test_a_key_idea_in_other_words(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("line", ["I'm content with the order as it stands", "leave it as it stands", "fine as things stand"])
def test_the_order_as_it_stands_is_kept(line):
    result = reading("questions_order", line)
    assert result.certainty == "sure" and result.value == []


@pytest.mark.parametrize("state, line", [
    ("compare_two_treatment", "a surgery to put in a stent"),
    ("compare_one_treatment", "more medicine, a stronger one through the drip"),
    ("compare_one_treatment", "an operation to put stents in"),
])
def test_a_thing_both_choices_name_is_still_asked(state, line):
    assert pick(state, line) is None


# "Not taken seriously" in any of its forms, the negation inside the phrase (lexicon `dismissed`);
# "they take me seriously" says the opposite and is never read so.
@pytest.mark.parametrize("line", [
    "they dont take my symptoms seriously",
    "the doctor doesn't take me seriously",
    "nobody there takes it seriously, they didnt take it seriously last time either",
    "honestly they dont take her pain seriously",
    "i feel they didn't take him seriously",
])
def test_not_taken_seriously_in_other_words(line):
    assert "dismissed" in (picks("signs_more", line) or set())


def test_taken_seriously_is_not_dismissed():
    assert "dismissed" not in (reading("signs_more", "they take me seriously").value or [])


# Tests said as what comes before anything else; formal "favour the first course" (plain_words.yaml).
@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_treatment", "she wants more scans before anything else", "tests"),
    ("compare_two_treatment", "bloods and an MRI before doing anything", "tests"),
    ("fit", "On balance I favour the first course.", "second_opinion"),
    ("fit", "I favor the first option", "second_opinion"),
    ("fit", "We would favour the first course, given the risks.", "second_opinion"),
])
def test_other_words_for_first_and_prefer(state, line, meant):
    assert pick(state, line) == meant


def test_a_treatment_before_anything_else_is_still_asked():
    assert pick("compare_one_treatment", "surgery before anything else") is None


# Radiation given as seeds put inside ("seed implants" was stored as a device before: a silent
# misread in our own words); a plain implant stays a device (lexicon `strong`).
@pytest.mark.parametrize("state, line", [
    ("compare_two_treatment", "radioactive seeds"),
    ("compare_two_treatment", "seed implants in the prostate"),
    ("compare_one_treatment", "they put seeds in"),
    ("compare_one_treatment", "internal radiation"),
    ("compare_two_treatment", "Seeds. Tiny radioactive ones."),
])
def test_radiation_seeds_are_the_strong_treatment(state, line):
    assert pick(state, line) == "strong"


@pytest.mark.parametrize("line", ["an implant", "a pump implant"])
def test_an_implant_is_still_a_device(line):
    assert pick("compare_one_treatment", line) == "device"
