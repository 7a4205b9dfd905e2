"""How sure a doctor seemed, told with the diagnosis, is offered back at "How sure did they seem?"
(a try in tmux, 2026-12-05: "he said its a slipped disc, he seemed pretty sure" was followed by the
question as if nothing had been said)."""

import pytest

from support import talk

TO_DIAGNOSIS = ["3", "2", "1", "whether to have back surgery", "3"]


def _after(diagnosis: str):
    engine, turns = talk([*TO_DIAGNOSIS, diagnosis])
    assert engine.state == "compare_one_confidence"
    return engine, turns[-1]


@pytest.mark.parametrize("diagnosis, said, choice", [
    ("he said its a slipped disc, he seemed pretty sure", "he seemed pretty sure", "Fairly sure"),
    ("slipped disc. she was very sure", "she was very sure", "Very sure"),
    ("a bulging disc but they werent sure and want an MRI", "they werent sure", "Not sure, and wanted more tests"),
])
def test_how_sure_told_with_the_diagnosis_is_offered_for_a_yes(diagnosis, said, choice):
    engine, turn = _after(diagnosis)
    assert turn.kind == "confirm" and list(turn.choices) == ["Yes", "No"]
    assert f'You said "{said}". Did you mean *{choice}*?' in turn.markdown
    assert "compare_one_confidence" not in engine.slots  # offered, not stored unasked
    engine.respond("yes")
    assert engine.state == "compare_one_treatment"
    assert engine.slots["compare_one_confidence"] == {"Fairly sure": "fairly", "Very sure": "sure"}.get(choice, "unsure")


def test_a_no_asks_the_question_plainly():
    engine, _ = _after("he said its a slipped disc, he seemed pretty sure")
    turn = engine.respond("no")
    assert engine.state == "compare_one_confidence" and "compare_one_confidence" not in engine.slots
    assert "How sure did they seem" in turn.markdown and turn.kind != "confirm"


@pytest.mark.parametrize("diagnosis", [
    "slipped disc",
    "im not sure what he called it, something with the disc",  # the person's own doubt, not the doctor's
    "not sure, i forgot the word",
])
def test_no_offer_when_the_line_says_nothing_of_how_sure_the_doctor_was(diagnosis):
    _, turn = _after(diagnosis)
    assert turn.kind != "confirm" and "You said" not in turn.markdown


def test_the_second_opinion_is_offered_its_own_not_the_firsts():
    engine, turns = talk([*TO_DIAGNOSIS, "slipped disc, he seemed pretty sure", "yes", "3", "the mri", "1",
                          "slipped disc, she was very sure"])
    assert engine.state == "compare_two_confidence" and engine.slots["compare_one_confidence"] == "fairly"
    assert 'You said "she was very sure". Did you mean *Very sure*?' in turns[-1].markdown
