"""The general mechanisms added after round 7 for clear answers that were asked again (second
part: word lists, typos, courtesy words, ranges, order, counts), each with good, bad and odd input.

Lines here are written for the tests (not copied from the corpus), against a pinned clock
(Wednesday 2026-12-02). A clear answer is understood the first time; a line that fits two
readings or names nothing is still asked about, never stored as a guess.
"""

from __future__ import annotations


import pytest

from assistant.understanding import SURE, read
from understanding.lexicon_support import broken, folder  # noqa: F401 - folder is a fixture
from understanding.reading_support import FLOW, LEX, TODAY, reading, stored


# --- Word lists of round 7's groups (new wording) ----------------------------------------------

@pytest.mark.parametrize("state, line, value", [
    ("compare_context", "the second doctor never received my old files", ["records"]),
    ("signs_more", "she has a weak heart and thyroid trouble", ["comorbidities"]),
    ("signs", "she spent five minutes with me", ["not_heard"]),
    ("compare_differs", "they called it different things", ["diagnosis"]),
])
def test_a_round_seven_group_phrasing_is_understood(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


# --- Typos: two letters swapped, a letter more or less ---------------------------------------

def test_swaps_are_each_neighbouring_pair_swapped():
    from assistant.understanding.stems import swaps

    assert "fairly" in swaps("farily") and "worse" in swaps("wrose")
    assert swaps("scan") == []  # too short to guess at


@pytest.mark.parametrize("state, line, value", [
    ("compare_two_confidence", "prety sure", "fairly"),  # one letter fewer, in a phrase
    ("fit_two_opinions", "comapre the two", "compare"),  # two letters swapped
    ("records", "the biospy and the xrays", ["pathology", "imaging"]),
    ("decision_situation", "shes getting wrose by the day", "worsening"),
    ("signs_more", "the doctor keeps brusing me off", ["dismissed"]),
])
def test_a_misspelt_word_is_read_as_the_one_word_it_is_close_to(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


def test_a_typo_close_to_words_of_two_choices_is_never_guessed():
    from assistant.understanding.spelling import corrected

    # "sugery" is one letter from "surgery" only; "tets" is too short to correct.
    assert corrected("sugery", FLOW.state("compare_one_treatment"), LEX) == "surgery"
    assert corrected("tets", FLOW.state("compare_one_treatment"), LEX) is None
    assert corrected("the scans", FLOW.state("records"), LEX) is None  # nothing misspelt


def test_a_real_word_of_the_question_is_never_corrected():
    from assistant.understanding.spelling import corrected

    assert corrected("watch and wait", FLOW.state("compare_one_treatment"), LEX) is None


def test_a_real_word_away_from_the_picks_of_an_understood_line_is_left_alone():
    result = reading("signs_more", "the insurer wants it before they approve")
    assert stored(result) and result.value == ["insurance_requires"]


# --- Courtesy words of other Englishes; people named in other words ---------------------------

@pytest.mark.parametrize("state, line", [("fit", "yes po"), ("fit", "yes maam"), ("fit", "ok sir")])
def test_yes_with_a_courtesy_word_is_still_the_ambiguous_yes(state, line):
    assert not stored(reading(state, line))  # "yes" fits two choices here: asked, courtesy or not


@pytest.mark.parametrize("state, line", [
    ("welcome", "the gentleman I take care of"),
    ("welcome", "for my client"),
    ("compare_who", "for my granddad"),
    ("welcome", "for my gf"),
])
def test_someone_else_in_other_words_is_the_caregiver_choice(state, line):
    result = reading(state, line)
    assert stored(result) and result.value == "caregiver"


# --- "2 or 3 weeks": the longer end of a range said with "or" -----------------------------------
# (Both ends in one band. A range over two bands, "a week or two", "a month or 2", is asked since
# round 9: tests/understanding/test_round9_misreads.py.)

@pytest.mark.parametrize("line, value", [("in 2 or 3 weeks", "weeks"), ("a day or three", "days"), ("4 or 5 months", "months")])
def test_a_range_said_with_or_takes_its_longer_end(line, value):
    result = reading("decision_when", line)
    assert stored(result) and result.value == value


def test_two_units_said_with_or_are_still_asked():
    assert not stored(reading("decision_when", "2 weeks or 3 months"))


def test_a_rewritten_reading_is_offered_in_place_of_a_near_spelling():
    result = reading("welcome", "its for my gf")  # read as written, close to "it's for me"
    # (helper 11b11: with "its for him/her" among the helping words, "its for" is no longer near "its for me" alone, and
    # "gf" rewritten reads for sure; never the patient)
    assert result.certainty in ("likely", "sure") and result.value == "caregiver"


@pytest.mark.parametrize("state, line, value", [
    ("compare_who", "para mi hermana", "caregiver"),  # "para mi" then a person: for my sister, never "for me"
    ("compare_who", "es para mi", "patient"),
    ("decision_when", "sin prisa", "no_deadline"),
    ("compare_two_confidence", "no estaba segura", "unsure"),
    ("decision_situation", "mi papa esta empeorando", "worsening"),
])
def test_more_spanish_is_understood(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


def test_a_spanish_emergency_at_the_red_flag_question_is_read_as_the_sign():
    result = reading("red_flags", "dolor en el pecho")
    assert stored(result) and result.value == ["heart_attack"]


# --- Order: "swap the first two", keeping the order said with thanks ------------------------

ORDER_ITEMS = ["diagnosis?", "options?", "risks?", "waiting?", "family?"]


def order(line: str):
    return read(line, FLOW.state("questions_order"), today=TODAY, items=ORDER_ITEMS, item_ids=[None] * 5)


@pytest.mark.parametrize("line, new", [
    ("switch the top two", ["options?", "diagnosis?", "risks?", "waiting?", "family?"]),
    ("swap the last two please", ["diagnosis?", "options?", "risks?", "family?", "waiting?"]),
    ("leave it as it is, thanks", ORDER_ITEMS),
    ("no changes needed", ORDER_ITEMS),
])
def test_an_order_said_in_words_is_understood(line, new):
    result = order(line)
    assert stored(result) and result.value == new


@pytest.mark.parametrize("line", ["not happy with it", "swap two of them"])
def test_an_unclear_order_is_never_stored_as_kept_or_swapped(line):
    result = order(line)
    assert not (stored(result) and result.value in (ORDER_ITEMS, ["options?", "diagnosis?", "risks?", "waiting?", "family?"]))


# --- Counts that say who was counted ----------------------------------------------------------

@pytest.mark.parametrize("state, line, value", [
    ("compare_first", "3 counting the first", "three_plus"),
    ("compare_first", "two, incl. the first", "two"),
])
def test_the_first_named_as_counted_is_not_a_pick(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


def test_all_except_the_first_still_leaves_the_first_out():
    result = reading("records", "everything except the first")
    assert stored(result) and "imaging" not in result.value and "pathology" in result.value


@pytest.mark.parametrize("line, value", [
    ("have a second radiologist look, and get it in writing", ["targeted_review", "written_plan"]),
    ("someone to come with me to appointments", ["advocate"]),
])
def test_other_ways_to_clear_answers_in_lay_words(line, value):
    result = reading("fit_alternatives", line)
    assert stored(result) and sorted(result.value) == sorted(value)


@pytest.mark.parametrize("state, line, value", [
    ("compare_one_confidence", "she said she would bet on it", "sure"),
    ("compare_two_confidence", "he was on the fence", "unsure"),
    ("compare_values", "we dont want her suffering", "gentler"),
    ("signs", "everyone says it is all in my head", ["not_heard"]),
    ("logistics_ask", "I'll hold off for now", "not_yet"),
])
def test_more_lay_phrasings_per_choice(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


@pytest.mark.parametrize("state, line, value", [
    ("welcome", "I am the one with the heart problem", "patient"),
    ("decision_when", "the surgeon said to take our time", "no_deadline"),
    ("decision_situation", "we've tried everything and nothing helps", "treatment_failure"),
    ("decision_situation", "they found a nodule on her lung", "new_diagnosis"),
])
def test_situations_in_lay_words(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


@pytest.mark.parametrize("line, value", [("tiene seis meses", "baby"), ("mi abuelo tiene noventa", "adult")])
def test_an_age_in_spanish_is_read(line, value):
    result = reading("welcome_age", line)
    assert stored(result) and result.value == value


def test_ten_days_in_spanish_is_asked_like_ten_days():
    assert not stored(reading("decision_when", "en diez dias"))  # within days, or a few weeks? asked


@pytest.mark.parametrize("state, line", [
    ("fit_decision_point", "not after the biopsy"),  # a time said with "not": never "I keep looking"
    ("urgent_care", "not still going"),  # stopped, or not happening? more than one opposite: not turned
])
def test_a_choice_said_with_not_is_turned_only_where_the_lexicon_names_its_opposite(state, line):
    result = reading(state, line)
    assert not (stored(result) and result.value in ("no", "not_now"))


def test_not_waiting_on_tests_is_no():
    result = reading("timing_tests", "not waiting on anything")
    assert stored(result) and result.value == "no"


def test_a_negated_pair_naming_an_unknown_choice_fails_at_load(folder):
    assert "not one of its choices" in broken(folder, "negated: {will_ask: not_yet}", "negated: {will_ask: later}")


@pytest.mark.parametrize("state, line", [("decision_situation", "Surgery. I guess."), ("compare_one_field", "A surgeon. I think.")])
def test_a_sentence_that_is_only_a_hedge_still_doubts_the_answer(state, line):
    assert reading(state, line).certainty != SURE
