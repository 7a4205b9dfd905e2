"""Care where a reading would be a guess: the general mechanisms added after round 7.

Lines here are written for the tests (new wording, not copied from the corpus), against a pinned
clock (Wednesday 2026-12-02). The rule under test is "never a silent misread": accept what is
clear, offer back what is likely (one Yes/No turn), ask about what is unclear.
"""

from __future__ import annotations


import pytest

from assistant.engine import Engine
from assistant.understanding import LIKELY, SURE, UNCLEAR, tokens
from assistant.understanding.counting import told_story
from assistant.understanding.care import all_is_fine, all_is_where, corrected, restated, softened, tentative, undecided
from understanding.lexicon_support import broken, folder  # noqa: F401 - folder is a fixture
from understanding.reading_support import LEX, TODAY, reading, stored


# --- Words of another language ---------------------------------------------------------------

def test_accents_are_folded_so_a_word_is_one_token():
    assert tokens("no sé, mamá") == ["no", "se", ",", "mama"]
    assert tokens("opinión médica") == ["opinion", "medica"]
    assert tokens("2²") == ["2²"]  # a superscript is no accent: kept as typed


@pytest.mark.parametrize("state, line", [
    ("timing_tests", "no dijeron nada"),
    ("urgent_care_check", "no puedo respirar bien"),  # whatever it means, never a plain "no"
])
def test_an_english_yes_or_no_word_opening_a_sentence_in_another_language_is_not_stored(state, line):
    result = reading(state, line)
    assert not stored(result)


@pytest.mark.parametrize("state, line, value", [
    ("logistics", "no tengo idea del seguro", "not_checked"),  # "I have no idea about the insurance"
    ("logistics_ask", "ya lo hablamos con el", "already"),  # "we already talked about it with him"
])
def test_a_sentence_in_spanish_is_read_for_what_it_says_not_for_its_first_word(state, line, value):
    # Read again in plain English (rewrite.py, branch issue-11b): the opening "no" or "ya" is
    # not taken as an English no or yes.
    assert reading(state, line).value == value


@pytest.mark.parametrize("state", ["timing_seen", "fit_decision_point", "decision_worsening"])
def test_spanish_i_dont_know_is_not_sure_never_no(state):
    result = reading(state, "no lo sé")
    assert result.value == "not_sure" and result.certainty == SURE


def test_a_yes_before_another_language_still_answers_is_it_happening_now():
    assert reading("urgent_care_check", "yes ahora mismo").value == "yes"


def test_a_plain_spanish_no_with_a_known_word_stays_no():
    assert reading("urgent_care_check", "no hay nada ahora").value == "no"


def test_the_spanish_my_names_a_person_for_the_caregiver():
    result = reading("compare_who", "es para mi hija")
    assert result.value == "caregiver" and result.who == "my hija"


# --- A name that begins another choice's name -------------------------------------------------

def test_a_name_that_begins_a_longer_name_of_another_choice_is_asked():
    result = reading("fit", "I trust him, we'll go ahead")  # "go ahead" (a second opinion) or "go ahead with the plan"?
    assert not stored(result) and set(result.options) == {"second_opinion", "keep_plan"}


def test_that_name_said_alone_is_the_choice_the_flow_gives_it():
    assert reading("fit", "go ahead").value == "second_opinion"


def test_the_longer_name_said_in_full_is_stored():
    assert reading("fit", "go ahead with the plan").value == "keep_plan"


def test_a_sound_before_the_answer_does_not_hide_a_longer_phrase():
    assert reading("compare_decision_point", "hmmm, not really sure").value == "not_sure"
    assert reading("compare_decision_point", "ehh, not really").value == "no"


# --- Two answers in one line ------------------------------------------------------------------

@pytest.mark.parametrize("state, line, later", [
    ("decision_when", "weeks, scratch that, a few months", "months"),
    ("compare_first", "two, no wait, three", "three_plus"),
    ("fit", "plan a second opinion, actually no, keep the plan", "keep_plan"),
])
def test_a_self_correction_inside_the_line_is_never_stored_and_the_later_answer_is_offered(state, line, later):
    # (brief t4, 2026-12-04: the later, corrected answer wins; it is offered back for a Yes, later_wins.py)
    result = reading(state, line)
    assert not stored(result) and result.certainty == LIKELY and result.value == later


