"""A fifth user trial (2026-12-04) at the emergency turns.

- Heavy periods told as the reason for the visit get the check question, named for what was told
  ("very heavy bleeding"), never "a problem after surgery" for a surgery only planned.
- At the emergency turns: a premise denied ("i never had an operation") or the known condition
  named ("it's my period, it's why I'm here") is a "not happening" answer, not a question; a number
  with words after it is the pick; going to the ER is "Good - go now", never the emergency block
  again; back from the ER and OK is "seen"; known and no worse is no emergency call.
- Signs answered "not happening" are not raised again by a question about them.
- A question about which number to call is answered from the numbers table.
"""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from assistant.safety import screen
from support import talk

START = ["for me", "whether to have a hysterectomy or something less drastic"]
BLEEDING_NOW = "im bleeding heavily right now and it wont stop"


@pytest.mark.parametrize("line", [
    "my doctor says i need a hysterectomy because my periods are so heavy, i go through a pad every hour and feel wiped out",
    "heavy periods for years, soaking a tampon every hour on the first days, and they want to do an ablation",
])
def test_heavy_periods_get_the_check_question_named_for_what_was_told(line):
    found = screen(line)
    assert found.level == "ask" and found.categories == ("bleeding",)
    assert "after surgery" not in " ".join(found.labels())
    assert any("very heavy bleeding" in label for label in found.labels())


def test_heavy_periods_with_dizziness_are_urgent_and_named_so():
    # (helper 12_14, 2026-12-06: pads soaked through with dizziness or paleness is the urgent turn, as emergency advice
    # for heavy bleeding says; it was the check question)
    found = screen("my period is awful, flooding through pads every 45 minutes and i get dizzy")
    assert found.is_emergency and found.categories == ("bleeding",)
    assert "heavy bleeding with faintness" in found.labels() and "after surgery" not in " ".join(found.labels())


@pytest.mark.parametrize("line", [
    "she needs a hysterectomy next month",
    "the surgeon wants to do a thyroidectomy and i am not sure",
    "they offered a mastectomy or a lumpectomy",
])
def test_a_planned_operation_is_no_setting_for_signs_after_surgery(line):
    assert "after_surgery" not in screen(f"{line}, and i feel really tired and have a fever").categories


@pytest.mark.parametrize("line", [
    "had a hysterectomy 5 days ago and now a fever and my belly is swollen",
    "my dad had a colectomy last week and now hes got a high fever and is confused",
])
def test_an_operation_done_still_sets_the_signs_after_surgery(line):
    assert screen(line).is_emergency


@pytest.mark.parametrize("line", [
    "period bleeding through a pad every 20 minutes right now and i feel faint",
    "im soaking a pad every hour, 3 days after giving birth",
])
def test_bleeding_going_on_now_or_after_a_birth_is_still_the_urgent_turn(line):
    assert screen(line).is_emergency


def _at_urgent():
    engine, turns = talk(START + [BLEEDING_NOW])
    assert turns[-1].state == "urgent_care"
    return engine


@pytest.mark.parametrize("denial", [
    "what? i never had an operation, they only want to do one. im not bleeding right now",
    "no no, its my period, thats why im here",
    "2. ugh. its my PERIOD, its a question for the doctor",
    "2 - i meant my normal periods",
])
def test_a_no_in_own_words_or_a_number_with_words_is_taken(denial):
    engine = _at_urgent()
    turn = engine.respond(denial)
    assert turn.state == "decision_why" and not turn.urgent
    assert "I cannot answer that here" not in turn.text
    assert engine.plan()["emergency"] is None  # the plan does not open with the emergency


@pytest.mark.parametrize("going", [
    "ok the nurse line said bring her to the ER so we are going now",
    "my husband is driving me to the hospital",
    "the ambulance is on its way",
    "ok were heading to urgent care now",
])
def test_going_to_care_is_understood_and_the_block_is_not_shown_again(going):
    engine = _at_urgent()
    turn = engine.respond(going)
    assert turn.state == "urgent_care" and turn.kind == "reply"
    assert turn.text.startswith("Good - go now. Come back to this later: your answers are saved.")
    assert "This may be an emergency" not in turn.text and "Sorry, I did not understand" not in turn.text
    assert turn.choices  # the way back is there when they return


@pytest.mark.parametrize("back", [
    "we are back from the ER, they gave fluids, it was a stomach bug and she is fine now",
    "home from the hospital, the doctor checked me and said its stable",
    "just back from urgent care, they examined him",
])
def test_back_from_care_is_seen(back):
    engine = _at_urgent()
    engine.respond("we are going to the ER now")
    turn = engine.respond(back)
    assert turn.state == "decision_why" and "call 911 at once" in turn.text
    assert engine.plan()["emergency"]["status"] == "seen_and_stable"


