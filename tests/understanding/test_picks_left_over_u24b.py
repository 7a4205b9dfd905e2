"""Several picks with a part left over (brief u24b, issue 11): keep what was understood, ask only about the rest.

- "2 and 10. 8 if there are more options, idk": the conditional pick is quoted with its number (hedging._named_before).
- "1, 2 and 4 because the hospital has the rest": the place that holds the rest is no pick (holds_rest.py).
- "kinda timing" where the two opinions differ: the softened pick is offered back (third_thoughts.softened_pick).
"""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


@pytest.mark.parametrize("line", [
    "2 and 10. 8 if there are more options, idk",
    "2 and 10, 8 if there are more options idk",
    "2 and 10. 8 if there are more options",
    "2 and 10. and 8 if there are more options, idk",
])
def test_the_conditional_pick_is_quoted_with_its_number_and_the_plain_picks_kept(line):
    engine = prepare("signs", "caregiver")
    turn = engine.respond(line)
    assert turn.kind == "reask" and engine.state == "signs"
    assert turn.text.startswith('I got 2 and 10. What did you mean by "8 if there are more options"?')


@pytest.mark.parametrize("line", [
    "2 and 10. 8 if there are more options, i dont know",
    "2 n 10. 8 if theres more options idk",
])
def test_other_wordings_of_the_conditional_pick_still_quote_the_8(line):
    turn = prepare("signs", "caregiver").respond(line)
    assert turn.text.startswith('I got 2 and 10. What did you mean by "8 if there')


def test_a_pick_doubted_in_its_own_words_is_quoted_as_before():
    turn = prepare("signs", "caregiver").respond("1 and 3, maybe 8 if there are other options")
    assert 'You said "maybe 8"' in turn.text


@pytest.mark.parametrize("line, kept", [
    ("1, 2 and 4 because the hospital has the rest", ["imaging", "pathology", "labs"]),
    ("1, 2 and 4, the hospital has the rest", ["imaging", "pathology", "labs"]),
    ("scans and labs, the hospital has everything else", ["imaging", "labs"]),
    ("1 2 4 cuz the hospital's got the rest", ["imaging", "pathology", "labs"]),
])
def test_the_place_that_holds_the_rest_is_no_pick(line, kept):
    engine = prepare("records", "caregiver")
    turn = engine.respond(line)
    assert engine.slots["records_exist"] == kept
    assert "Hospital discharge papers" not in turn.text and "papers" not in turn.text.split("If that is not right")[0]


@pytest.mark.parametrize("line, kept", [
    ("the hospital papers and 2", ["discharge_summaries", "pathology"]),   # the papers named: still picked
    ("6, the hospital has the rest", ["discharge_summaries"]),              # picked by number
])
def test_the_hospital_papers_named_as_a_pick_are_still_kept(line, kept):
    engine = prepare("records", "caregiver")
    engine.respond(line)
    assert engine.slots["records_exist"] == kept


@pytest.mark.parametrize("line, offered", [
    ("kinda timing", "How soon to act"),
    ("kinda the timing", "How soon to act"),
    ("kinda the stage", "How serious or how far along it is (the stage)"),
])
def test_a_softened_pick_where_the_opinions_differ_is_offered_back(line, offered):
    engine = prepare("compare_differs", "patient")
    turn = engine.respond(line)
    assert turn.kind == "confirm" and offered in turn.text
    assert "compare_differs" not in engine.slots
    turn = engine.respond("yes")
    assert engine.slots["compare_differs"] == ["urgency" if "timing" in line else "stage"]


def test_a_softened_pick_elsewhere_is_still_asked():
    engine = prepare("logistics_insurer", "patient")
    turn = engine.respond("kinda know the list")
    assert turn.kind == "reask" and "insurer_needs" not in engine.slots


@pytest.mark.parametrize("line, kept", [
    ("the plan. also one was way nicer to me lol", ["treatment"]),
    ("1 and 4. one seemed in more of a hurry", ["diagnosis", "treatment"]),
])
def test_one_told_of_as_a_doctor_is_no_pick_and_is_asked_about(line, kept):
    engine = prepare("compare_differs", "patient")
    turn = engine.respond(line)
    assert turn.kind == "reask" and "compare_differs" not in engine.slots
    # the part about a doctor quoted and asked about (helper u25b's beside_parts words it: "You also said "one ...": that is
    # not one of the parts listed here"), never read as a pick
    assert '"one ' in turn.text and "diagnosis" not in turn.text.split('"one ')[0]
    engine.respond("that's all")
    assert engine.slots["compare_differs"] == kept


@pytest.mark.parametrize("line, kept", [("one", ["diagnosis"]), ("one and four", ["diagnosis", "treatment"])])
def test_one_said_as_a_number_is_still_choice_1(line, kept):
    engine = prepare("compare_differs", "patient")
    engine.respond(line)
    assert engine.slots["compare_differs"] == kept
