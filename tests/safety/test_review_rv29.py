"""The second review at the merge (rv29, twenty-ninth session) typed dangerous look-alikes through the session's new
quieting rules; these went quiet or only asked, and must stay emergencies. The rules that hid them were taken back
(dialogues/red_flags.yaml: "im drowning lol", a paper cut "wont stop bleeding", "cut my wrist while cooking", "so long i
wanted to die", "enough to make ... want to kill myself", "having a stroke about", "bleeding staff", "passed out ...")."""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line", [
    "mom is having a seizure over and over",
    "she's having a heart attack over here",
    "my husband is having a stroke about now",
    "she is having a seizure over the last ten minutes",
    "the pain is enough to make me want to kill myself",
    "the chemo is enough to make anyone want to kill themselves",
    "the nick wont stop bleeding, im dizzy",
    "shaving nick wont stop bleeding and its pouring",
    "cut my wrist while cooking, its really deep",
    "cut my wrist opening a can and it wont stop",
    "im drowning lol, help",
    "the line was so long i wanted to die lol",
    "bleeding workers everywhere after the explosion",
    "she passed out cold papers everywhere",
    "mi bebé se metió una pila de reloj a la boca",
])
def test_what_the_review_typed_is_an_emergency(line):
    assert screen(line).level == "emergency", line


def test_a_caregiver_letting_a_dying_patient_go_is_not_called_self_harm():
    # "hes ready, its easier to just let go" (a dying patient): asked, as before the session, never the crisis advice
    result = screen("hes ready, its easier to just let go")
    assert result.level == "ask"


@pytest.mark.parametrize("line", ["it would be quicker just to fall", "thinking about driving into a tree tonight"])
def test_a_wish_with_its_way_stays_urgent(line):
    assert screen(line).level == "emergency"
