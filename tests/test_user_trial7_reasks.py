"""User trial 7 (helper t13), findings 17, 19 and 20: a request to repeat is a request to repeat (and
the answer after it is kept), "just 1, dr kim her endo" is one doctor, "4. and a remark" keeps the 4.
Phrasings of our own beside the trial's."""

import pytest

from assistant.repeat_request import repeat_request
from tests.support import talk
from tests.understanding.reading_support import reading, stored

TO_TELL_DOCTOR = ["1", "whether to have surgery on my knee", "the doctor did not explain other options", "2", "1", "none", "none",
                  "2, 10", "none", "1", "1", "no", "ok", "none", "ok", "all", "skip", "2"]


@pytest.mark.parametrize("line", ["say again?", "WHAT?? SAY AGAIN.", "sorry, could you repeat that", "pardon?", "what was the question",
                                  "I didn't catch that", "come again?"])
def test_a_request_to_repeat_shows_the_question_again(line):
    engine, turns = talk([*TO_TELL_DOCTOR, line])
    turn = turns[-1]
    assert turn.state == "logistics_ask" and turn.kind == "reply"
    assert "question again" in turn.text and "cannot answer" not in turn.text
    assert turn.choices == turns[-2].choices  # the same question, its choices shown


@pytest.mark.parametrize("line, wanted", [
    ("WHAT?? SAY AGAIN. I WILL ASK HIM I GUESS", "will_ask"),
    ("pardon? 1", "will_ask"),
    ("sorry can you repeat that. already told him", "already"),
    ("come again? not ready yet", "not_yet"),
    ("say that again please... 3", "not_yet"),
])
def test_the_answer_after_a_request_to_repeat_is_read(line, wanted):
    engine, turns = talk([*TO_TELL_DOCTOR, line])
    turn = turns[-1]
    if turn.kind == "confirm":
        turn = engine.respond("yes")
    assert engine.slots.get("tell_doctor") == wanted


@pytest.mark.parametrize("line", ["repeat the scan", "what? the scans", "what do you mean", "again", "whats a sure test", "huh? i will ask",
                                  "sorry what is 4 meaning", "what? what is 4"])
def test_words_that_only_look_like_a_request_to_repeat_are_read_as_typed(line):
    assert repeat_request(line) is None


def test_no_repeat_is_asked_at_the_emergency_turn():
    engine, _ = talk(["1", "knee surgery", "skip", "2", "1", "none", "crushing chest pain right now"])
    turn = engine.respond("say again?")
    assert turn.state == "urgent_care" and "question again" not in turn.text


# ---- 19. A doctor named and then said who they are, with no comma, is one doctor


@pytest.mark.parametrize("line, wanted", [
    ("just 1, dr kim her endo at st lukes", "zero"),
    ("one, dr patel the surgeon", "zero"),
    ("only dr smith her cardiologist so far", "zero"),
    ("dr kim her endo and dr lee", "one_more"),
    ("dr lee my gp and dr shah", "one_more"),
    ("two, dr kim and her endo", "one_more"),
])
def test_a_doctor_named_with_his_role_is_one_person(line, wanted):
    result = reading("fit_opinions", line)
    assert result.value == wanted and not result.options, result


# ---- 20. Numbers and then a remark in a sentence of its own: the numbers are kept


@pytest.mark.parametrize("line, picks", [
    ("4. and my GP isn't a specialist obviously but the gynae is", ["dismissed"]),
    ("1 and 4. my GP isnt a specialist but the surgeon is", ["comorbidities", "dismissed"]),
    ("2. the GP isn't a specialist, but the surgeon is", ["insurance_requires"]),
    ("5. my first doctor is not a specialist but the second one is", ["experimental"]),
    ("1, 2. the nurse wasn't sure but the doctor was", ["comorbidities", "insurance_requires"]),
])
def test_numbers_then_a_remark_keeps_the_numbers_and_the_remark(line, picks):
    result = reading("signs_more", line)
    assert stored(result) and result.value == picks
    assert result.note  # the remark kept for the plan


@pytest.mark.parametrize("line", ["my GP isn't a specialist but the gynae is", "the GP isn't a specialist, but the surgeon is"])
def test_the_remark_alone_is_still_asked_about(line):
    assert not stored(reading("signs_more", line))
