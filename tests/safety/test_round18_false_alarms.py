"""Ordinary lines that were loud, by the kind of sentence (issue 12, helper s4, after round 18 was folded in).

Written from how people talk, not from the round's lines (none of these lines is a corpus line), in several voices
(texting, dialect, non-native, elderly, caregiver, Spanish): a negation said in dialect ("aint") or as a bare
"nothing" before the sign; a sign given a feeling as its cause ("from boredom", "for worry"); "about had a fit when
I told him" in dialect; a thing that "would knock you out"; a thing called poison that nobody swallowed; self-reproach
over a slip ("could kill myself for forgetting"); Spanish "me van a dar un infarto"; a denial of bowel or bladder
trouble; Spanish "todos los días" (every day, not "all of them"). Each kind is checked with the emergencies it must
not hide. The rules are the "round 18 (s4)" lines of dialogues/red_flags.yaml.
"""

from __future__ import annotations

import pytest
from safety.safety_support import level, rule_tests

B, U, BL, HA, SH, P, AB, CE, NE = (
    "breathing", "unconscious", "bleeding", "heart_attack", "self_harm", "poisoning", "abdomen", "cauda_equina",
    "neurologic")

# kind -> (emergencies that must stay urgent, with their category), then look-alikes that must stay quiet
RULES = {
    "a negation said in dialect, or a bare nothing before the sign": (
        [("he aint breathing", B),
         ("she aint waking up and her lips are blue", B),
         ("my baby aint moving and wont wake", U),
         ("nothing stops the bleeding, its pouring", BL),
         ("nothing helps the chest pain, started an hour ago", HA)],
        ["he aint got no fever, just a cough",
         "she aint bleeding no more, the cut closed up",
         "scraped his knee on the drive, nothing bleeding, nothing broken"]),
    "a sign whose cause is a feeling": (
        [("I passed out from the pain in my belly", AB),
         ("she fainted from the heat and isnt waking up", U),
         ("I can hardly breathe, my chest is tight", B)],
        ["the lecture was so dull i nearly passed out from boredom",
         "we were laughing so much i could hardly breathe for laughing",
         "my mum about fainted from embarrassment at the front desk"]),
    "nearly had a fit when told, in dialect": (
        [("he is having a seizure right now", U)],
        ["my husband bout had a heart attack when he saw the bill",
         "grandma liketa had a stroke when i told her about the tattoo"]),
    "a thing that would knock anyone out": (
        [("he fell off the ladder and was knocked unconscious", U),
         ("the ball knocked him unconscious", U)],
        ["those insurance forms would bore you unconscious"]),
    "a thing called poison that nobody swallowed": (
        [("my son drank something from the garage, it is poison", P),
         ("the mushroom he ate is poison, now he is vomiting", P),
         ("my toddler swallowed a battery lol what do i do", P)],
        ["the hospital food is pure poison lol",
         "the stress at that job is poison"]),
    "self-reproach over a slip": (
        [("I want to kill myself", SH),
         ("I could kill myself tonight, i have the pills", SH),
         ("I could kill myself for being such a burden", SH)],
        ["I could kill myself for missing the appointment again",
         "she could strangle herself for leaving the forms at home"]),
    "Spanish: papers that will give me a heart attack": (
        [("me esta dando un infarto, me duele mucho el pecho", HA),
         ("creo que le va a dar un infarto, tiene dolor en el pecho y suda", HA)],
        ["las cuentas del hospital me van a dar un infarto",
         "este seguro me va a dar algo"]),
    "no bowel or bladder trouble is a denial": (
        [("lost control of my bladder and my legs are numb", CE),
         ("no bladder control since this morning and back pain", CE)],
        ["no bowel or bladder problems, just the sciatica"]),
    "Spanish: a pill every day is no overdose": (
        [("se tomo todos los calmantes de la caja", SH),
         ("el niño tomo mis pastillas, no sé cuántas", P)],
        ["tomo mis pastillas todos los días y la presión sigue un poco alta"]),
}

test_round18_s4_signs_reach_the_urgent_turn, test_round18_s4_look_alikes_stay_quiet = rule_tests(RULES)


@pytest.mark.parametrize("line", [
    "im bout to pass out rn my chest hurts",
    "she is about to pass out, she is pale and sweaty",
    "I nearly passed out from the pain and I still feel faint",
])
def test_about_to_faint_from_a_body_cause_is_still_asked_about(line):
    assert level(line) != "none"
