"""User trial 7 (helper t13), findings 21, 22 and 27: plain words that ran into a choice ("strong
enough"), procedure notes named by the procedure ("laparoscopy notes"), and "that's all" at the end of
a line that answers "What did you mean by ...?". Phrasings of our own beside the trial's."""

import pytest

from tests.support import talk
from tests.understanding.reading_support import reading, stored

TO_SIGNS_MORE = ["1", "whether to have surgery on my knee", "the doctor did not explain other options", "2", "1", "none", "none", "2, 10"]


def _compare(state, line):
    from benchmarks.understanding import prepare

    engine = prepare(state, "compare")
    return engine._read(line)


@pytest.mark.parametrize("line, wanted", [
    ("open heart surgery to replace the valve, he said she is strong enough", "surgery"),
    ("surgery, she is strong enough", "surgery"),
    ("a new hip, he thinks dad is strong enough for it", "surgery"),
    ("knee replacement since I am strong enough now", "surgery"),
    ("chemo, he is strong enough for it", "strong"),
    ("the strong treatment", "strong"),
])
def test_strong_enough_says_how_fit_the_person_is_not_which_treatment(line, wanted):
    step = _compare("compare_one_treatment", line)
    assert step.action in ("store", "confirm") and step.reading.value == wanted, (step.action, step.reading)


@pytest.mark.parametrize("line, wanted", [
    ("ultrasound report, laparoscopy notes from 2022 with the biopsy, clinic letters", "procedure_notes"),
    ("laparoscopy notes", "procedure_notes"),
    ("notes from the scope", "procedure_notes"),
    ("the cath report and labs", "procedure_notes"),
    ("surgery notes and scans", "procedure_notes"),
    ("arthroscopy report from last year", "procedure_notes"),
])
def test_notes_named_by_their_procedure_are_procedure_notes(line, wanted):
    result = reading("records", line)
    assert stored(result) and wanted in result.value


@pytest.mark.parametrize("then, picks", [
    ("ITS A BLOOD THINNER. THATS ALL", ["comorbidities"]),
    ("its a blood thinner, thats it", ["comorbidities"]),
    ("he takes it daily. nothing else", ["comorbidities"]),
    ("and 4 too. that's all", ["comorbidities", "dismissed"]),
    ("for his heart. that is all", ["comorbidities"]),
])
def test_thats_all_at_the_end_of_the_answer_to_what_did_you_mean_finishes_the_list(then, picks):
    engine, turns = talk([*TO_SIGNS_MORE, "GOT SUGAR AND A BAD HEART. ON WARFARIN"])
    assert turns[-1].kind == "reask"
    turn = engine.respond(then)
    assert turn.state == "fit_opinions" and engine.slots["signs_more"] == picks
    assert "WARFARIN" in engine.slots["answer_notes"]["signs_more"]  # what was typed first is kept


@pytest.mark.parametrize("then", ["its a blood thinner", "the scans thats all"])
def test_without_a_finished_list_it_is_asked_as_before(then):
    engine, _ = talk([*TO_SIGNS_MORE, "GOT SUGAR AND A BAD HEART. ON WARFARIN"])
    turn = engine.respond(then)
    assert turn.state == "signs_more"