def test_a_correction_at_the_order_question_is_never_stored_and_the_later_order_is_offered():
    # (helper 11b9, round 23: the order after the correction is offered back for a Yes, as at other questions)
    items = ["a", "b", "c"]
    result = reading("questions_order", "2 1 3, oops, 3 2 1", items=items, item_ids=[None] * 3)
    assert not stored(result) and result.certainty == LIKELY and result.value == ["c", "b", "a"]


def test_a_no_that_corrects_an_earlier_turn_is_not_a_correction_inside_the_line():
    assert not corrected(tokens("no sorry I meant the pain I had in May"), LEX)
    assert corrected(tokens("the first, sorry I mean the second"), LEX)


@pytest.mark.parametrize("state, line", [
    ("welcome", "I'm her son but she decides, so I can't decide which I am"),
    ("compare_values", "torn between the two honestly"),
    ("fit", "not sure which one, both sound ok"),
])
def test_i_dont_know_which_is_never_one_of_them(state, line):
    assert not stored(reading(state, line))


def test_not_knowing_which_kind_of_illness_is_not_undecided():
    assert not undecided(tokens("they don't know which type it is"))
    assert undecided(tokens("I can't decide between them"))


def test_its_not_x_its_y_is_asked_at_a_yes_no_question():
    assert restated(tokens("it's not my heart, it's my stomach"))
    result = reading("urgent_care_check", "it isnt the chest, it's the arm")
    assert not stored(result)
    assert reading("urgent_care_check", "no, not now").value == "no"  # a plain no stays


def test_a_plain_fact_doubted_after_it_is_asked_but_a_hedged_one_stays_not_sure():
    assert not stored(reading("decision_when", "the surgeon booked me for the 9th but not sure if that is a deadline"))
    assert reading("timing_tests", "I believe there is an xray but I don't know if it counts").value == "not_sure"


def test_x_but_also_y_at_a_pick_one_question_is_asked():
    assert not stored(reading("compare_values", "the gentler plan but also the one that does the most"))


def test_none_of_these_said_with_picks_is_asked_never_dropped():
    result = reading("decision_sure", "I understand the options, but then again none of these")
    assert result.certainty == UNCLEAR and result.value == ["understand"]


def test_a_choice_agreed_on_nothing_is_not_that_choice():
    assert not stored(reading("compare_differs", "all of it, they agree on nothing really"))


# --- Doubt and degree -------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["yes?", "I think so?", "no?"])
def test_a_yes_or_no_said_as_a_question_is_offered_back(line):
    result = reading("timing_seen", line)
    assert not stored(result)


@pytest.mark.parametrize("state", ["urgent_care", "urgent_care_check"])
def test_a_tentative_yes_to_is_it_happening_now_still_gets_the_emergency_advice(state):
    assert stored(reading(state, "yes?"))


def test_tentative_only_looks_at_a_short_opening():
    assert tentative(tokens("yes? the GP came round"), LEX)
    assert not tentative(tokens("did the doctor who came on friday count as seeing him?"), LEX)


@pytest.mark.parametrize("line", ["sure enough", "confident, I suppose", "pretty much certain"])
def test_a_softened_top_degree_is_offered_as_the_middle_one(line):
    result = reading("compare_two_confidence", line)
    assert result.certainty == LIKELY and result.value == "fairly"


def test_a_softened_sure_at_the_sure_test_is_asked_and_the_rest_kept():
    result = reading("summary_sure", "I understand the options, and I'm mostly sure")
    assert result.certainty == UNCLEAR and result.value == ["understand"]


def test_a_softener_in_another_clause_does_not_soften_the_degree():
    assert not softened(tokens("very confident, almost cocky"), LEX)
    assert reading("compare_one_confidence", "very sure, almost arrogant about it").value == "sure"


def test_a_softened_sure_becomes_a_real_confirm_turn():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    engine.slots.update({"role": "compare", "decision": "Whether to have knee surgery"})
    engine.machine.set_state("compare_one_confidence", model=engine.model)
    turn = engine.respond("sure-ish I guess")
    assert turn.kind == "confirm" and "Fairly sure" in turn.text
    assert engine.slots.get("compare_one_confidence") is None  # nothing stored before the Yes
    engine.respond("yes")
    assert engine.slots.get("compare_one_confidence") == "fairly"


