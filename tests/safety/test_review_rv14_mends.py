"""The second review of the twenty-first session (rv14) found emergencies the session's new contexts made quieter; each
is urgent again, and the look-alikes the contexts were written for stay quiet."""

from __future__ import annotations

import pytest
from safety.safety_support import screen


@pytest.mark.parametrize("line", [
    # anyone's act, means or wish, not only the teller's, beside hospice, a film or cooking (sh14's contexts)
    "my wife is in hospice and she cut her wrists",
    "hospice says weeks, he said he is going to shoot himself tonight",
    "terminal cancer, he has a gun and says he is done",
    "after watching a documentary on suicide he is standing on the roof ledge",
    "chopping vegetables for dinner, then i will cut my wrists with this knife",
    # a what-if question answered in the same line
    "if my son tells me hes going to kill himself what do i say, he just did and he has pills",
    # light bleeding beside faintness or a black stool (12_14's r28_light_bleed)
    "bleeding is light now but he is pale sweaty and dizzy",
    "black tarry stool and bleeding is light now",
    "bleeding remains minimal and she passed out twice",
    # "last season" / "last term" are no history (taken back out of 12_14's history words)
    "chest pain like last season but much worse and spreading to his arm",
    "in the last term she started having seizures, one is happening right now",
])
def test_the_reviews_emergencies_are_urgent(line):
    assert screen(line).is_emergency, screen(line)


@pytest.mark.parametrize("line", [
    "that movie where the guy jumps off the bridge",
    "dad is not going to be around much longer, hospice says days",
    "the knife is on the table, im chopping onions for dinner",
    "if a student tells me theyre thinking about suicide, what should i actually say to them?",
    "bleeding is light now, just spotting",
])
def test_the_look_alikes_the_contexts_were_made_for_stay_quiet(line):
    assert screen(line).level == "none", screen(line)
