"""User trial 6 (2026-12-04), branch t8: what a person typed, through the real engine.

- Black or tarry stool in lay words is a sign of bleeding in the gut: the check question on its own,
  the urgent turn with new sleepiness or confusion ("mixed up", "out of it", "not making sense"); a
  line that says "none" at the danger list and tells such signs is never taken as "none".
- A wish not to wake up is never "unconscious" (the self-harm rules, not this branch, read the wish).
- A child's danger list names blue or grey lips, face or skin, and blue spells; "gets kinda blue when
  he runs, is that normal??" gets the check question, and with "not now" the advice to tell the
  doctor soon.
- At a Yes/No confirmation, "yes sir", "ye", "yup", "sure thing"... are Yes; a line not understood
  asks Yes/No again, it never drops the confirmation.
- A back command in a line's first words ("oops, go back, I changed my mind, keep all six") goes back.
"""

from __future__ import annotations

import pytest

from assistant.safety import screen
from assistant.understanding.text import command_in
from support import talk

TO_ADULT_LIST = ["for my dad", "whether to get a liver transplant evaluation", "not sure", "2", "1", "none"]
TO_CHILD_LIST = ["2", "my son eli, hes 3", "whether he should have a second heart surgery", "2", "1", "none"]


# --- black stool, sleepiness and confusion ------------------------------------------------------
@pytest.mark.parametrize("line", [
    "none of those. his poop was black yesterday tho and hes kinda sleepy and mixed up today",
    "none. his stools have been black and tarry and hes not making sense",
    "nope none of them, but her poop is black and shes kinda out of it today",
    "none really. pooping black since yesterday and he seems all mixed up",
])
def test_none_with_black_stool_and_confusion_at_the_danger_list_is_the_urgent_turn(line):
    engine, turns = talk(TO_ADULT_LIST)
    assert turns[-1].state == "red_flags"
    turn = engine.respond(line)
    assert turn.state == "urgent_care" and turn.urgent
    assert "bleeding in the gut" in turn.text
    assert engine.slots.get("red_flags") != ["none"]


@pytest.mark.parametrize("line", [
    "his poop was black yesterday",
    "black tarry stools",
    "pooping black",
    "my poop is black",
    "dad's stool was jet black this morning",
])
def test_black_stool_alone_gets_the_check_question(line):
    found = screen(line)
    assert found.level == "ask" and "bleeding" in found.categories
    assert any("black or tarry stool" in label for label in found.recognised)


@pytest.mark.parametrize("line", [
    "no black stools",
    "no blood in the stool, no black stool, the colonoscopy was clean",
    "the black stools are from his iron tablets",
    "i had black stools for a couple days from the iron tablets, the doctor said thats normal with iron",
    "i got the dates mixed up",
    "he mixed up his pills with mine last week",
    "im so mixed up about which surgery to pick",
    "He gets mixed up, but that's the Alzheimer's, it ain't anything new",
])
def test_no_black_stool_its_known_cause_or_a_muddle_about_plans_is_quiet(line):
    assert screen(line).level == "none"


@pytest.mark.parametrize("line", ["hes kinda sleepy and mixed up today", "my mom is all mixed up since this morning"])
def test_mixed_up_today_alone_is_asked_about(line):
    assert screen(line).level == "ask"


# --- a wish not to wake up ----------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "sometimes i kinda wish i just wouldnt wake up tbh",
    "i wish i wouldnt wake up",
    "hope i dont wake up",
    "want to go to sleep and not wake up",
    "i just want to sleep and never wake up",
])
def test_a_wish_not_to_wake_up_is_never_unconscious(line):
    assert "unconscious" not in screen(line).categories


@pytest.mark.parametrize("line", [
    "my dad wont wake up", "i want help, my dad wont wake up", "i want to know why he wont wake up",
    "we tried but he wont wake up",
])
def test_someone_who_will_not_wake_is_still_the_emergency(line):
    found = screen(line)
    assert found.is_emergency and "unconscious" in found.categories


# --- a child's blue colour ------------------------------------------------------------------------
def test_the_child_danger_list_names_blue_or_grey_lips_and_blue_spells():
    _, turns = talk(TO_CHILD_LIST + ["none"])
    turn = turns[-1]
    assert turn.state == "red_flags_child"
    assert any("blue or grey lips, face or skin" in c and "crying or running" in c for c in turn.choices)
    assert turn.choices[-1] == "None of these is happening now" and len(turn.choices) == 9  # numbers unchanged


