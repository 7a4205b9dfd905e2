"""The insurance named is not the insurance asking for a second opinion (insurance_named.py; a lead's walk in plain
mode, 2026-12-07: "medicare is her insurance" was stored as *The insurance asks for a second opinion*)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


@pytest.mark.parametrize("line, kept, unclear", [
    ("medicare is her insurance", [], "medicare is her insurance"),
    ("is the heart problem, she have the heart failure. medicare is her insurance", ["comorbidities"], "medicare is her insurance"),
    ("diabetes. her insurance is blue cross", ["comorbidities"], "her insurance is blue cross"),
])
def test_the_insurance_only_named_is_asked_about_not_picked(line, kept, unclear):
    r = reading("signs_more", line)
    assert (r.certainty, r.value or [], r.unclear) == ("unclear", kept, unclear)


def test_the_insurance_said_not_to_ask_is_left_out_with_the_rest_kept():
    r = reading("signs_more", "I have diabetes and the pressure. The insurance, Medicare, they dont ask nothing")
    assert (r.certainty, r.value) == ("sure", ["comorbidities"])


@pytest.mark.parametrize("line, picks", [
    ("the insurance", ["insurance_requires"]),
    ("insurance too", ["insurance_requires"]),
    ("1 and insurance", ["comorbidities", "insurance_requires"]),
    ("diabetes, and the insurance", ["comorbidities", "insurance_requires"]),
    ("insurance wants it", ["insurance_requires"]),
    ("her medicare plan requires it before the surgery", ["insurance_requires"]),
    ("My insurance, I have Medicaid now, they ask second opinion before operation", ["insurance_requires"]),
    ("2", ["insurance_requires"]),
])
def test_the_insurance_picked_or_said_to_ask_is_still_picked(line, picks):
    r = reading("signs_more", line)
    assert (r.certainty, r.value) == ("sure", picks)


def test_the_engine_keeps_the_rest_and_asks_about_the_insurance_part():
    engine = prepare("signs_more", "caregiver")
    turn = engine.respond("is the heart problem, she have the heart failure. medicare is her insurance")
    assert engine.state == "signs_more" and 'What did you mean by "medicare is her insurance"?' in turn.text
    engine.respond("that's all")
    assert engine.slots["signs_more"] == ["comorbidities"]
