"""The general net under the signs (assistant/safety/doubt_net.py, dialogues/doubt_net.yaml; helper g11).

A line the red-flag screen leaves quiet gets the check question ("Is this happening now?") when it tells of
a body part or function going wrong now, or of a means of dying with a time, a place, a farewell or a word
of doing it. Never the urgent turn on the net alone; close ordinary lines (a worry, a past event that
settled, a question, a hobby) stay quiet. The lines are written for this test, not taken from any round.
"""

import pytest

from assistant.safety import screen
from assistant.safety import doubt_net
from assistant.safety.screening import NOTHING, Screening

# lines the red-flag screen alone leaves quiet (measured when the net was built): only the net asks
ONLY_THE_NET = [
    "his tummy is all swollen up rn and hes crying",
    "the wound on my foot is oozing green stuff and getting worse by the hour",
    "i have my dads pistol and i am at the cemetery",
]

ASKED = [
    # a body part or function and a now cue, in words no red-flag phrase was written for
    "my grandpas belly is hard as a rock out of nowhere",
    "his tummy is all swollen up rn and hes crying",
    "mi bebé no despierta",
    "newborn keeps going limp in my arms",
    "the stitches on his incision wont stop oozing",
    "her sugar keeps dropping even with juice",
    "her arm is all floppy since 20 min",
    # a means of dying with a time, a place, a farewell or a word of doing it
    "got my uncles shotgun in the car tonight",
    "sitting on the ledge of the car park roof, sorry everyone",
    "i saved up my sleeping tablets and tomorrow is the day",
    "left a letter for my sister, the rope is in the shed",
]

QUIET = [
    # the same words, told as a worry, a question, the past, settled, or another subject
    "i worry my belly might swell up again after the surgery",
    "is it normal for a newborn to go limp when asleep?",
    "her sugar dropped last month but it has been steady since",
    "the stitches were oozing a bit on monday, the nurse said it is healing fine",
    "my tummy has been upset for years, the gastro doctor knows",
    "my baby had a scan today and everything looks normal",
    # a weapon, a rope or pills in ordinary life
    "my dad takes his rifle to the range every sunday",
    "we bought a rope for the tree swing this weekend",
    "i take all my tablets each morning as prescribed",
    "at the end of my rope with the insurance company, they lost the forms again",
]


@pytest.mark.parametrize("text", ONLY_THE_NET)
def test_a_line_the_signs_miss_gets_the_check_question(text):
    result = screen(text)
    assert result.level == "ask", (text, result)
    assert result.categories, "the check question names what it is about"


@pytest.mark.parametrize("text", ASKED)
def test_a_body_now_or_a_means_with_a_time_is_at_least_asked(text):
    assert screen(text).level in ("ask", "emergency"), text


@pytest.mark.parametrize("text", QUIET)
def test_close_ordinary_lines_stay_quiet(text):
    assert screen(text).level == "none", text


@pytest.mark.parametrize("text", ONLY_THE_NET + ASKED)
def test_the_net_alone_never_reaches_the_urgent_turn(text):
    shape = doubt_net.found(text)
    assert shape is not None
    assert doubt_net.with_doubt(text, NOTHING).level == "ask"


def test_a_means_is_asked_with_the_crisis_category():
    assert screen("i have my dads pistol and i am at the cemetery").categories == ("self_harm",)


def test_it_never_changes_a_line_the_screen_already_weighed():
    urgent = Screening("emergency", ("breathing",), ("cant breathe",))
    assert doubt_net.with_doubt("my baby is turning blue right now", urgent) is urgent
    asked = Screening("ask", ("heart_attack",), ("chest pain",))
    assert doubt_net.with_doubt("got my uncles shotgun in the car tonight", asked) is asked


@pytest.mark.parametrize("text", ["", "   ", "?!", "ok", "2", "a" * 5000, "chest " * 3000])
def test_bad_input_does_not_break_it(text):
    assert screen(text).level in ("none", "ask", "emergency")
    assert doubt_net.found(text) is None or doubt_net.found(text)[0] in ("body_now", "means")


def test_a_line_in_spanish_the_net_asks_about_gets_the_spanish_line_too():
    # round 27: a twisted testicle told in Spanish reached only the net; the check question must carry the
    # Spanish line as the urgent turn does (urgent_care_check.md.j2 shows it for the "spanish" key)
    # (since helper 12_13 the signs read "testículo" and the line is urgent; either way it carries the Spanish line)
    asked = screen("mi hijo de 12 años tiene un dolor muy fuerte de repente en un testículo y está vomitando")
    assert asked.level in ("ask", "emergency") and "spanish" in asked.advice
    english = screen("my son of 12 has a very strong pain all of a sudden in one testicle and is vomiting")
    assert english.level != "none" and "spanish" not in english.advice
