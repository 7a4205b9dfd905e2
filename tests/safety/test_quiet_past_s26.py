"""Helper s26 (issue 12): a relative's end of life, a small burn already healing, a bleed after the birth now only
spotting, told in the past, stay quiet (or only asked); the same words told as now are still caught.

Mends (dialogues/red_flags.yaml): died_r20 takes "at the end" / "in the end" / "before she died" (what a relative went
through at the end of life); better_now_r20 takes "already healing" and "now just light spotting" after a sign told
in the past (its {live_r14} guard: "again", "worse", "still", "getting" after it keep the sign).
"""

from __future__ import annotations

import pytest

from safety.safety_support import screen

QUIET = [
    "my mother was a diabetic too, went blind at the end",
    "dad had sugar for years and lost his sight in the end",
    "my grandma went blind at the end of her life, she had diabetes",
    "burned my finger on the stove friday, little blister, already healin",
    "scalded my hand on the kettle on monday, a blister, it's already healing nicely",
    # a relative's history and a past event, plainly and in a run-on (guards)
    "my dad died of a heart attack at 50",
    "my sister had a stroke last year",
    "i passed out after giving blood in 2019",
    "my dad died of a heart attack at 50, my sister had a stroke last year, i passed out after giving blood in 2019 so yeah",
    "got zapped by static off the car door",
]


@pytest.mark.parametrize("line", QUIET)
def test_history_and_small_things_healing_stay_quiet(line):
    assert screen(line).level == "none", (line, screen(line))


ASKED = [
    "i had some heavy bleeding on day 4 after delivery, they checked me, it settled and now it's just light spotting",
    "the heavy bleeding after the birth was 3 weeks ago, they treated it in hospital, now it's just light spotting",
]


@pytest.mark.parametrize("line", ASKED)
def test_a_bleed_after_the_birth_now_only_spotting_is_asked_not_urgent(line):
    assert screen(line).level == "ask", (line, screen(line))


URGENT = [
    "my mum just went blind in one eye, at the end of her walk",
    "mum had diabetes and now she's suddenly gone blind",
    "burned my hand on the stove just now, big blisters",
    "burned my finger on the stove yesterday, blisters, now it is getting worse",
    "burned my finger on the stove friday, blister, already healing lol but now it's spreading",
    "i had heavy bleeding after the birth, now just spotting but it's getting heavier again",
    "had my baby 5 days ago, heavy bleeding now, soaking pads",
    "my dad died of a heart attack at 50 and my chest is tight now",
    "my dad died of a heart attack at 50 lol my chest hurts rn and my arm is numb",
    "my sister had a stroke last year and now her face is drooping",
    "my sister had a stroke last year she cant talk right now and her arm is weak",
    "i passed out after giving blood in 2019, and i just passed out again now",
]


@pytest.mark.parametrize("line", URGENT)
def test_the_same_words_told_as_now_are_urgent(line):
    assert screen(line).level == "emergency", (line, screen(line))
