"""Helper s24 (issue 12): emergencies told now that a quieting context, a run-on or a weak category still missed.

Each mend is by shape, tested with the emergency told now and with its quiet look-alike:
- a laugh or a chat aside ("lol", "haha", "ngl") opens a clause of its own in a run-on line (text.py,
  `aside_breaks_s24`), so a risk question before it quiets only its own clause; "kms lol jk" keeps its joke;
- a what-if's sentence no longer quiets a clause telling someone's act as done (`sh_what_if_act_s24`); the cold of a
  room no longer explains blue lips told beside faintness or dizziness (cold_room_r12 unless shock_words);
- a crushing or squeezing pain spreading to the jaw or the arm is a heart attack's sign in any wording
  (`crush_spread_s24`), a headache or a hand's pain excepted;
- a seizure today in a child, or someone's first, told as over, still gets the check question (`seizure_today_s24`);
  a known epilepsy or a seizure long ago stays quiet;
- floppy and hard to wake is an emergency (a combination), "won't hardly open his eyes" read as barely;
- an overdose or a poisoning told by its amount (too big or not known), by a medicine taken twice or by mistake, by a
  workshop or cleaning liquid drunk (dialogues/concept_signs.yaml); "I did not take too many pills" stays quiet.
"""

from __future__ import annotations

import pytest

from .safety_support import screen
from .test_own_clause_s23 import PAIRS

ASIDES = ["lol", "haha", "hahaha", "ngl", "lmao", "tbh"]


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize("quiet, now", PAIRS)
def test_an_emergency_after_a_laugh_in_a_run_on_is_urgent(quiet, now, aside):
    line = f"{quiet} {aside} {now}"
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("aside", ASIDES)
@pytest.mark.parametrize("quiet, now", PAIRS)
def test_a_quieting_clause_with_a_laugh_after_it_stays_quiet(quiet, now, aside):
    assert screen(f"{quiet} {aside}").level == "none"


@pytest.mark.parametrize("line", [
    "whats the risk of a stroke lol my face is drooping",
    "whats the risk of a stroke haha my face is drooping",
    "whats the risk of a stroke ngl my face is drooping",
    "whats the chance of a heart attack lol my chest is crushing",
])
def test_a_risk_question_does_not_quiet_a_sign_told_now_after_a_laugh(line):
    assert screen(line).level == "emergency", line


def test_a_risk_question_alone_stays_quiet():
    assert screen("whats the risk of a stroke").level == "none"


@pytest.mark.parametrize("line", [
    "whats the risk of a stroke lol my face would droop?",  # (review rv31: "would" is how some people tell the present)
    "whats the risk of a heart attack lol my chest would hurt?",
    "he was ok, his face would droop",
    "she ate dinner and her throat would swell",
])
def test_a_body_told_with_would_after_another_clause_is_never_silent(line):
    assert screen(line).level != "none", line


@pytest.mark.parametrize("line", ["kms lol jk", "i want to kill myself lol jk"])
def test_a_joke_marked_after_a_laugh_keeps_the_check_question(line):
    assert screen(line).level == "ask", line


@pytest.mark.parametrize("line", [
    "if my friend tells me she wants to die what do i say, she just cut her wrists",
    "what should i do if my sister ever talks about suicide, what do i say, she just cut her wrists",
    "what should i do if my sister ever talks about suicide, she just said she wants to die",
    "what should i say if my friend tells me she wants to die, she just took all her pills",
])
def test_an_act_told_done_after_a_what_if_is_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", [
    "what should i do if my son ever talks about suicide? he just turned 14",
    "what should i do if my son ever talks about suicide, he has been sad",
    "what should i say if someone tells me they want to die? asking for work",
    "if a student tells me they're thinking about suicide, what should i actually say to them?",
])
def test_a_what_if_alone_stays_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", [
    "so cold in this clinic, my lips are going blue and i feel faint",
    "so cold in here my lips are going blue and im dizzy",
])
def test_blue_lips_with_faintness_in_a_cold_room_are_urgent(line):
    assert screen(line).level == "emergency", line


@pytest.mark.parametrize("line", ["so cold in this clinic, my fingers are going blue", "so cold in this clinic, my lips are going blue"])
def test_a_cold_room_alone_is_not_the_urgent_turn(line):
    assert screen(line).level != "emergency", line


@pytest.mark.parametrize("line", [
    "he always has chest pain since his bypass but now its crushing and spreading to his jaw",
    "now its crushing and spreading to his jaw",
    "the pain is squeezing and radiating to my left arm",
])
def test_a_crushing_pain_spreading_to_the_jaw_or_arm_is_urgent(line):
    result = screen(line)
    assert result.level == "emergency", line
    assert "heart_attack" in result.categories


@pytest.mark.parametrize("line", [
    "a crushing headache spreading to my jaw",
    "squeezing pain in my hand spreading to my arm",
    "what does it mean if pain is crushing and spreading to the jaw",
    "he always had crushing pain spreading to his jaw before the bypass, now fine",
])
def test_a_crushing_pain_look_alike_stays_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", [
    "my son had a seizure this morning, he's fine now",
    "my son had a fit this morning, hes ok now",
    "this morning my son had a seizure, he seems fine",
    "i had my first seizure this morning, feel ok now",
])
def test_a_seizure_today_told_as_over_gets_the_check_question(line):
    result = screen(line)
    assert result.level in ("ask", "emergency"), line
    assert "unconscious" in result.categories


@pytest.mark.parametrize("line", [
    "my son has epilepsy, he had a seizure this morning, he's fine now",
    "my daughter had a seizure when she was 3, she's fine now",
    "my son didnt have a seizure today",
])
def test_a_known_or_old_seizure_stays_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", [
    "The 4 year old's just floppy as a dishrag, won't hardly open his eyes, fever's been high all day",
    "he's floppy and very sleepy, won't hardly open his eyes",
])
def test_floppy_and_hard_to_wake_is_urgent(line):
    assert screen(line).level == "emergency", line


def test_floppy_legs_after_a_night_shift_stay_quiet():
    assert screen("my legs feel floppy and im sleepy after the night shift").level == "none"


@pytest.mark.parametrize("line", [
    "my brother took maybe 40 of his sleeping pills",
    "she took an unknown number of tylenol last night",
    "se tomó como 20 pastillas",
    "my nephew drank some brake fluid thinking it was juice",
    "grandpa take many heart pill by mistake, the box is empty, he very dizzy",
])
def test_an_overdose_or_poisoning_told_by_its_amount_is_urgent(line):
    result = screen(line)
    assert result.level == "emergency", line
    assert "poisoning" in result.categories


@pytest.mark.parametrize("line", [
    "I did not take too many pills",
    "I didnt take too many pills, only the one the doctor said",
    "my bp is 150 over 95, I take pill",
    "dad takes many pills for his heart",
])
def test_a_medicine_taken_as_usual_stays_quiet(line):
    assert screen(line).level == "none", line
