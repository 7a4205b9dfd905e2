"""What the third user trial (2026-12-04) found in the reading of answers, in other words too.

- A worried question at the danger-sign list ("none. she threw up again this morning tho, is that
  an emergency?") was stored as "None of these" and the question lost (worry.py).
- Several numbers at a one-answer question ("3, 5, 6 and 9", typed ahead at a Yes/No) were stored
  as the first number: the plan said the opposite of what the person meant (worry.py).
- "no thats wrong, back" and "no! back" were read as "None of these" (text.py: a correction said
  around "back").
- "the treatment isnt working" was offered "the plan is working" too; "shes in the hospital right
  now, the doctors know" at the urgent turn was not understood (lexicon).
"""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Engine
from assistant.understanding.text import command_in
from benchmarks.understanding import prepare
from support import urgent_answer


@pytest.mark.parametrize("state", ["red_flags", "red_flags_child"])
@pytest.mark.parametrize("line", ["no none. she threw up again this morning tho, is that an emergency?",
                                  "is this an emergency?",
                                  "none really, should i be worried about the headaches?",
                                  "nothing on the list but he is very pale, is that bad?",
                                  "none of these. should we go to the ER for the vomiting?"])
def test_a_worried_question_at_the_danger_signs_gets_what_to_do_and_nothing_is_stored(state, line):
    engine = prepare(state, "caregiver")
    turn = engine.respond(line)
    assert "red_flags" not in engine.slots and turn.state == state and turn.kind == "reply"
    assert "If you are worried right now, call 911" in turn.text
    assert "call the doctor's office today" in turn.text


@pytest.mark.parametrize("line", ["none", "none of these", "no, none of that is happening", "none, why do you ask?"])
def test_none_without_a_worried_question_is_still_none(line):
    engine = prepare("red_flags", "patient")
    engine.respond(line)
    assert engine.slots["red_flags"] == ["none"]


def test_the_worried_reply_names_the_countrys_emergency_number():
    engine = prepare("red_flags", "patient")
    engine.country = "UK"
    turn = engine.respond("none, is that an emergency?")
    assert "call 999" in turn.text and "911" not in turn.text.split("Then tell me")[0]


@pytest.mark.parametrize("line", ["3, 5", "3, 5, 6 and 9", "1 3", "2 and 3 and 5"])
def test_several_numbers_at_a_one_answer_question_are_asked_about_and_not_stored(line):
    engine = prepare("logistics_ask", "patient")
    turn = engine.respond(line)
    assert "tell_doctor" not in engine.slots and turn.state == "logistics_ask" and turn.kind == "reask"


@pytest.mark.parametrize("line", ["3", "three", "not ready yet"])
def test_one_number_or_words_at_a_one_answer_question_are_still_read(line):
    engine = prepare("logistics_ask", "patient")
    engine.respond(line)
    assert engine.slots["tell_doctor"] == "not_yet"


def test_numbers_typed_ahead_at_a_confirmation_are_not_stored_as_the_first_one():
    engine = prepare("logistics_ask", "patient")
    first = engine.respond("i guess ill ask him")
    assert first.kind == "confirm"
    engine.respond("3, 5, 6 and 9")
    assert "tell_doctor" not in engine.slots


@pytest.mark.parametrize("line", ["no thats wrong, back", "no! back", "oops back", "No, go back please", "wait, undo",
                                  "sorry my bad, back", "that's not what i meant, go back"])
def test_a_correction_said_around_back_is_back(line):
    assert command_in(line) == "back"


@pytest.mark.parametrize("line", ["back pain", "no back pain", "no", "my back hurts, go back to work", "back to work"])
def test_back_inside_an_answer_is_no_command(line):
    assert command_in(line) is None


def test_no_thats_wrong_back_undoes_the_last_answer_in_a_conversation():
    engine = Engine(today=lambda: date(2026, 12, 2))
    engine.start()
    engine.respond("1")
    engine.respond("whether to have knee surgery")
    turn = engine.respond("no thats wrong, back")
    assert turn.state == "decision_what" and "decision" not in engine.slots


@pytest.mark.parametrize("line", ["the treatment isnt working", "The treatment isn't working", "the treatment is not helping"])
def test_a_treatment_said_not_working_is_not_offered_as_working(line):
    engine = prepare("decision_situation", "patient")
    engine.respond(line)
    assert engine.slots["situation"] == "treatment_failure"


@pytest.mark.parametrize("line", ["shes in the hospital right now, the doctors know", "he is in the hospital, doctors are on it",
                                  "she was admitted, the nurses know"])
def test_in_hospital_with_the_doctors_aware_is_seen(line):
    assert urgent_answer(line) == "seen"


def test_on_the_way_to_the_hospital_is_still_happening_now():
    assert urgent_answer("we are on the way to the hospital") == "now"



@pytest.mark.parametrize("state, line", [("welcome", "its me, im the patient"), ("decision_when", "i told u, 2 weeks"),
                                         ("decision_when", "like i said, 2 weeks"), ("decision_when", "2 weeks, as i said before")])
def test_words_that_only_point_back_are_no_note_for_the_plan(state, line):
    engine = prepare(state, "patient")
    engine.respond(line)
    assert not (engine.slots.get("answer_notes") or {}).get(state)


def test_a_note_with_news_is_still_kept():
    engine = prepare("decision_when", "patient")
    engine.respond("2 weeks, the surgery is booked")
    assert engine.slots["answer_notes"]["decision_when"] == "The surgery is booked"


