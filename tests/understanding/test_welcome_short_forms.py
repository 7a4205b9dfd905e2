"""Who the decision is for, said short or in simple English (a fifth user trial, 2026-12-04:
"hello. me patient. i have hernia, doctor say need surgery" and "thats me, im Doug. the patient"
were not understood)."""

from __future__ import annotations

import pytest

from assistant.flow import default_flow
from assistant.understanding.read import read

WELCOME = default_flow().state("welcome")


@pytest.mark.parametrize("line", ["me patient", "hello. me patient. i have hernia, doctor say need surgery",
                                  "thats me, im Doug. the patient", "that is me", "patient me, doctor want operation"])
def test_the_patient_said_short_is_the_patient(line):
    reading = read(line, WELCOME)
    assert (reading.certainty, reading.value) == ("sure", "patient")


@pytest.mark.parametrize("line", ["the patient is my mom", "my husband is the patient, thats me helping",
                                  "not me, my dad is the patient"])
def test_someone_else_named_as_the_patient_is_not_read_as_me(line):
    assert read(line, WELCOME).value != "patient"
