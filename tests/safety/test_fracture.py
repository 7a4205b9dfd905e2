"""A broken bone or a cast, and what makes it an emergency now (dialogues/concepts_fracture.yaml; a lead's walk,
2026-12-07, a boy of 15 with a broken arm offered pins): the blood flow cut off below a cast or a break, a bone through
the skin, and a cast too tight with the pain far worse (asked). Told as history, as a question, or with all well, it
stays quiet."""

from __future__ import annotations

import pytest

from safety.safety_support import screen

LIMB = "an arm or leg in danger (its blood flow blocked, a bone through the skin, or a spreading infection or gangrene)"


@pytest.mark.parametrize("line", [
    "his cast is super tight and his fingers are cold and white",
    "she fell and her arm is bent the wrong way and the bone is poking out",
    "tengo el brazo roto y los dedos morados",
    "my dad broke his hip, his toes are cold and purple now",
    "my fingers r turning blue in my cast and i cant feel them",
    "broke my wrist yesterday and now i cant move my fingers and theyre numb",
    "you can see the bone through the skin on his leg",
    "se le ve el hueso, se cayo de la bici",
    "broke his arm and the fingers are white, it hasnt healed",
    "my son in 6th grade broke his arm, bone poking out",
])
def test_a_limb_in_danger_after_a_break_is_urgent(line):
    result = screen(line)
    assert result.level == "emergency"


@pytest.mark.parametrize("line", [
    "my fingers are numb and turning blue in the cast",  # urgent; no CPR advice for fingers
    "my fingers r turning blue in my cast and i cant feel them",
])
def test_fingers_blue_in_a_cast_get_no_cpr_advice(line):
    result = screen(line)
    assert result.level == "emergency" and "cpr" not in result.advice


def test_the_open_break_is_named_as_a_limb_in_danger():
    assert LIMB in screen("the bone is sticking out of his arm").labels()


@pytest.mark.parametrize("line", [
    "the pain in my arm is way worse than before and the cast feels too tight",
    "cast is so tight and it hurts so much worse tonight",
])
def test_a_tight_cast_with_far_worse_pain_is_asked(line):
    assert screen(line).level in ("ask", "emergency")


@pytest.mark.parametrize("line", [
    "my arm is swollen and hurts alot",
    "i had a cast last year and my fingers were numb for a day",
    "broke my arm in 2019, fingers were fine",
    "no numbness, fingers are pink and warm, cast is fine",
    "the cast is itchy lol",
    "what if my fingers turn blue in the cast?",
    "the surgeon will put a cast on after",
    "the doctor said to watch if my toes get cold in the cast",
    "they want to put pins in my broken arm",
    "broke my arm skateboarding in 6th grade, bone was literally poking out lol, all healed",  # round 22's ordinary line
    "broke my wrist in 2015, it healed fine, now they want to fuse it",
])
def test_a_break_told_as_history_a_question_or_all_well_stays_quiet(line):
    assert screen(line).level == "none"


def test_blue_lips_are_still_a_breathing_emergency_beside_a_cast():
    result = screen("he has a cast on his leg and now his lips are turning blue and he cant breathe")
    assert result.level == "emergency" and "breathing" in result.categories


# --- whose body the sign names: "... and has tightness in his chest" (a lead's walk in the window, 2026-12-07) --------

@pytest.mark.parametrize("line", [
    "2 for my dad hes 80 and has tightness in his chest right now",
    "its my husband, woke up and has crushing pain in his chest",
])
def test_a_sign_in_his_body_is_about_someone_else(line):
    assert "someone_else" in screen(line).advice


def test_a_sign_in_my_body_is_about_me():
    assert "someone_else" not in screen("i have tightness in my chest right now").advice


def test_the_urgent_turn_speaks_of_the_person_named():
    from support import talk

    _, turns = talk(["2 for my dad hes 80 and has tightness in his chest right now"])
    assert "Stay with them until help comes" in turns[-1].text and "once they are stable" in turns[-1].text


# --- review rv33: the one typing in someone else's place is advised as themself ---------------------------------------

@pytest.mark.parametrize("line", ["i took all my pills in their bathroom", "im going to overdose on his pills",
                                  "i want to end my life in his garage", "i want to die in his arms",
                                  "i have crushing chest pain in their kitchen", "im bleeding heavily in his truck",
                                  "i have crushing pain in his... no in my chest"])
def test_the_one_typing_in_someone_elses_place_is_advised_as_themself(line):
    advice = screen(line).advice
    assert "someone_else" not in advice and "crisis_other" not in advice


# --- review rv33: healing or spotting settles only a burn, a bleed or a wound -----------------------------------------

@pytest.mark.parametrize("line", ["she had a seizure this morning, now just light spotting",
                                  "she had a seizure this morning, its already healing",
                                  "dog bit her face this morning and she had trouble breathing, already healing",
                                  "had chest pain and fainted an hour ago, now just light spotting",
                                  "my son hit his head this morning and threw up twice, already healing"])
def test_healing_or_spotting_settles_only_its_own_kind(line):
    assert screen(line).level == "emergency"


def test_painted_nails_beside_a_cast_are_no_emergency():
    assert screen("nails are painted blue, got a cast").level != "emergency"
