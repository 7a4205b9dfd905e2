"""Review rv13 (2026-12-05) found emergencies that round 27's tuning made quieter; each must be at least as loud as
before that tuning, and the look-alikes the tuning was for stay quiet where they still can."""

from __future__ import annotations

import pytest

from .safety_support import level


@pytest.mark.parametrize("line", [
    "nadie sabe que tomé todas las pastillas",  # "nobody knows I took all the pills": nadie negates the knowing
    "nadie sabe que me corté las venas",
    "on the 5th of december he got crushing chest pain and it hasnt stopped",  # a date is no past by itself
    "seizure aged 30, first one, now another one for 6 minutes",
    "her blood pressure is everywhere, now 60 over 30 and she is clammy",  # her own reading, not a family's illness
    "mums blood pressure is everywhere on the machine, 70/40 and dizzy",
    "poison control walked me through it but she swallowed a button battery",  # a battery always goes to the ER
    "poison control walked us through it, he drank some antifreeze",
])
def test_emergencies_the_tuning_had_quieted_are_urgent_again(line):
    assert level(line) == "emergency", line


def test_a_strangling_told_as_choking_the_life_out_is_at_least_asked():
    assert level("my ex choked the life out of me last night, i keep coughing and my neck is swollen") != "none"


@pytest.mark.parametrize("line", [
    "this job is choking the life out of me",
    "in my family diabetes is everywhere",
    "nadie tiene fiebre",
    "nobodys wheezing",
    "my granddaughter got into my pills on sunday, poison control said she would be fine, she is totally fine",
])
def test_what_the_tuning_was_for_stays_quiet(line):
    assert level(line) == "none", line
