"""Round 8, clear answers: each mechanism added for them, tried with wording of our own (not the
corpus lines), and the look-alikes that must still be asked about."""

from __future__ import annotations

import pytest

from assistant.understanding import UNCLEAR
from assistant.understanding.dates import settled
from assistant.understanding.plainer import plainer
from assistant.understanding.timewords import When

from understanding.reading_support import FLOW, LEX, TODAY, reading, stored


# --- Medical shorthand, formal words, word endings, several misspellings (plainer.py) ---------

@pytest.mark.parametrize("state, line, value", [
    ("decision_situation", "new dx of lymphoma, subtype pending", "new_diagnosis"),
    ("decision_situation", "Appendectomy recommended, not urgent.", "surgery"),
    ("decision_situation", "Her symptoms have worsened considerably this past fortnight.", "worsening"),
    ("compare_one_field", "a cardioligist", "specialist"),
    ("decision_when", "wihtin 3 weks", "weeks"),
])
def test_shorthand_formal_words_and_misspellings_name_the_choice(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


@pytest.mark.parametrize("state, line, picks", [
    ("records", "path report and op notes", {"pathology", "procedure_notes"}),
    ("records", "the hospitel paperwork and the blod results", {"discharge_summaries", "labs"}),
    ("decision_sure", "pros/cons understood, priorities clear", {"understand", "values"}),
    ("specialist_focus", "MRI-led; likely surgical candidate", {"imaging", "surgery"}),
])
def test_shorthand_and_misspellings_in_a_list(state, line, picks):
    result = reading(state, line)
    assert stored(result) and set(result.value) == picks


def test_a_line_read_as_written_is_never_rewritten():
    assert plainer("the scans", FLOW.state("records"), LEX) is None


def test_a_hedge_joined_by_a_hyphen_stays_a_hedge():
    assert reading("decision_when", "soon-ish").certainty == UNCLEAR


def test_another_form_of_a_real_word_is_not_a_misspelling():
    # "matter" is not put right to "matters": "both matter" stays a wish for both, asked.
    assert not stored(reading("compare_values", "both matter to me"))


# --- An example of a pick belongs to it (examples.py) --------------------------------------

@pytest.mark.parametrize("line", [
    "the options e.g. waiting it out, the risks, the diagnosis",
    "the options, including just waiting, the risks and the diagnosis",
])
def test_an_example_of_a_pick_is_not_a_pick_of_its_own(line):
    result = reading("questions", line)
    assert stored(result) and set(result.value) == {"q3", "q5", "q1"}


def test_a_new_pick_after_a_full_stop_is_still_a_pick():
    result = reading("questions", "the risks. what if we wait. what else could it be")
    assert stored(result) and set(result.value) == {"q5", "q6", "q1"}


# --- Who: a helper at the keyboard, a name kept with the person (helpers.py, people.py) -----

@pytest.mark.parametrize("line", ["it's me, my grandson is doing the typing", "my wife types for me, I'm the patient"])
def test_someone_who_only_types_is_not_whom_it_is_for(line):
    result = reading("welcome", line)
    assert stored(result) and result.value == "patient"


@pytest.mark.parametrize("line, who", [
    ("for my dad Henry", "my dad Henry"),
    ("helping a neighbour from down the road, Ruth", "Ruth"),
    ("i look after him, he's my brother", "my brother"),
    ("my wife, she has cancer", "my wife"),
])
def test_the_person_helped_is_kept_with_their_name(line, who):
    result = reading("welcome", line)
    assert stored(result) and result.value == "caregiver" and result.who == who


def test_a_month_after_a_person_is_not_their_name():
    assert reading("welcome", "for my mom Monday").who == "my mom"


# --- An age to come beside the age now (ages.py) -------------------------------------------

@pytest.mark.parametrize("line, band", [("he is 12 but 13 in March", "child"), ("17 now, 18 next week", "teen")])
def test_the_age_now_counts_not_the_one_to_come(line, band):
    result = reading("welcome_age", line)
    assert stored(result) and result.value == band


def test_two_ages_as_a_range_are_still_asked():
    assert reading("welcome_age", "12 or 13").certainty == UNCLEAR


# --- Dates said in passing (dates.py) ------------------------------------------------------

@pytest.mark.parametrize("state, line, iso", [
    ("timing_seen", "yes the GP saw her on the 30th", "2026-11-30"),
    ("timing_seen", "Yes, cardiologist, 11/28", "2026-11-28"),
    ("decision_worsening", "the ER saw him last night", "2026-12-01"),
    ("compare_decision_point", "we decide by Monday the 14th", "2026-12-14"),
    ("logistics", "I'll ring them tmrw", "2026-12-03"),
    ("timing_tests", "they booked a scan on the 20th", "2026-12-20"),
])
def test_a_date_said_in_passing_is_kept(state, line, iso):
    result = reading(state, line)
    assert stored(result) and result.date == iso


def test_a_deadline_far_ahead_stays_ahead():
    assert reading("decision_when", "by november 20").date == "2027-11-20"


def test_a_weekday_before_a_day_of_the_month_gives_way_to_it():
    toks = ["friday", "the", "11th"]
    found = [When(2, 0, 1, TODAY.replace(day=4)), When(9, 2, 3, TODAY.replace(day=11))]
    assert [w.date.day for w in settled(found, toks, TODAY, None, When)] == [11]


# --- "Not sure" beside picks, "the rest not", inverted order (rest.py) ---------------------

@pytest.mark.parametrize("state, line, picks", [
    ("summary_sure", "I get the pros and cons and I have people to lean on. still not sure.", {"understand", "support"}),
    ("decision_sure", "I have support; sure I am not yet", {"support"}),
    ("decision_sure", "I know the good and bad points, but not yet sure", {"understand"}),
    ("decision_sure", "I understand the choices, but I'm not sure what matters most to me", {"understand"}),
    ("signs_more", "trial medication offered. otherwise nothing", {"experimental"}),
])
def test_not_sure_beside_picks_is_about_the_rest(state, line, picks):
    result = reading(state, line)
    assert stored(result) and set(result.value) == picks


def test_not_sure_alone_is_still_none():
    assert reading("decision_sure", "not sure").value == ["none"]


def test_not_sure_if_it_is_a_choice_is_still_asked():
    result = reading("logistics_insurer", "they sent a form, not sure if that's the approved list")
    assert result.certainty == UNCLEAR and result.value == ["form"]


def test_a_no_after_a_pick_is_still_asked():
    assert not stored(reading("records", "the MRI and the labs, I don't think there were any biopsies, no"))


def test_all_except_and_the_reason_saying_it_again():
    result = reading("records", "all of them except the scans, because there were no scans")
    assert stored(result) and "imaging" not in result.value and "labs" in result.value


# --- Form-style lines, word order, keep the order ------------------------------------------

def test_a_form_style_line_is_read_item_by_item():
    result = reading("compare_context", "Rare: yes. Urgent: no.")
    assert stored(result) and result.value == ["rare"]


def test_only_at_the_end_of_a_short_answer():
    assert reading("fit_opinions", "oncologist only").value == "zero"


def test_every_part_saying_keep_keeps_the_order():
    items = ["What are the risks?", "What else could it be?", "What if we wait?"]
    result = reading("questions_order", "Looks good, leave it.", items=items, item_ids=["q5", "q1", "q6"])
    assert stored(result) and result.value == items


# --- Lay words by kind ---------------------------------------------------------------------

@pytest.mark.parametrize("state, line, value", [
    ("signs_more", "he's only been seen by his GP, no heart specialist yet", ["not_specialist"]),
    ("signs", "the consultant never looks at me, he talks to my daughter", ["not_heard"]),
    ("compare_values", "whatever gives her the best chance", "more_now"),
])
def test_lay_words_name_the_choice(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


def test_what_if_it_fails_in_other_words():
    result = reading("questions", "what if it dont help, what are the risks, what would he do for his own mother")
    assert stored(result) and set(result.value) == {"q9", "q5", "q8"}


def test_a_nurse_looking_is_asked_about():
    assert not stored(reading("timing_seen", "a nurse practitioner looked at her"))


# --- A hedge that cannot change the choice (timehedge.py), formal certainty ------------------

@pytest.mark.parametrize("line", ["late next summer perhaps", "probably in five or six months", "no rush, maybe in the spring"])
def test_a_hedged_time_well_inside_one_band_is_stored(line):
    result = reading("decision_when", line)
    assert stored(result) and result.value == "months"


@pytest.mark.parametrize("line", ["maybe 2 months", "maybe 6 weeks"])
def test_a_hedged_time_near_a_band_edge_is_still_confirmed(line):
    assert not stored(reading("decision_when", line))


def test_formal_certainty_is_not_a_hedge():
    result = reading("fit", "Having considered it, I think it wise to obtain another opinion.")
    assert stored(result) and result.value == "second_opinion"