BELLY_CHECK = "my stomach still hurts on the right side tho and i threw up once this morning"


def test_going_from_the_check_question_holds_the_emergency():
    engine, turns = talk(START + [BELLY_CHECK])
    assert turns[-1].state == "urgent_care_check"
    turn = engine.respond("my mum is taking me to the ER right away")
    assert turn.state == "urgent_care" and turn.text.startswith("Good - go now")


@pytest.mark.parametrize("answer", [
    "kind of yes it hurts but its no worse than yesterday, the doctors know about it",
    "its the same as yesterday and the surgeon is watching it",
])
def test_known_and_unchanged_is_not_an_emergency_call(answer):
    engine = Engine()
    engine.start()
    for line in ["its me, im 15", "they want to watch my appendicitis with antibiotics instead of surgery"]:
        engine.respond(line)
    engine.slots["decision"] = "whether to treat my appendicitis with antibiotics or surgery"
    engine._jump("red_flags", "test")
    turn = engine.respond(BELLY_CHECK)
    assert turn.state == "urgent_care_check"
    turn = engine.respond(answer)
    assert turn.state != "urgent_care" and not turn.urgent
    assert "call the doctor who is watching it today" in turn.text
    assert "belly goes hard" in turn.text


def test_a_question_about_signs_answered_not_happening_is_not_raised_again():
    engine, turns = talk(START + ["i soak through a pad every hour on the first days of my periods"])
    assert turns[-1].state == "urgent_care_check"
    engine.respond("no, its my normal period, not now")
    for question in ["are the fibroids what is causing the heavy bleeding?", "could the lining be why i have such heavy bleeding"]:
        turn = engine.respond(question)
        assert turn.state not in ("urgent_care", "urgent_care_check"), question


@pytest.mark.parametrize("line", [
    "is it bad that the heavy bleeding is worse today?",
    "im bleeding heavily right now, what should i do?",
])
def test_something_new_about_settled_signs_is_still_raised(line):
    engine, turns = talk(START + ["i soak through a pad every hour on the first days of my periods"])
    engine.respond("no, its my normal period, not now")
    assert engine.respond(line).state in ("urgent_care", "urgent_care_check")


def test_never_settled_the_crisis():
    from assistant.settled_signs import asked_about

    crisis = screen("sometimes i think everyone would be better off without me")
    assert asked_about(crisis, "is that normal?", {"settled_categories": ["self_harm"]}) is False


@pytest.mark.parametrize("question, answer", [
    ("what number do i call in an emergency in canada?", "In Canada, call 911"),
    ("whats the ambulance number in the UK", "In the UK, call 999"),
    ("which number should we ring for an emergency in australia?", "In Australia, call 000"),
])
def test_the_number_to_call_is_answered_from_the_table(question, answer):
    engine, turns = talk(START)
    turn = engine.respond(question)  # a free-text question: not kept as its answer
    assert answer in turn.text and "--country" in turn.text and turn.state == "decision_why"
    engine.respond("the doctor did not explain the options")
    turn = engine.respond(question)  # a choice question
    assert answer in turn.text and turn.state == "decision_when"
    assert "I cannot answer that here" not in turn.text


def test_the_number_for_the_country_in_use_needs_no_setting():
    engine = Engine(country="CA")
    talk(START, engine)
    turn = engine.respond("what number do i call in an emergency?")
    assert "In Canada, call 911" in turn.text and "--country" not in turn.text


@pytest.mark.parametrize("line, decision, asked", [
    ("they want to watch my appendicitis with antibiotics instead of surgery. will it burst??",
     "they want to watch my appendicitis with antibiotics instead of surgery", "Will it burst?"),
    ("whether to have my thyroid out or keep watching the nodule. could it be cancer?",
     "whether to have my thyroid out or keep watching the nodule", "Could it be cancer?"),
])
def test_a_question_inside_the_decision_gets_its_reply_and_is_not_the_decision(line, decision, asked):
    engine, turns = talk(["for me", line])
    assert engine.slots["decision"] == decision
    assert asked in engine.slots.get("questions_added", [])
    assert "I added it to your questions" in turns[-1].text


def test_a_decision_written_as_a_question_stays_whole():
    engine, turns = talk(["for me", "should i have the knee replacement now or wait a year?"])
    assert engine.slots["decision"].startswith("should i have the knee replacement")
