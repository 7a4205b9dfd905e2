"""The general mechanisms added after round 5, each with good, bad and odd input.

Lines here are written for the tests (not copied from the corpus), against a pinned clock
(Wednesday 2026-12-02).
"""

from __future__ import annotations


import pytest

from assistant.engine import Engine
from assistant.understanding import LIKELY, SURE, UNCLEAR
from assistant.understanding.counting import count_doctors
from assistant.understanding.dialogue import Pending, offer, step
from assistant.understanding.reading import Reading
from assistant.understanding.text import tokens
from understanding.lexicon_support import broken, folder  # noqa: F401 - folder is a fixture
from understanding.reading_support import FLOW, LEX, TODAY, reading


def asked(result) -> bool:
    """Not stored: asked about, offered for a Yes, or two readings offered."""
    return result.certainty != SURE


# --- Yes/no phrases that turn into another sentence ---------------------------------------

@pytest.mark.parametrize("state, line", [
    ("urgent_care_check", "I don't know, hard to say if it is the same pain"),
    ("fit", "we don't know, we are still talking it over"),
])
def test_we_dont_know_opening_a_line_is_not_a_bare_no(state, line):
    result = reading(state, line)
    assert result.value is None and result.certainty != SURE


def test_i_do_not_believe_so_is_not_a_yes_and_needing_to_ask_someone_is_not_sure():
    assert reading("timing_tests", "I do not believe so, but I'd have to ask my wife").value == "not_sure"
    assert reading("timing_tests", "i do").value == "yes"  # the bare phrase still answers


def test_a_not_sure_opening_that_names_a_choice_by_its_own_words_is_still_a_doubt():
    # "not sure" is a lay word for "Something else" here; "not sure what he said" is a doubt.
    result = reading("compare_one_treatment", "not sure what he advised, it was a lot")
    assert result.value != "other"
    assert result.dont_know or result.certainty != SURE


# --- Counting doctors -----------------------------------------------------------------------

@pytest.mark.parametrize("line, total", [
    ("my surgeon and then another one at the city hospital", 2),  # the hospital is where, not a third
    ("a gentleman at the county hospital and my own GP", 2),  # no one named before "at": the hospital stands for him
    ("my family doctor and one cardiologist", 2),  # the doctor before the number counts too
    ("two doctors, my GP and a surgeon", 2),  # the ones after the number are the ones it counts
    ("just one other besides the first", 2),
    ("two more", 3),
    ("first doctor, second doctor and a third one at the clinic", 3),
])
def test_doctors_are_counted_once_each(line, total):
    assert count_doctors(tokens(line), LEX)[0] == total


@pytest.mark.parametrize("line", ["", "at the hospital", "one other thing", "the first one"])
def test_lines_that_count_nobody_give_no_count(line):
    assert count_doctors(tokens(line), LEX) is None


def test_one_says_the_other_says_is_two_people_not_choice_one():
    result = reading("compare_differs", "one says it is stage 1, the other says stage 2")
    assert result.value == ["stage"]


def test_questioned_by_the_second_one_is_a_person_not_choice_two():
    result = reading("compare_context", "the MRI was blurry and the lab report was questioned by the second one")
    assert set(result.value) == {"scans", "biopsy"}


# --- Times that mean a choice -------------------------------------------------------------

def test_no_set_time_alone_is_not_a_known_date_but_beside_a_time_it_is_compared():
    assert reading("compare_decision_point", "no set time, still asking around").value == "no"
    assert "urgency" in reading("compare_differs", "the first wanted to act this week, the second said no rush").value


def test_a_time_said_beats_no_rush_at_the_deadline_question():
    result = reading("decision_when", "no rush, maybe in a couple of months")
    assert result.value == "months" and result.certainty == LIKELY  # the "maybe" is offered back
    assert reading("decision_when", "no rush").value == "no_deadline"
    assert reading("decision_when", "no hurry, but within two months").value == "months"


# --- Ages -----------------------------------------------------------------------------------

@pytest.mark.parametrize("line, options", [
    ("about 12 or 13, I forget", ("child", "teen")),
    ("she is 17-18", ("teen", "adult")),
    ("17 to 18 years old", ("teen", "adult")),
])
def test_two_ages_in_two_bands_are_asked(line, options):
    result = reading("welcome_age", line)
    assert result.certainty == UNCLEAR and result.options == options


@pytest.mark.parametrize("line, band_", [("9 or 10", "child"), ("1 year and 2 months", "child"),
                                         ("she is 12, her brother is 15", "child")])
def test_ages_that_agree_or_are_one_age_are_stored(line, band_):
    assert (reading("welcome_age", line).certainty, reading("welcome_age", line).value) == (SURE, band_)


# --- Words that contradict a choice, words that fit two -------------------------------------