@pytest.mark.parametrize("line", ["his lips are going blue right now", "he is grey and blue around the mouth now"])
def test_a_child_blue_now_at_the_list_is_the_urgent_turn(line):
    engine, _ = talk(TO_CHILD_LIST + ["none"])
    assert engine.respond(line).state == "urgent_care"


@pytest.mark.parametrize("line", [
    "surgery was offered. also he gets kinda blue around the lips when he runs around, is that normal??",
    "gets kinda blue when he runs, is that normal??",
    "she has blue spells when she cries hard, should i worry?",
])
def test_a_blue_spell_asked_about_and_not_happening_now_gets_tell_the_doctor_soon(line):
    engine, turns = talk(["2", "my son eli, hes 3", line])
    assert turns[-1].state == "urgent_care_check"
    turn = engine.respond("no not right now hes napping. but is it normal??")
    assert not turn.urgent
    assert "tell the doctor about it soon" in turn.text
    assert "call the doctor's office today" in turn.text


def test_not_now_without_a_worried_question_is_unchanged():
    engine, turns = talk(["2", "my son eli, hes 3", "surgery was offered. he gets kinda blue when he runs"])
    assert turns[-1].state == "urgent_care_check"
    assert "tell the doctor about it soon" not in engine.respond("no").text


# --- yes at a confirmation ------------------------------------------------------------------------
def _at_confirmation():
    engine, turns = talk(["2", "my husband", "whether he should have his prostate out next month, im not sure its the only way", "skip"])
    assert turns[-1].kind == "confirm"
    return engine


@pytest.mark.parametrize("yes", ["yes sir", "ye", "yes maam", "Yes ma'am", "yup", "yeah ok", "sure thing", "yessir.", "yeah sure"])
def test_polite_and_spoken_yes_at_a_confirmation_is_yes(yes):
    engine = _at_confirmation()
    turn = engine.respond(yes)
    assert engine.slots["deadline"] == "weeks" and turn.state == "decision_situation"
    assert "did not understand" not in turn.text


@pytest.mark.parametrize("line", ["banana", "hmm", "qwerty asdf"])
def test_a_line_not_understood_at_a_confirmation_asks_yes_or_no_again(line):
    engine = _at_confirmation()
    turn = engine.respond(line)
    assert turn.kind == "confirm" and turn.choices == ["Yes", "No"]
    assert "Please type Yes or No" in turn.text and "Did you mean Within a few weeks?" in turn.text
    assert "deadline" not in engine.slots
    turn = engine.respond("yes sir")
    assert engine.slots["deadline"] == "weeks"


def test_asked_again_twice_shows_one_apology():
    engine = _at_confirmation()
    engine.respond("banana")
    turn = engine.respond("qwerty")
    assert turn.text.count("did not understand") == 1 and '"qwerty"' in turn.text


def test_a_no_at_a_confirmation_still_asks_the_question_again():
    engine = _at_confirmation()
    turn = engine.respond("no")
    assert turn.kind == "reask" and "deadline" not in engine.slots


# --- back in a line's first words -------------------------------------------------------------------
@pytest.mark.parametrize("line", [
    "oops, go back, I changed my mind, keep all six", "go back", "wait go back", "back pls", "go back please, that was wrong",
    "undo, wrong one", "back, i changed my mind", "wait, go back to the last question, i want 3", "ok go back", "no, back",
])
def test_a_back_command_in_the_first_words_is_the_command(line):
    assert command_in(line) == "back"


@pytest.mark.parametrize("line", [
    "back pain", "back pain and neck", "go back to my first doctor", "i want to go back to work", "no back pain",
    "going back to the surgeon", "previous doctor said surgery", "undo the surgery?",
])
def test_back_as_a_word_of_an_answer_is_not_the_command(line):
    assert command_in(line) is None


def test_oops_go_back_at_a_pick_list_goes_back_and_ticks_nothing():
    engine, turns = talk(["1", "knee surgery", "skip", "2", "1"])
    assert turns[-1].state == "decision_sure"
    turn = engine.respond("oops, go back, I changed my mind, keep all six")
    assert turn.state == "decision_situation"
    assert "sure_before" not in engine.slots
