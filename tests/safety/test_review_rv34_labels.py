"""Review rv34: a concept rule that raises the level names its category first, and keeps what the screen itself
recognised (a seizure told is still named a seizure, a CO exposure still carbon monoxide). Wordings of our own."""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line, kept", [
    ("my son just had a seizure, it stopped, then started again before he woke up", "a seizure"),  # merge34: only "sepsis"
    ("cottage with the propane heater: the 3 kids woke up with headaches and vomiting and one is hard to wake", "carbon monoxide"),
    ("the groin site from her stent procedure yesterday is bleeding and swelling up like an egg, started an hour ago",
     "serious bleeding"),
])
def test_the_screens_own_label_is_kept_when_a_concept_rule_raises_the_level(line, kept):
    result = screen(line)
    assert result.is_emergency
    assert kept in result.labels()


@pytest.mark.parametrize("line", [
    "i got confused this morning about the appointment time",  # asked on merge34 (s27's new-confusion rule)
    "im confused this morning about which surgeon to pick",
])
def test_confused_about_a_plan_is_no_new_confusion(line):
    assert screen(line).level == "none"


@pytest.mark.parametrize("line", [
    "mum was fine at breakfast and now shes confused and doesnt know who i am",
    "she got confused this morning about what day it is and cant find words",
    "dad is suddenly confused since lunch",
])
def test_new_confusion_told_now_stays_loud(line):
    assert screen(line).level != "none"
