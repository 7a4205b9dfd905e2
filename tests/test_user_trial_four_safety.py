"""A fourth user trial (2026-12-04): what a person tells beside "none" at the danger-sign list.

- A symptom told beside "none" ("non. back akes bit some days" from a man with a large aortic
  aneurysm; a sharp pain last night that took her breath away, from a woman with a large ovarian cyst;
  "a bad low last night, 52") was dropped: "none" is kept, the symptom becomes a note for the doctor,
  and the reply says what to do (the doctor's office today if new or worse; the emergency number if
  sudden or severe).
- A teenager's "sometimes i feel like whats even the point of anything" went by: life said to be
  pointless, or oneself hopeless, is asked about once, directly, with the crisis line; "not right
  now" keeps the crisis line in the way on and in the plan.
"""

from __future__ import annotations

import pytest

from assistant.safety import screen
from benchmarks.understanding import prepare
from support import urgent_answer


@pytest.mark.parametrize("line, told", [
    ("non. back akes bit some days", "back akes bit some days"),
    ("none right now. but last night i had a really sharp pain on the left side and i threw up, it went away after an hour",
     "last night i had a really sharp pain"),
    ("none. he had a bad low last night, 52, but juice fixed it", "he had a bad low last night, 52"),
    ("nope, she has a bad cough though", "she has a bad cough though"),
])
def test_a_symptom_told_beside_none_is_kept_and_answered(line, told):
    engine = prepare("red_flags", "caregiver")
    turn = engine.respond(line)
    assert engine.slots.get("red_flags") == ["none"]
    assert told.lower() in engine.slots["answer_notes"]["red_flags"].lower()
    assert "call the doctor's office today" in turn.markdown and "911" in turn.markdown
    assert told.lower() in engine.plan()["said"]["notes"]["red_flags"].lower()


@pytest.mark.parametrize("line", ["none", "none, no pain no fever", "none. no bleeding, no chest pain", "none of these, thank god"])
def test_a_plain_none_or_one_with_symptoms_denied_says_nothing_more(line):
    engine = prepare("red_flags", "patient")
    turn = engine.respond(line)
    assert engine.slots.get("red_flags") == ["none"]
    assert "You also told me" not in turn.markdown
    assert not (engine.slots.get("answer_notes") or {}).get("red_flags")


@pytest.mark.parametrize("line", ["whats the point of anything", "sometimes i feel like whats even the point of anything",
                                  "i feel hopeless lately", "life feels pointless", "my life is so meaningless"])
def test_life_said_to_be_pointless_is_asked_about_with_the_crisis_line(line):
    result = screen(line)
    assert result.level == "ask" and "self_harm" in result.categories, result


@pytest.mark.parametrize("line", ["whats the point of a second opinion", "whats the point of it all if they wont listen",
                                  "i feel hopeless about the surgery", "the whole process feels pointless",
                                  "the scan was pointless"])
def test_hopelessness_about_the_illness_or_the_process_stays_quiet(line):
    assert screen(line).level == "none", screen(line)


def test_not_right_now_after_the_check_keeps_the_crisis_line_in_the_way_on_and_the_plan():
    engine = prepare("red_flags", "patient")
    check = engine.respond("none. tbh im really stressed and sometimes i feel like whats even the point of anything")
    assert check.state == "urgent_care_check" and "988" in check.markdown
    turn = engine.respond("no not right now, its just how i feel sometimes")
    # (user trial 7: the "none" typed before the thoughts is the answer once they are not happening now)
    assert turn.state == "signs" and engine.slots["red_flags"] == ["none"]
    assert "988" in turn.markdown and "Tell the doctor about them too" in turn.markdown
    assert engine.plan()["emergency"] == {"signs": ["self_harm"], "status": "crisis_not_now"}


@pytest.mark.parametrize("role, line", [("caregiver", "hes burning up and shivering tonight, his first R-CHOP was last week"),
                                        ("patient", "im on chemo and my temp is 101")])
def test_a_fever_during_chemotherapy_names_the_cancer_teams_fever_number_and_no_waiting_on_fever_medicine(role, line):
    # (a caregiver asked at the urgent turn "should i just call the oncology on-call number? he says give him tylenol")
    engine = prepare("signs", role)
    turn = engine.respond(line)
    assert turn.state == "urgent_care" and "Call 911 now" in turn.markdown
    assert "If the cancer team gave you a number to call for a fever, call it too" in turn.markdown
    assert "Do not wait to see if a fever medicine brings it down" in turn.markdown


def test_other_emergencies_do_not_speak_of_the_cancer_team():
    engine = prepare("signs", "patient")
    turn = engine.respond("crushing chest pain for 20 minutes")
    assert turn.state == "urgent_care" and "cancer team" not in turn.markdown



@pytest.mark.parametrize("line, status", [
    ("ya regresamos. el doctor la vio y esta estable, le dieron antibiotico", "seen"),  # was read as "happening now"
    ("ok la llevo a emergencias ahora", "now"),
    ("ya paso", "stopped"),  # "ya" is "already" here, not "yeah"
    ("se le quito hace una hora", "stopped"),
    ("sigue igual", "now"),
])
def test_the_urgent_turn_understands_spanish_answers(line, status):
    assert urgent_answer(line) == status


def test_a_spanish_no_that_negates_a_verb_is_not_none_of_these():
    # (a fourth user trial: "... y el cirujano no vio lo del hospital" at "Does any of this apply?" on the compare
    # path was stored as "None of these", and the advice turned to "watch and wait")
    engine = prepare("compare_context", "patient")
    turn = engine.respond("si, el doctor dijo esta semana. y el cirujano no vio lo del hospital")
    assert engine.slots.get("compare_context") != ["none"]
    assert turn.state == "compare_context"
    engine = prepare("compare_context", "patient")
    engine.respond("no he didnt")  # English: "no" before "he" is still the answer
    assert engine.slots.get("compare_context") == ["none"]