@pytest.mark.parametrize("line", ["how much does a second opinion cost without insurance? i cant pay thousands",
                                  "what if i have no insurance?", "can i get one if im uninsured?"])
def test_a_question_about_paying_without_insurance_gets_a_reply_for_no_insurance(line):
    engine = prepare("signs", "patient")
    turn = engine.respond(line)
    assert turn.kind == "reply" and "Without insurance, ask the clinic for its price" in turn.text
    assert "Your insurer can tell you" not in turn.text


@pytest.mark.parametrize("line", ["i dont have insurance", "uninsured", "none, i pay myself"])
def test_no_insurance_said_at_the_insurance_question_is_still_the_answer(line):
    engine = prepare("logistics", "patient")
    engine.respond(line)
    assert engine.slots["insurance"] == "no_insurance"


@pytest.mark.parametrize("line", ["me i guess", "me I think", "its me then", "um me probably"])
def test_a_short_whole_answer_with_soft_words_around_it_is_read(line):
    engine = prepare("welcome", None)
    engine.respond(line)
    assert engine.slots.get("role") == "patient"


def _from_start(*lines: str) -> Engine:
    engine = Engine(today=lambda: date(2026, 12, 2))
    engine.start()
    for line in lines:
        engine.respond(line)
    return engine


@pytest.mark.parametrize("decision, reason", [
    ("whether to have the lumpectomy, im unsure because the biopsy report isnt clear about the type",
     "The biopsy report isnt clear about the type"),
    ("whether to have surgery cause i dont trust the surgeon", "I dont trust the surgeon"),
    ("hip surgery or not, the problem is my heart is weak", "My heart is weak"),
    ("whether to start chemo, im scared of the side effects", "The side effects")])
def test_a_doubt_said_with_the_decision_is_offered_back_not_asked_again(decision, reason):
    engine = _from_start("1", decision)
    assert engine.state == "decision_why" and engine.pending is not None and engine.pending.kind == "confirm"
    engine.respond("yes")
    assert engine.slots["unsure_because"] == reason and engine.state == "decision_when"


def test_no_to_the_offered_doubt_asks_the_question_and_stores_nothing():
    engine = _from_start("1", "whether to have the lumpectomy because the report is unclear", "no")
    assert engine.state == "decision_why" and "unsure_because" not in engine.slots
    engine.respond("the surgeon was rushed")
    assert engine.slots["unsure_because"] == "the surgeon was rushed"


def test_a_decision_with_no_doubt_in_it_gets_the_question_as_before():
    engine = _from_start("1", "whether to have knee surgery")
    assert engine.state == "decision_why" and engine.pending is None


@pytest.mark.parametrize("line", ["too much words. what mean?", "what mean", "too many words, what it mean?"])
def test_asking_for_plainer_words_gets_the_idea_of_the_question_and_is_no_doctor_question(line):
    engine = prepare("signs", "patient")
    turn = engine.respond(line)
    assert turn.kind == "reply" and "Here is the idea" in turn.text
    assert not engine.slots.get("questions_added")


@pytest.mark.parametrize("line", ["kinda? a lil bit maybe, it comes and goes", "a little", "on and off", "sort of a tightness sometimes"])
def test_a_partial_yes_to_is_this_happening_now_gets_treat_it_as_now_and_is_not_stored(line):
    engine = prepare("urgent_care_check", "patient")
    turn = engine.respond(line)
    assert turn.kind == "reply" and "treat it as happening now: call 911" in turn.text
    assert "urgent_check" not in engine.slots


@pytest.mark.parametrize("line", ["no, not now", "not at the moment"])
def test_no_to_is_this_happening_now_still_goes_on(line):
    engine = prepare("urgent_care_check", "patient")
    turn = engine.respond(line)
    assert turn.state != "urgent_care"


@pytest.mark.parametrize("line", ["i want a second opinion", "I need a 2nd opinion", "looking for a second opinion"])
def test_wanting_a_second_opinion_is_not_having_one_to_compare(line):
    engine = prepare("welcome", None)
    turn = engine.respond(line)
    assert "role" not in engine.slots and turn.state == "welcome" and "That is what I can help with" in turn.text


@pytest.mark.parametrize("line", ["I already have a second opinion and want to compare", "3", "i have a second opinion already"])
def test_having_a_second_opinion_is_still_compare(line):
    engine = prepare("welcome", None)
    engine.respond(line)
    assert engine.slots["role"] == "compare"


@pytest.mark.parametrize("line", ["my husband got 2 opinions already and they disagree, i want to compare",
                                  "we got two different opinions and want to compare"])
def test_opinions_counted_at_the_welcome_are_offered_at_how_many_doctors(line):
    engine = _from_start(line)
    assert engine.state == "compare_first" and engine.pending is not None and engine.pending.reading.value == "two"


@pytest.mark.parametrize("line", ["no, still happening, the ER checked", "no, it stopped, the ER checked her"])
def test_a_no_in_front_of_other_answers_at_the_urgent_turn_is_asked_not_offered_as_not_happening(line):
    # (the lead's re-reading of the third trial: "no, still happening" was offered back as "not happening")
    engine = prepare("urgent_care", "caregiver")
    turn = engine.respond(line)
    assert turn.kind == "reask" and turn.state == "urgent_care"
    assert "It is happening now" in turn.markdown or "A doctor has checked" in turn.markdown


def test_a_yes_in_front_of_the_same_answer_is_still_taken():
    assert urgent_answer("yes, still going, ambulance coming") == "now"
