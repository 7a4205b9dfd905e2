"""Pick-several answers (helper u21a): what is clearly said is kept, only the doubted part is asked about, and a
doubt, a share of certainty or a "we don't need it" is never stored as a pick or put on the person's list. Wordings of
our own, not the corpus lines, and look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from assistant.understanding import UNCLEAR
from assistant.understanding.phrase_files import led_by, part_marks
from benchmarks.understanding import prepare

from .reading_support import picks, reading


def turn(state: str, line: str):
    engine = prepare(state, "patient")
    return engine, engine.respond(line)


# --- "does that count" after two or more signs at the red-flag checks: the clear sign leads to the emergency advice ----
# (review rv28: the clear sign had been kept and the doubted one checked first, so the 911 advice waited a turn)

@pytest.mark.parametrize("state, line, kept", [
    ("red_flags", "3, 5, not sure if that counts", {"heart_attack"}),
    ("red_flags", "2, 4. idk if that counts", {"sepsis"}),
    ("red_flags", "3, 1 - dont know if it counts", {"heart_attack"}),
])
def test_a_sign_said_plainly_beside_a_doubted_one_leads_to_the_emergency_advice(state, line, kept):
    result = reading(state, line)
    assert set(result.value) >= kept
    engine, said = turn(state, line)
    assert engine.state == "urgent_care" and said.urgent
    assert "questions_added" not in engine.slots and "Ask your doctor this" not in said.text  # never a question for the doctor


@pytest.mark.parametrize("line", ["5, not sure if that counts", "not sure if that counts"])
def test_one_doubted_sign_keeps_the_direct_check_reply(line):
    engine, said = turn("red_flags", line)
    assert said.kind == "reply" and "call a doctor or nurse now" in said.text
    assert not engine.slots.get("red_flags") and "questions_added" not in engine.slots


def test_records_keep_their_own_reading_of_a_doubt_about_the_last_part():
    result = reading("records", "X-rays, visit notes, and the brace fitting notes? not sure if that counts")
    assert result.certainty == UNCLEAR and not result.message  # asked as before: "What did you mean by ...?"


# --- "sure" said with a share below a hundred at the SURE tests -------------------------------------------------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("summary_sure", "maybe 60% sure tbh, but i get the pros and cons now", {"understand"}, "maybe 60% sure tbh"),
    ("decision_sure", "I'm about 80 percent sure, I know what matters to me", {"values"}, "I'm about 80 percent sure"),
    ("summary_sure", "Pros and cons: yes. Sure: getting there (say 70%). Support: yes.", {"understand", "support"},
     "Sure: getting there (say 70%)"),
])
def test_a_share_of_sure_below_a_hundred_is_asked_the_rest_kept(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.value) == kept
    assert result.unclear == quoted


def test_picks_given_as_numbers_beside_a_share_of_sure_are_stored_as_given():
    assert picks("decision_sure", "75% sure, which is not sure. 2, 3, 4.") == {"understand", "values", "support"}


def test_a_share_of_sure_alone_is_asked_never_stored():
    result = reading("decision_sure", "im like 65 percent sure")
    assert result.certainty == UNCLEAR and not result.value and "sure enough" in result.message


@pytest.mark.parametrize("state, line, want", [
    ("decision_sure", "100% sure, and I know the pros and cons", {"sure", "understand"}),
    ("summary_sure", "I'm 95 percent sure and my family backs me", {"sure", "support"}),
    ("summary_sure", "1 2 3 4", {"sure", "understand", "values", "support"}),
    # a share of something else is no doubt about being sure
    ("decision_sure", "I feel sure; the surgeon says 90% of people do well, and I know the pros and cons", {"sure", "understand"}),
])
def test_sure_at_a_hundred_or_a_share_of_something_else_keeps_sure(state, line, want):
    assert picks(state, line) == want


# --- "we dont need an interpreter": nothing added ---------------------------------------------------------------------

@pytest.mark.parametrize("line", ["we dont need an interpreter", "no translator needed", "she speaks english fine, no interpreter",
                                  "we do not need a translator, i speak english fine"])
def test_an_interpreter_said_not_needed_adds_nothing(line):
    engine, said = turn("logistics", line)
    assert "questions_added" not in engine.slots and "interpreter when you book" not in said.text
    assert said.kind == "reask" and engine.state == "logistics"


def test_the_answer_beside_no_interpreter_is_kept():
    engine, said = turn("logistics", "no interpreter needed, I checked and its covered")
    assert engine.slots.get("insurance") == "covered" and "questions_added" not in engine.slots


@pytest.mark.parametrize("line", ["we need an interpreter", "no, we need an interpreter", "he no speak english, we need help",
                                  "no translator, my mom only speaks spanish", "no i need interpreter",
                                  "she doesnt speak english well"])
def test_an_interpreter_needed_still_gets_the_reply_and_the_question(line):
    engine, _ = turn("logistics", line)
    assert engine.slots.get("questions_added") == ["Can we have an interpreter at the visit?"]


# --- decision_situation: two situations said, one "mostly": both offered, nothing stored -------------------------------

def test_two_situations_with_one_mostly_offers_both():
    engine, said = turn("decision_situation", "2 mostly, its new and theres a surgery offered")
    assert said.kind == "reask" and engine.slots.get("situation") is None
    assert "A serious new diagnosis" in said.text and "A surgery or procedure was offered" in said.text


# --- one helper and one list for the twins ----------------------------------------------------------------------------

def test_led_by_finds_the_lead_within_reach_and_stops_at_a_mark():
    toks = "i want to feel sure , and know more".split()
    assert led_by(toks, 4, [(0, 2)], 4, {","}) == (0, 2)  # "want" ... "sure"
    assert led_by(toks, 7, [(0, 2)], 8, {","}) is None  # a mark between
    assert led_by(toks, 4, [(0, 2)], 1, {","}) is None  # out of reach
    assert led_by("torn on what matters".split(), 3, [(0, 1)], 3, set(), then=(("on",),)) == (0, 1)
    assert led_by("torn so what matters".split(), 3, [(0, 1)], 3, set(), then=(("on",),)) is None


def test_one_list_of_part_marks_each_reader_adding_its_own():
    assert {",", ".", ";", "!", "?", ":", "-"} <= part_marks("hedged") & part_marks("counted")
    assert "/" in part_marks("counted") and "/" not in part_marks("hedged")
    assert "—" in part_marks("hedged") and "—" not in part_marks("counted")


# --- two places in the list and then what holds of them: both kept --------------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("decision_sure", "second and fourth are correct for me", {"understand", "support"}),
    ("signs", "first and third are right", {"serious_diagnosis", "high_risk_treatment"}),
    ("signs", "first and third fit", {"serious_diagnosis", "high_risk_treatment"}),
    ("summary_sure", "the second and third are true for us", {"understand", "values"}),
])
def test_two_places_then_what_holds_keeps_both(state, line, want):
    assert picks(state, line) == want


@pytest.mark.parametrize("state, line", [
    ("compare_differs", "the first and the second are both surgeons"),  # the doctors, not places in the list
    ("signs", "the first doctor and the second are right"),
])
def test_doctors_called_first_and_second_are_no_pair_of_places(state, line):
    assert picks(state, line) is None


# --- a list taken back for a shorter one with "no only" / "no just": the later one offered back, never the first stored --

@pytest.mark.parametrize("state, line, offered", [
    ("decision_sure", "2 and 4, no just 2", {"understand"}),
    ("signs", "1 3 5... no just 3 and 5", {"high_risk_treatment", "vague_diagnosis"}),
    ("decision_sure", "1 and 3, nah only 3", {"values"}),
])
def test_a_shorter_list_said_instead_is_offered_back(state, line, offered):
    result = reading(state, line)
    assert result.certainty == "likely" and set(result.value) == offered


def test_no_only_before_a_remark_is_no_correction():
    result = reading("signs", "1 and 3, no only when it hurts")  # asked, as before: never a shorter list offered
    assert result.certainty == UNCLEAR


# --- decision_situation: a part replaced, taken out, fixed or put in is the procedure offered -----------------------------

@pytest.mark.parametrize("line", ["my hip needs replacing, its not urgent", "they want to take it out next month",
                                  "the surgeon wants to fix it in the spring", "he needs a defibrillator put in"])
def test_a_procedure_in_lay_words_is_the_surgery_choice(line):
    result = reading("decision_situation", line)
    assert result.value == "surgery" and result.certainty in ("sure", "likely")


@pytest.mark.parametrize("line", ["my back has hurt for years and now they want to take it out",
                                  "years of trouble with the valve, now they say replace it"])
def test_a_long_story_then_a_procedure_is_asked_never_stored_as_long_standing(line):
    result = reading("decision_situation", line)
    assert result.certainty == UNCLEAR and set(result.options) == {"chronic", "surgery"}
