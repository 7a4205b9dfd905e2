"""Self-harm told with a means and no word of dying, with goodbyes and an absence, in Spanish and in a long answer
(helper sh9, issue 12): the cues in dialogues/self_harm_cues.yaml and the combinations in self_harm_cues.py. Lines
here are new wordings, not the own sets' lines; each urgent line has a look-alike below that must stay quiet."""

from __future__ import annotations

import pytest
from safety.safety_support import screen

URGENT = [
    "found a hook in the garage that will take my weight, tonight",  # a means with its use told, no word of dying
    "im going to tie a plastic bag over my head after work",
    "heading to the cliffs, i wont be coming back",  # a trip with no return, to a place one can die
    "got my grandads pistol and I mean to use it on sunday",
    "we found her letter saying sorry and she is not in her bed",  # a note found, an absence, a goodbye
    "he gave away his guitar and his games, said goodbye to his friends, like hes leaving for good",
    "my dad texted 'i love you, bye' and the rifle is gone from the cupboard",
    "I stopped my heart tablets so my heart would give out, dont tell my kids",
    "no voy a ser una carga, ya junté las pastillas para terminar con todo",
    "the engine is on , garage door shut, sitting here in the car",
    "Sorry, the referral can wait. I won't be alive to ask any of it, I'm going to the bridge tonight.",
]
QUIET = [
    "found a hook in the garage to hang my bike on",
    "i put a plastic bag over my cast in the shower",
    "heading to the cliffs for a walk, back by dinner",
    "I won't be coming back to this clinic, the wait is too long",
    "my grandad has an old pistol locked in a safe",
    "we found her letter from the hospital, it says the scan is clear",
    "he said goodbye to his friends at the airport and gave them his old games",
    "I stopped my heart tablets because they made me dizzy, the cardiologist knows",
    "I could sleep forever after this week of night shifts",
    "I am planning my funeral with the funeral home so my kids do not have to, my health is fine",
    "My sister is standing on the platform waiting for the train to the hospital",
]


@pytest.mark.parametrize("line", URGENT)
def test_a_means_a_goodbye_or_an_absence_reaches_the_urgent_turn_with_the_crisis_line(line):
    result = screen(line)
    assert result.is_emergency and result.crisis, result


@pytest.mark.parametrize("line", QUIET)
def test_the_same_words_in_ordinary_talk_stay_quiet(line):
    assert screen(line).level == "none", line


@pytest.mark.parametrize("line", ["", "   ", "hose", "bye", "the beam will hold", "?" * 500, "no cap " * 200])
def test_bare_or_odd_input_is_never_urgent(line):
    assert screen(line).level != "emergency"


def test_a_stop_told_as_a_way_to_die_is_not_taken_back_by_naming_side_effects():
    line = "I'm going to stop my insulin so I die, and it's not about the side effects"
    assert screen(line).is_emergency
    assert screen("I'm going to stop my insulin because of the side effects").level == "none"
