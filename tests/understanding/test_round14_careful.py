"""Round 14, part a: lines that ask back, and parts a reading left out.

Each mechanism is tested with wording of our own (never a corpus line). A line shaped as a
question is answered and nothing is stored, even when it names a choice; a thing joined to the
picks by "and" is asked about; "not" reaches over "or"; a hedge on "all", two places given as
alternatives, and not knowing which of the list applies are never stored as picks.
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE, UNCLEAR
from understanding.reading_support import picks, reading, stored


# --- a line that asks back: a question, whatever choice it names ---------------------------------

@pytest.mark.parametrize("state, line", [
    ("timing_tests", "does an x-ray count"),
    ("timing_tests", "would a blood draw count?"),
    ("timing_tests", "do scans count as tests"),
    ("timing_tests", "ultrasound count as a test?"),
    ("signs_more", "what counts as experimental, they talked about a study"),
    ("signs_more", "what does experimental mean here"),
    ("logistics_insurer", "hang on, where would i get the approved list"),
    ("logistics_insurer", "how do we find out the deadline"),
    ("logistics", "how would i know if it is covered"),
    ("logistics", "insurance cover a second opinion?"),
    ("logistics", "Medicaid pays for this?"),
    ("fit_two_opinions", "third one costs extra? how much"),
    ("fit_two_opinions", "A third. how long does that take?"),
    ("compare_values", "why can't we do both"),
    ("signs", "does being exhausted all the time count"),
])
def test_a_line_shaped_as_a_question_is_answered_not_stored(state, line):
    result = reading(state, line)
    assert result.asked and not stored(result)


@pytest.mark.parametrize("state, line", [
    ("timing_tests", "yes, a blood count next week"),  # "blood count": the test, not "to count"
    ("fit_decision_point", "maybe after the scan?"),  # a guess said with "?": an answer in doubt
    ("logistics", "covered i think?"),
    ("fit", "2?"),
    ("records", "the scans and the labs?"),  # a list said unsure: an answer
    ("signs", "the rare one?"),
    ("questions", "what happens if we wait, and the risks"),  # the choices are questions themselves
    ("red_flags", "none, why do you ask?"),  # a question about the question: the answer stands
])
def test_an_answer_with_a_question_mark_or_a_question_word_stays_an_answer(state, line):
    assert not reading(state, line).asked


def test_a_choice_said_as_a_question_and_answered_is_no_question_back():
    result = reading("decision_sure", "i get the options. sure? no. what matters to me? not sure yet")
    assert not result.asked


# --- a thing joined to the picks by "and": asked about, the picks kept ----------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("fit_alternatives", "the written plan and some help for her diet", {"written_plan"}),
    ("fit_alternatives", "2 and like a dietitian to see", {"written_plan"}),
    ("specialist_focus", "surgery, and the thing where they scope her stomach", {"surgery"}),
    ("specialist_focus", "scans, and mom wants a doctor who speaks korean", {"imaging"}),
])
def test_a_thing_joined_by_and_is_asked_about(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.value or []) == kept and result.unclear


@pytest.mark.parametrize("state, line, want", [
    ("decision_sure", "lots of support from my brother and his wife", {"support"}),  # people: who helps
    ("signs", "too many choices and nobody says which one", {"many_options"}),  # someone doing something: a remark
])
def test_a_remark_or_a_person_after_and_is_not_asked_about(state, line, want):
    assert picks(state, line) == want


# --- "not" reaches over "or" ----------------------------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("logistics_insurer", "I know the list. Not the form or the deadline.", {"approved_list"}),
    ("records", "scans and labs, no biopsy or op notes", {"imaging", "labs"}),
    ("records", "just the labs, nothing from surgery or the hospital", {"labs"}),
    ("specialist_focus", "neither surgery nor the scans, the pathology", {"pathology"}),
])
def test_not_reaches_over_or(state, line, want):
    assert picks(state, line) == want


def test_and_after_not_is_not_reached_over():
    assert "labs" in (picks("records", "no scans, and labs") or set(reading("records", "no scans, and labs").value or []))


# --- a hedge on "all", two places as alternatives, not knowing which ------------------------------

@pytest.mark.parametrize("line", ["all of them kinda", "every one of them, sort of", "all of them mostly"])
def test_all_said_with_a_hedge_is_offered_back(line):
    result = reading("signs", line)
    assert result.certainty == LIKELY


def test_all_said_plainly_is_stored():
    assert stored(reading("signs", "all of them"))


@pytest.mark.parametrize("line", ["either 1 or 2 honestly", "2 or maybe 3", "1 or 3 idk"])
def test_two_places_as_alternatives_are_asked_about(line):
    result = reading("fit", line)
    assert result.certainty == UNCLEAR and len(result.options) == 2


@pytest.mark.parametrize("state, line", [("decision_when", "in 2 or 3 weeks"), ("decision_when", "maybe 3 or 4 months")])
def test_two_amounts_are_not_places(state, line):
    assert stored(reading(state, line))


@pytest.mark.parametrize("state, line", [
    ("signs", "I honestly do not know which of these apply"),
    ("signs", "not sure which ones fit"),
    ("compare_context", "I don't know po if they saw everything"),
])
def test_not_knowing_which_of_the_list_is_i_dont_know(state, line):
    result = reading(state, line)
    assert not stored(result) or result.value in (["not_sure"], "not_sure")
    assert result.dont_know or result.certainty != SURE


# --- a choice named only on a condition; someone else's answer with the speaker's own "no" --------

@pytest.mark.parametrize("state, line", [
    ("signs_more", "nothing like that I think. Unless you count his diabetes."),
    ("signs_more", "his high blood pressure, if you count that"),
    ("signs_more", "none, unless the study drug counts"),
])
def test_a_choice_named_only_on_a_condition_is_asked_about(state, line):
    assert not stored(reading(state, line))


def test_a_condition_that_names_no_choice_leaves_the_answer():
    assert stored(reading("timing_tests", "nothing planned, unless the doctor changes her mind"))


@pytest.mark.parametrize("line", ["my husband feels sure, I don't", "mom is sure, not me", "dad feels sure. I do not"])
def test_someone_elses_answer_with_the_speakers_own_no_is_asked_about(line):
    assert not stored(reading("decision_sure", line))


def test_the_speakers_own_answer_is_stored():
    assert stored(reading("decision_sure", "I feel sure"))


@pytest.mark.parametrize("state, line, kept", [
    ("decision_sure", "1 and sort of the support one", {"sure"}),
    ("signs", "the operation, and kinda the rare one", {"major_procedure"}),
])
def test_a_pick_named_half_way_is_asked_about_the_rest_kept(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.value or []) == kept



def test_which_kind_of_names_a_type_not_a_doubt():
    from assistant.understanding.loose_ends import _softened_picks
    from understanding.reading_support import FLOW, LEX
    from assistant.understanding.text import clean, tokens

    toks = tokens(clean("the kind of surgery, and the scans"))
    assert _softened_picks(toks, FLOW.state("specialist_focus"), LEX, ["surgery", "imaging"]) == {}
