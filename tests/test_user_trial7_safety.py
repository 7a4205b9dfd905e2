"""User trial 7 (2026-12-04), helper t12: the safety findings, through the real engine, in people's words.

- A 19-year-old switching antidepressants said it sideways: "not sure ill still be around by then" at the time
  question, "cant see a future", "a stash of my old pills saved up just in case" beside "none" at the danger list,
  "giving most of my stuff away" at the SURE test. Each gets the check question with the crisis line (988 in the
  US, 116 123 in the UK) before anything is stored; "idk, not right now i guess" gets the crisis line first, not
  only 911. His danger list names thoughts of suicide (a mood medicine).
- A reading told as history ("her sugars were like 450 at the ER" last month, "nov 3: ER, sugar 450") gets at most
  the check question, and after "no" the line is kept as the answer; the plan shows no emergency.
- "NONE. HAD CHILLS N A BIT OF FEVER LAST NITE THO" with a kidney stone, then "NO. JUST LAST NITE": "none" is
  kept, the fever kept as a note for the doctor, with what to do.
- Dark humour ("these forms are gonna be the death of me lol") is not printed in the plan's notes.
Beside each, ordinary lines that must stay quiet.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from support import talk

DECISION = "whether to switch from sertraline to another antidepressant"
TO_WHEN = ["1", DECISION, "the doctor did not explain other options"]
TO_SURE = [*TO_WHEN, "2", "1"]
TO_LIST = [*TO_SURE, "none"]


def _at(path: list[str], state: str, country: str | None = "US") -> Engine:
    engine = Engine(country=country)
    engine.start()
    turn = None
    for line in path:
        turn = engine.respond(line)
    assert turn.state == state, turn.state
    return engine


# --- indirect signs of suicide --------------------------------------------------------------------
@pytest.mark.parametrize(("path", "state", "line"), [
    (TO_WHEN, "decision_when", "next appt is in 2 wks. not sure ill still be around by then tbh"),
    (TO_WHEN, "decision_when", "cant see a future"),
    (TO_LIST, "red_flags", "none. ive got a stash of my old pills saved up just in case"),
    (TO_SURE, "decision_sure", "none. been giving most of my stuff away to my roommate anyway so"),
    (TO_WHEN, "decision_when", "honestly i dont know if ill still be here in a month"),
    (TO_SURE, "decision_sure", "2. ive got nothing left to look forward to"),
])
def test_an_indirect_sign_of_suicide_gets_the_check_question_with_the_crisis_line_before_any_answer(path, state, line):
    engine = _at(path, state)
    before = dict(engine.slots)
    turn = engine.respond(line)
    assert turn.state == "urgent_care_check", turn.state
    assert "988" in turn.text and "thoughts of ending your life" in turn.text
    slot = {"decision_when": "deadline", "red_flags": "red_flags", "decision_sure": "sure_before"}[state]
    assert engine.slots.get(slot) == before.get(slot), "nothing stored as an answer first"


def test_in_the_uk_the_check_question_gives_samaritans():
    engine = _at(TO_WHEN, "decision_when", country="UK")
    turn = engine.respond("not sure ill still be around by then")
    assert turn.state == "urgent_care_check" and "116 123" in turn.text and "988" not in turn.text


@pytest.mark.parametrize(("path", "state", "line"), [
    (TO_WHEN, "decision_when", "next appt is in 2 wks, not sure ill be around that week, im travelling for work"),
    (TO_WHEN, "decision_when", "within a few weeks, the doc cant see a future for the old med"),
    (TO_LIST, "red_flags", "none. i keep a stash of ibuprofen in my bag just in case of headaches"),
    (TO_SURE, "decision_sure", "none. been giving my stuff away before the move"),
    (TO_WHEN, "decision_when", "i dont think ill be around for the appointment on the 14th, can it be later"),
])
def test_the_same_words_about_something_else_stay_quiet(path, state, line):
    engine = _at(path, state)
    turn = engine.respond(line)
    assert turn.state not in ("urgent_care_check", "urgent_care"), (line, turn.state)


@pytest.mark.parametrize("unsure", ["idk. not like right now i guess", "not sure", "i dont know"])
def test_not_sure_about_thoughts_of_suicide_gets_the_crisis_line_first(unsure):
    engine = _at(TO_WHEN, "decision_when")
    engine.respond("cant see a future")
    turn = engine.respond(unsure)
    assert turn.state == "urgent_care_check"
    text = turn.text
    assert "call or text 988" in text
    assert text.index("988") < text.index("911"), "the crisis line first, the emergency number for danger now"
    assert "safest to treat it as happening now" not in text


def test_not_sure_about_a_physical_sign_still_says_to_treat_it_as_happening_now():
    engine = _at(TO_LIST, "red_flags")
    engine.respond("none. had chills and a bit of fever last night")
    turn = engine.respond("not sure")
    assert "safest to treat it as happening now" in turn.text and "911" in turn.text


def test_after_no_the_crisis_line_stays_in_the_plan():
    engine = _at(TO_LIST, "red_flags")
    engine.respond("none. ive got a stash of my old pills saved up just in case")
    turn = engine.respond("no im not gonna do anything. i just feel like that a lot")
    assert turn.state != "urgent_care_check" and "988" in turn.text
    assert engine.plan()["emergency"] == {"signs": ["self_harm"], "status": "crisis_not_now"}


def test_the_danger_list_for_an_antidepressant_switch_names_thoughts_of_suicide_with_the_crisis_line():
    engine, turns = talk(TO_SURE + [])
    turn = engine.respond("none")
    assert turn.state == "red_flags"
    assert "a medicine for mood or depression" in turn.text and "thoughts of suicide" in turn.text
    assert "call or text 988" in turn.text and "{crisis}" not in turn.text


def test_a_knee_decision_danger_list_has_no_mood_line():
    engine, turns = talk(["1", "whether to have knee surgery", "not sure", "2", "1", "none"])
    assert turns[-1].state == "red_flags" and "mood or depression" not in turns[-1].text


# --- a reading told as history --------------------------------------------------------------------
TO_DECISION = ["2"]  # helping someone else: the decision question next


@pytest.mark.parametrize("line", [
    "she was just diagnosed w type 1 last month, her sugars were like 450 at the ER dr wants to put her on a pump "
    "now but she is only 8 and im scared, shes been in the 200s at night",
    "nov 3: ER, sugar 450, dx type 1, admitted 2 days; nov 5: started shots; dec 1: dr kim offered the pump",
    "her sugars were like 450 at the ER",
])
def test_a_reading_told_as_history_gets_at_most_the_check_question_and_no_keeps_the_line(line):
    engine, turns = talk(TO_DECISION)
    turn = engine.respond(line)
    assert turn.state == "urgent_care_check", turn.state
    turn = engine.respond("no thats from last month at diagnosis, shes ok now")
    assert turn.state != "urgent_care" and "Keep that as your answer" in turn.text
    assert not engine.plan().get("emergency")


def test_a_reading_at_the_diagnosis_is_history_and_never_the_urgent_turn():
    engine, turns = talk(TO_DECISION)
    assert engine.respond("her sugar was 480 in the hospital when they diagnosed her").state != "urgent_care"


@pytest.mark.parametrize("line", [
    "her sugar is 450 right now and she is throwing up",
    "sugar 500 and she is very sleepy",
    "his sugar is 38 and he wont wake up",
])
def test_a_reading_now_is_still_the_urgent_turn(line):
    engine, turns = talk(TO_DECISION)
    assert engine.respond(line).state == "urgent_care"


# --- a fever beside "none", settled ---------------------------------------------------------------
TO_P1_LIST = ["1", "whether to have surgery for my kidney stone next week", "the doctor did not explain other options",
              "yes", "1", "none"]  # "next week" is offered back as the deadline: yes


def test_a_settled_fever_beside_none_is_kept_as_a_note_with_what_to_do():
    engine, turns = talk(TO_P1_LIST)
    assert turns[-1].state == "red_flags"
    assert engine.respond("NONE. HAD CHILLS N A BIT OF FEVER LAST NITE THO").state == "urgent_care_check"
    turn = engine.respond("NO. JUST LAST NITE. OK NOW")
    assert turn.state != "red_flags", "the list is not asked again"
    assert engine.slots["red_flags"] == ["none"]
    assert "tell the doctor" in turn.text and "call the doctor's office today" in turn.text
    from assistant.rules import said

    assert "FEVER" in said(engine.slots)["notes"]["red_flags"], "the fever is in the plan's notes"


def test_a_fever_happening_now_beside_none_is_not_taken_as_none():
    engine, turns = talk(TO_P1_LIST)
    engine.respond("NONE. HAD CHILLS N A BIT OF FEVER LAST NITE THO")
    turn = engine.respond("yes")
    assert turn.state == "urgent_care" and engine.slots.get("red_flags") != ["none"]


# --- dark humour is not a note ----------------------------------------------------------------------
def test_dark_humour_is_not_printed_in_the_plans_notes():
    from assistant.rules import said

    notes = {"logistics": "These forms are gonna be the death of me lol",
             "decision_situation": "idk. the last switch was killing me lol. brain zaps for weeks",
             "signs_more": "the pain is killing me lol",
             "records": "my sugar log from the meter app"}
    kept = said({"answer_notes": notes})["notes"]
    assert "logistics" not in kept
    assert set(kept) == {"decision_situation", "signs_more", "records"}