def test_a_choice_said_with_words_that_contradict_it_is_asked():
    result = reading("urgent_care", "it went away, that was last night")  # the choice says "today"
    assert result.certainty == UNCLEAR and result.value is None
    assert reading("urgent_care", "it went away").value == "stopped"


@pytest.mark.parametrize("state, line, options", [
    ("compare_one_field", "she is a gynecologist", {"surgeon", "specialist"}),
    ("compare_two_field", "an ear nose and throat doctor", {"surgeon", "specialist"}),
    ("compare_one_treatment", "they want to put a stent in", {"surgery", "device"}),
    ("compare_two_treatment", "an operation to place stents", {"surgery", "device"}),
    ("fit", "whichever is faster", {"alternative", "keep_plan"}),
])
def test_a_word_that_fits_two_choices_is_asked_never_picked(state, line, options):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.options) == options


def test_a_word_of_one_choice_still_picks_it():
    assert reading("compare_one_field", "a heart surgeon").value == "surgeon"
    assert reading("compare_one_treatment", "a pacemaker").value == "device"


def test_a_middle_way_is_asked_at_a_pick_one_question():
    for line in ("something in between", "a bit of both really", "somewhere in the middle"):
        assert reading("compare_values", line).certainty == UNCLEAR
    assert reading("compare_values", "the gentler plan").value == "gentler"


def test_a_pick_under_a_condition_is_asked():
    assert asked(reading("compare_values", "the strongest, but not if he has to stay in hospital"))
    assert reading("timing_tests", "nothing planned, unless they change their mind").value == "no"


def test_how_sure_inside_a_sentence_is_not_very_sure():
    result = reading("compare_two_confidence", "she never told us how sure she was")
    assert result.value == "not_said"


def test_not_sure_and_more_tests_is_the_doctors_doubt():
    assert reading("compare_one_confidence", "not sure and ordered more bloods").value == "unsure"


# --- Doubts in a list of picks --------------------------------------------------------------

def test_not_sure_if_before_a_pick_puts_it_in_doubt():
    result = reading("logistics_insurer", "they sent a form, not sure if that's the approved list")
    assert result.certainty == UNCLEAR and result.value == ["form"]
    assert asked(reading("logistics", "someone called, not sure if it is covered"))


@pytest.mark.parametrize("line, kept, doubt", [
    ("2 and 8, maybe 10", ["major_procedure", "many_options"], "maybe 10"),
    ("1, 2 maybe", ["serious_diagnosis"], "2 maybe"),
    ("maybe 3", None, "maybe 3"),
])
def test_a_number_said_with_maybe_is_asked_and_the_sure_ones_kept(line, kept, doubt):
    result = reading("signs", line)
    assert result.certainty == UNCLEAR and result.value == kept and doubt in result.unclear


def test_probably_leans_yes_and_keeps_the_number():
    assert reading("signs", "probably 3 and 4").certainty == SURE


def test_a_yes_or_no_after_each_item():
    assert reading("logistics_insurer", "form yes, list no, deadline no").value == ["form"]
    assert reading("red_flags", "no no, none of that").value == ["none"]  # "no" after a no-word is no answer of its own


# --- One more answer, or context ------------------------------------------------------------

def test_a_paper_named_with_no_verb_is_one_more_answer_to_ask_about():
    result = reading("records", "the labs, and a report from the physio")
    assert result.certainty == UNCLEAR and result.value == ["labs"] and "report from the physio" in result.unclear
    assert reading("records", "the labs, they gave me a report").certainty == SURE  # a sentence about it: context


def test_a_part_ending_with_too_is_one_more_answer():
    result = reading("logistics_insurer", "the approved list, and they want a letter from my GP too")
    assert result.certainty == UNCLEAR and result.value == ["approved_list"]


def test_none_with_a_reason_is_none_and_with_a_reservation_is_asked():
    assert reading("red_flags", "none, she's fine").value == ["none"]
    assert reading("records", "none yet, still waiting on them").value == ["none"]
    result = reading("signs_more", "none of those, but the clinic is tiny")
    assert result.certainty == UNCLEAR
    assert reading("records", "none I think, maybe the labs are on the portal").certainty != SURE


def test_none_kept_is_never_followed_by_type_more_choices_and_the_choice_meant_replaces_it():
    spec = FLOW.state("signs_more")
    first = step("none of those, but the clinic is tiny", spec, None, today=TODAY)
    assert first.action == "reask" and "more choices" not in first.say and "None of these" in first.say
    second = step("2", spec, first.pending, today=TODAY)
    assert second.action == "store" and second.reading.value == [spec.choices[1].id]
    done = step("that's all", spec, first.pending, today=TODAY)
    assert done.action == "store" and done.reading.value == ["none"]


# --- Courtesy, pointers, other languages ----------------------------------------------------

