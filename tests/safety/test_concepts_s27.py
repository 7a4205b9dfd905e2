"""Emergencies rounds 20-40 left silent, by shape (helper s27, issue 12; dialogues/concepts_s27.yaml, red_flags.yaml).

A medicine that harms in one extra dose taken twice or someone else's; a child told "4 years"; a toddler who grabbed a
handful; a dose taken again and again, then a state; too many "I think" with the heart or legs gone wrong; too much
of a pill taken for another; fumes breathed in with a state; a drain product; confusion that is new; sight lost in one
eye or both within minutes (Spanish "como una cortina"); legs that suddenly fail; a blow to the chest with breathing
gone wrong; Spanish "siento que me ahogo" and a scald "ampollando". Each shape has look-alikes that stay quiet: a
habit, a question, a known dementia, glasses off, leg day, a past event, paperwork that drowns.
Every line here was written for this test, none taken from a round.
"""

import pytest

from assistant.safety import screen
from assistant.safety import concept_signs

AT_LEAST_ASKED = [
    # a risky medicine twice, by mistake, someone else's
    "my husband injected his insulin twice tonight by mistake",
    "my husband injected his insulin twice tonight by mistake lol",
    "Think I doubled up on my lithium, took the evening dose twice",
    "grandpa took his warfarin again by mistake, he forgot he had already taken it",
    "Leo swallow one of my pills for the sugar, the gliclazide, one is missing from the box",
    # a child told by years, a toddler's handful
    "Ana, 3 years, she drank from the bottle of the children ibuprofen, almost the whole bottle",
    "my toddler grabbed a handful of grandmas tablets at the party",
    "my little brother found my dads insulin pen and we think he injected himself",
    # the same dose again and again, then a state; too many with a doubt; the wrong pill
    "Took my heart pills. Then forgot and took them again. And again. Shaky now.",
    "i take water pills, i think too many, and now my heart skip strange",
    "my dad he take the pills too much, he think it was vitamin but is the sugar pill",
    # fumes, a drain product
    "Breathed in the fumes off the generator in the shed, head is spinning and im throwing up",
    "grandma drank some of the drain stuff, it was in a water bottle",
    # confusion that is new; sight; legs
    "Dad just went blank, asking the same question over and over, he was fine at lunch",
    "my wife is suddenly all muddled, didnt know who i was, thought it was 1999",
    "all of a sudden i see nothing with my left eye, 10 minutes now",
    "de pronto no veo nada del ojo derecho, como una cortina negra",
    "everything went dark in both eyes within minutes and i cant see the screen",
    "went to get up and my legs wont work, cant feel them, all at once",
    "de repente mi papa no puede caminar, se le doblan las piernas",
    # a blow to the chest; Spanish breathing; a scald
    "took a knee to the ribs, it hurts to breathe and hes breathing faster and faster",
    "no puedo mas con el asma, siento que me ahogo",
    "a mi hijo le cayó agua hirviendo y se le está ampollando la mano",
]

QUIET = [
    "i take warfarin every day, my inr was fine last week",
    "what if she takes her insulin twice by mistake",
    "my mum took her insulin twice a day for years",
    "my son is 4 years old and takes his inhaler twice a day",
    "my daughter, 4 years, needs her tonsils out",
    "i took my pills again this morning as usual and feel fine",
    "we cleaned the drain with drain stuff yesterday, no one swallowed any",
    "my mum has dementia and gets muddled every evening",
    "i was confused about the appointment since lunch",
    "after leg day my legs just dont work lol",
    "my legs wont hold me after the marathon, all of a sudden im old",
    "she had a sudden muddle last year, fine now",
    "three years ago my dad suddenly went muddled, it was a stroke, he is fine now",
    "cracked a rib playing rugby last month, it still hurts to breathe deeply",
    "my toddler grabbed a handful of crayons",
    "con tanto papeleo me ahogo",
    "me ahogo en papeles con tanto tramite",
    "de pronto no veo nada, se fue la luz",
]


@pytest.mark.parametrize("line", AT_LEAST_ASKED)
def test_the_emergency_told_now_reaches_at_least_the_check_question(line):
    assert screen(line).level in ("ask", "emergency")


@pytest.mark.parametrize("line", QUIET)
def test_the_look_alike_stays_quiet(line):
    assert screen(line).level == "none"


def test_an_ordinary_double_dose_with_no_state_stays_no_concept_rule():
    # the lead's decision (test_concept_signs.py) holds: a blood pressure pill twice by mistake is no rule of s27's
    assert concept_signs.found("i think i took a double dose of my blood pressure tablets by mistake") is None


def test_a_risky_medicine_twice_names_the_overdose_advice():
    hit = concept_signs.found("Think I doubled up on my lithium, took the evening dose twice")
    assert hit is not None and hit[1] == "poisoning" and "overdose" in hit[3]


def test_a_curtain_over_the_eye_is_no_if_and_a_wrong_year_is_no_past():
    assert screen("de pronto no veo nada del ojo izquierdo, como si fuera una cortina negra").level != "none"
    assert screen("mum suddenly muddled, thought it was 1985, she was fine at breakfast").level != "none"


def test_fingers_blue_in_a_cast_are_named_a_limb_in_danger_not_breathing():
    result = screen("his fingers are blue in the cast")
    assert result.is_emergency
    assert result.labels()[0].startswith("an arm or leg in danger")  # (rv34) the screen's own labels follow it
    # blue lips told now are still trouble breathing
    assert "serious trouble breathing" in screen("his lips are blue and he cant breathe").labels()


@pytest.mark.parametrize("line", [
    "my son swallowed a button battery, he did that when he was little too",
    "Took my heart pills. Then took them again. And again. Dizzy now. i did that as a kid",
])
def test_a_childhood_told_after_in_its_own_clause_does_not_quiet_the_emergency_now(line):
    assert screen(line).level != "none"


@pytest.mark.parametrize("line", [
    "as a kid he swallowed a button battery and was vomiting",
    "when he was little he drank bleach and was sick for days",
    "my son drank bleach when he was little and threw up, he is 20 now",
])
def test_a_childhood_that_frames_the_story_still_keeps_it_quiet(line):
    assert screen(line).level == "none"


# --- the merge's screen of every committed line (lead, 2026-12-07): a confusion over and told as over stays quiet ----

def test_a_confusion_told_as_over_with_the_person_herself_again_stays_quiet():
    line = ("Ethel had a brief spell of confusion this morning; her sugar was low, she ate, and she is quite herself again. "
            "The nurse rang to confirm.")  # round 19, an ordinary line made a check by the new confusion shape
    assert screen(line).level == "none"


def test_not_herself_again_is_no_recovery():
    assert screen("Mama went all muddled since lunch, she is not herself again").level != "none"