# --- All, everything, counts ------------------------------------------------------------------

def test_all_good_is_never_every_choice():
    assert all_is_fine(tokens("all fine here"), LEX)
    assert reading("red_flags", "all ok").value == ["none"]
    assert not stored(reading("signs", "all good"))
    assert set(reading("signs", "all of them").value) >= {"serious_diagnosis", "not_heard"}


def test_where_everything_is_is_not_which():
    assert all_is_where(tokens("everything's on the portal"))
    assert all_is_where(tokens("it's all in the hospital system"))
    assert not all_is_where(tokens("we have everything"))
    assert not stored(reading("records", "all of them are in the app"))
    assert len(reading("records", "we have all of them").value) == 6


def test_almost_an_age_is_just_below_it():
    assert reading("welcome_age", "she's nearly 13").value == "child"
    assert reading("welcome_age", "almost 18 now").value == "teen"


def test_a_count_under_a_condition_is_asked():
    assert not stored(reading("compare_first", "two if the nurse counts"))
    assert reading("compare_first", "two").value == "two"


def test_one_of_a_pair_is_not_choice_one():
    result = reading("compare_differs", "one says its mild and the other says its severe")
    assert "diagnosis" not in (result.value or [])


def test_a_count_read_from_a_story_of_who_said_what_is_offered_back():
    result = reading("fit_opinions", "my GP said fine and the cardiologist said no way")
    assert result.certainty == LIKELY and result.value == "one_more"
    assert not told_story(tokens("two doctors: my GP said fine and the cardiologist said no way"), LEX)  # a number said


def test_both_of_us_is_two_people_never_for_me():
    assert not stored(reading("compare_who", "the two of us"))


# --- Parts that must not be set aside ---------------------------------------------------------

def test_notes_from_that_belong_to_the_pick_before():
    assert reading("records", "he had a colonoscopy, there are notes from it").value == ["procedure_notes"]


@pytest.mark.parametrize("state, line", [
    ("signs", "major surgery. the doctor hardly spoke to us"),
    ("signs", "the tests are vague and I don't feel safe with them"),
    ("fit_alternatives", "a written plan, and get a friend to come along"),
])
def test_a_part_that_may_be_an_answer_is_asked_and_the_rest_kept(state, line):
    result = reading(state, line)  # asked about, or the whole offered for a Yes: never stored as it is
    assert result.certainty in (UNCLEAR, LIKELY) and result.value and not stored(result)


def test_a_choice_named_only_by_a_word_that_points_to_it_is_offered_back():
    assert reading("decision_situation", "leukemia").certainty == LIKELY
    assert reading("decision_situation", "just diagnosed with leukemia").certainty == SURE
    assert reading("logistics", "yep").certainty == LIKELY  # checked, but covered?
    assert reading("logistics", "yes they pay for it").certainty == SURE


# --- "I don't know", however said ------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("logistics_ask", "dunno yet"),
    ("fit", "search me"),
    ("decision_sure", "my wife can't say and I can't say either"),
])
def test_i_dont_know_however_said_has_a_way_on(state, line):
    result = reading(state, line)
    assert result.dont_know or (result.value and result.certainty in (SURE, LIKELY))
    assert not result.unclear


def test_not_knowing_any_of_them_is_none_not_i_dont_know():
    assert reading("logistics_insurer", "i dont know any of those yet").value == ["none"]


def test_idk_which_at_the_order_question_offers_the_order_as_shown():
    assert reading("questions_order", "idk which first", items=["a", "b"], item_ids=[None, None]).dont_know


# --- The new lexicon keys are checked at load -------------------------------------------------

def test_softened_must_name_a_choice_of_its_question(folder):
    assert "choice" in broken(folder, "softened: {sure: fairly}", "softened: {sure: somewhat}")


def test_suggests_must_name_a_choice_of_its_question(folder):
    assert "choice" in broken(folder, "    suggests:\n      new_diagnosis:", "    suggests:\n      new_thing:")


def test_corrections_must_be_text(folder):
    assert "corrections" in broken(folder, "corrections: [no wait,", "corrections: [yes, no wait,")