@pytest.mark.parametrize("line", ["yes please", "ok thanks", "please yes"])
def test_courtesy_around_an_answer_that_fits_two_choices_still_asks(line):
    assert reading("fit", line).options == ("second_opinion", "alternative")


def test_courtesy_around_a_whole_only_answer_and_nr_as_a_pointer():
    assert reading("welcome", "me lol").value == "patient"
    assert reading("compare_values", "nr 2").value == "gentler"
    assert reading("urgent_care_check", "si").value == "yes"


# --- A count said before the question that asks it ------------------------------------------

def test_a_count_of_doctors_at_the_welcome_is_offered_at_how_many_doctors():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    turn = engine.respond("I have already seen three doctors and they disagree")
    assert engine.state == "compare_first" and turn.kind == "confirm" and turn.choices == ["Yes", "No"]
    assert "You said 3 doctors" in turn.markdown and "How many doctors" in turn.markdown
    engine.respond("yes")
    assert engine.slots["compare_opinions"] == "three_plus"


def test_no_to_the_offered_count_asks_the_question_and_another_answer_is_read_afresh():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    engine.respond("I already saw two doctors and they disagree")
    turn = engine.respond("no")
    assert engine.state == "compare_first" and turn.kind == "reask" and "compare_opinions" not in engine.slots
    engine = Engine(today=lambda: TODAY)
    engine.start()
    engine.respond("I already saw two doctors and they disagree")
    engine.respond("three actually")
    assert engine.slots["compare_opinions"] == "three_plus"


def test_no_count_said_means_no_offer():
    engine = Engine(today=lambda: TODAY)
    engine.start()
    turn = engine.respond("I already have a second opinion and want to compare")
    assert engine.state == "compare_first" and turn.kind == "ask"
    spec = FLOW.state("compare_first")
    assert offer(spec, {"doctors_said": "two"}) is None  # odd slot values offer nothing
    assert offer(spec, {"doctors_said": 0}) is None
    assert offer(spec, {"doctors_said": 2, "compare_opinions": "two"}) is None  # answered already
    assert offer(FLOW.state("signs"), {"doctors_said": 2}) is None  # a question that does not count
    assert offer(spec, {"doctors_said": 9}).reading.value == "three_plus"


def test_a_pending_offer_is_a_real_confirmation():
    spec = FLOW.state("compare_first")
    offered = offer(spec, {"doctors_said": 2})
    assert offered.pending == Pending("compare_first", "confirm", Reading(LIKELY, "two"))
    assert step("yes", spec, offered.pending, today=TODAY).reading.value == "two"


# --- The new lexicon keys are checked when it loads -----------------------------------------

def test_either_needs_two_choices_of_the_question(folder):
    assert "at least two" in broken(folder, "either: {stent: [surgery, device]", "either: {stent: [surgery]")


def test_either_names_only_choices_of_the_question(folder):
    assert "choice 'surgeryy'" in broken(folder, "either: {stent: [surgery, device]", "either: {stent: [surgeryy, device]")


def test_conflicts_name_only_choices_of_the_question(folder):
    assert "choice 'stoped'" in broken(folder, "      stopped: [yesterday,", "      stoped: [yesterday,")


def test_count_ahead_must_name_a_question_that_counts(folder):
    assert "count_ahead" in broken(folder, "count_ahead: compare_first", "count_ahead: signs")
    assert "count_ahead" in broken(folder, "count_ahead: signs", "count_ahead: [signs]")


# --- Odd input never crashes and never stores a guess ---------------------------------------

@pytest.mark.parametrize("state", ["welcome_age", "compare_first", "signs", "fit", "urgent_care", "compare_one_field", "records"])
@pytest.mark.parametrize("line", ["", "  ", ",,,", "or", "12 or", "or 13", "maybe", "none,", "too", "- -", "nr", "how", "yes please please"])
def test_odd_lines_never_crash(state, line):
    result = reading(state, line)
    assert isinstance(result, Reading)


# --- Later re-asks ----------------------------------------------------------------------

def test_a_no_that_opens_a_line_answers_a_yes_no_question_even_before_a_negated_choice():
    assert reading("timing_seen", "no, I haven't seen anybody yet, I wanted to ask you first").value == "no"
    # In a list, the "no" only negates what follows: "no scans, just labs".
    assert reading("records", "no scans, just the blood tests").value == ["labs"]


def test_none_words_about_one_thing_after_but_are_not_the_none_choice():
    assert reading("summary_sure", "I know the good and bad, but still not sure").value == ["understand"]
    assert reading("logistics_insurer", "we have the approved list, but no idea about the form").value == ["approved_list"]


def test_a_hedged_answer_taken_back_after_but_is_not_sure():
    result = reading("timing_seen", "I think a doctor saw him but I'm not sure, I was at work")
    assert result.value == "not_sure" and result.note
    assert reading("timing_tests", "yes, but I don't know when").value == "yes"  # not hedged: the yes stands
