"""Never store what was not clearly said, and read more pick-one answers the first time (helper u21b): a test wanted
before the doctor is sure, "both" at the comparison's values, a finding told with the operation by its verb, a
question of one's own joined to the picks at the list of questions, one list of doubt words. Wordings of our own,
and look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _after(state: str, line: str, role: str = "patient"):
    engine = prepare(state, "compare" if state.startswith("compare_") else role)
    turn = engine.respond(line)
    return engine, turn


def _kept_or_offered(engine, turn, slot):
    if slot in engine.slots:
        return engine.slots[slot]
    return engine.pending.reading.value if turn.kind == "confirm" and engine.pending is not None else None


# --- How sure was the doctor? A test wanted first, and "sure" as what the test is for --------------------------

@pytest.mark.parametrize("state", ["compare_one_confidence", "compare_two_confidence"])
@pytest.mark.parametrize("line", [
    "he wants a repeat CT in 6 weeks to be sure",
    "she said she'd need the biopsy back before she's sure",
    "they'd need an angiogram before being certain",
    "wanted another scope first to be sure",
    "she wants a PET scan first to be certain",
    "he said he would want a scan first to be sure",  # was asked (test_round27_misreads); the rounds mark it Not sure
    "he wants another scan before being confident",  # was asked (test_round21_misreads); round 21 marks it Not sure
])
def test_a_test_wanted_before_being_sure_is_not_sure(state, line):
    engine, turn = _after(state, line)
    assert _kept_or_offered(engine, turn, state) == "unsure"


@pytest.mark.parametrize("line", [
    "pretty sure, but he'd like a repeat MRI before we commit to surgery",
    "fairly confident, but she wants to review the slides herself before being definite",
])
def test_a_degree_of_sure_beside_a_test_wanted_first_is_not_stored(line):
    engine, turn = _after("compare_one_confidence", line)
    assert "compare_one_confidence" not in engine.slots  # two readings: which one is the person's, asked


@pytest.mark.parametrize("line, want", [
    ("very sure", "sure"),
    ("he seemed completely sure of it", "sure"),
    ("pretty sure", "fairly"),
    ("She did not give a number. She said she needed the blood test result first.", "unsure"),  # a "give" said beside: no change
    ("she was totally sure, no more tests needed", "sure"),
])
def test_plain_degrees_of_sure_keep_their_reading(line, want):
    engine, turn = _after("compare_one_confidence", line)
    assert _kept_or_offered(engine, turn, "compare_one_confidence") == want


def test_a_plan_wanted_is_no_test_wanted():
    engine, turn = _after("compare_two_confidence", "She said she was fairly certain but she wanted to see how he does on the pills first")
    assert _kept_or_offered(engine, turn, "compare_two_confidence") == "fairly"


# --- Which matters more? "both" is no doubt, wanting both is asked ---------------------------------------------

@pytest.mark.parametrize("line", ["both", "both lmao", "I want both! the strong one and no side effects",
                                  "the gentler one ideally, but can we have both", "bothh have good pointss"])
def test_both_is_never_stored(line):
    engine, turn = _after("compare_values", line)
    assert "compare_values" not in engine.slots
    assert engine.state == "compare_values"


@pytest.mark.parametrize("line", [
    "I want the most done but I am scared of the side effects",
    "gentle, but it has to work",
    "the strong one i suppose, but im tired of side effects",
])
def test_two_plans_said_at_once_are_asked(line):
    engine, turn = _after("compare_values", line)
    assert "compare_values" not in engine.slots


@pytest.mark.parametrize("line, want", [
    ("both scare me, I cannot choose", "not_sure"),
    ("they both have a point and I have not settled it", "not_sure"),
    ("idk how to pick between the two", "not_sure"),  # a doubt about the two, the not-sure choice
    ("the gentle one, I need to keep working", "gentler"),  # work as a job, not "it has to work"
    ("the strong one", "more_now"),
    ("Best for my son. Strong one if it works", "more_now"),
    ("the gentle one. i have to work", "gentler"),
])
def test_plain_values_keep_their_reading(line, want):
    engine, turn = _after("compare_values", line)
    assert _kept_or_offered(engine, turn, "compare_values") == want


# --- Which best describes the situation? A finding, then the operation by its verb -------------------------------

@pytest.mark.parametrize("line", ["they found a cyst and want to take it out", "found a polyp on the scope, they want to take it out",
                                  "the scan showed a nodule and the surgeon wants to remove it"])
def test_a_finding_told_with_the_operation_by_its_verb_is_the_surgery(line):
    engine, turn = _after("decision_situation", line)
    assert _kept_or_offered(engine, turn, "situation") == "surgery"


@pytest.mark.parametrize("line", ["they found cancer in her bowel and want to take it out",
                                  "they found a lump, not sure what it is, they want to take it out"])
def test_a_disease_or_a_doubt_beside_the_operation_is_still_asked(line):
    engine, turn = _after("decision_situation", line)
    assert "situation" not in engine.slots


# --- The list of questions: picks, "and", a question of one's own ------------------------------------------------

@pytest.mark.parametrize("line, picks, asked", [
    ("1 3 5 and will she be able to walk after?", ["q1", "q3", "q5"], "Will she be able to walk after?"),
    ("2, 5 and 6 and how long is the hospital stay?", ["q2", "q5", "q6"], "How long is the hospital stay?"),
    ("2 4 6 and would he need rehab after?", ["q2", "q4", "q6"], "Would he need rehab after?"),
    ("1 5 8 and could we get it done closer to home?", ["q1", "q5", "q8"], "Could we get it done closer to home?"),
])
def test_a_question_joined_to_the_picks_is_kept_as_the_persons_own(line, picks, asked):
    engine, turn = _after("questions", line)
    assert engine.slots.get("questions_picked") == picks
    assert engine.slots.get("questions_added") == [asked]


def test_an_unmarked_question_joined_to_the_picks_is_asked_about():
    engine, turn = _after("questions", "2 4 6 and also how long until he can drive")
    assert not engine.slots.get("questions_added") and "how long until he can drive" in turn.text


@pytest.mark.parametrize("line, picks", [("1 3 and 5", ["q1", "q3", "q5"]),
                                         ("diagnosis and risks and what happens if we wait", ["q1", "q5", "q6"])])
def test_picks_joined_by_and_are_only_picks(line, picks):
    engine, turn = _after("questions", line)
    assert engine.slots.get("questions_picked") == picks
    assert not engine.slots.get("questions_added")


def test_a_joined_question_at_another_question_keeps_its_reading():
    engine, turn = _after("records", "the MRI and will they need the disc?")
    assert not engine.slots.get("questions_added") or "disc" not in " ".join(engine.slots["questions_added"]).lower() \
        or engine.slots.get("records") is None


# --- One list of doubt words ----------------------------------------------------------------------------------

def test_third_thoughts_reads_the_one_list_of_doubt_words():
    from assistant.understanding.doubt_words import doubt_words
    from assistant.understanding.third_thoughts import _OPENERS, words
    from assistant.understanding.datafile import read_words_file

    hedges = {p[0] for p in words()["part_hedges"] if len(p) == 1}
    assert doubt_words() <= hedges and doubt_words() <= _OPENERS
    own = read_words_file("third_thoughts.yaml")["part_hedges"]
    assert not set(map(str, own)) & doubt_words()  # no copy of the shared list left in third_thoughts.yaml


@pytest.mark.parametrize("line, kept", [("x-rays for sure, probs the labs too", ["scans"])])
def test_a_shared_doubt_word_doubts_a_part(line, kept):
    engine, turn = _after("records", line)
    assert engine.pending is not None and engine.pending.kind == "partial"


# --- Which matters more? Both plans named at once ---------------------------------------------------------------

@pytest.mark.parametrize("line", ["gentle, but it's gotta work", "the gentle one but it has to work",
                                  "do the most, but I'm afraid of the side effects"])
def test_both_plans_named_at_once_are_offered_never_stored(line):
    engine, turn = _after("compare_values", line)
    assert "compare_values" not in engine.slots
    assert "more than one" in turn.text


# --- Tests still to come: one said to change nothing is no such test -----------------------------------------

@pytest.mark.parametrize("line", ["only a routine blood test, it won't change anything", "a repeat x-ray but it will not change the plan",
                                  "cholesterol check. not change nothing", "bloods every 3 months, not for the plan"])
def test_a_test_said_to_change_nothing_is_no(line):
    engine, turn = _after("timing_tests", line)
    assert engine.slots.get("tests_pending") == "no"
    assert engine.slots.get("answer_notes", {}).get("timing_tests")  # what was said is kept beside it


@pytest.mark.parametrize("line, want", [
    ("yes, an MRI next week", "yes"),
    ("yes, the routine bloods are next week", "yes"),  # a yes said outright stands
    ("an MRI next week, it could change everything", "yes"),
    ("not that I know of", "no"),
])
def test_tests_to_come_keep_their_reading(line, want):
    engine, turn = _after("timing_tests", line)
    assert _kept_or_offered(engine, turn, "tests_pending") == want


@pytest.mark.parametrize("line", ["there's an x-ray, but I don't know if it would change anything", "routine scan? does that count",
                                  "a scan in 6 months but they said thats just routine", "bloodwork, but it won't change anything i think"])
def test_a_doubt_about_the_change_is_never_a_no(line):
    engine, turn = _after("timing_tests", line)
    assert engine.slots.get("tests_pending") != "no"
