"""Shapes from the lead's terminal walk of 2026-12-07 (thirtieth session): a son, texting, for his father (82) offered a
pacemaker he feels he does not need. Wordings of our own, each with look-alikes that must not change."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


# --- "cardiologist says pacemaker" at the welcome: a device put in is a procedure offered back --------------------------

@pytest.mark.parametrize("line, decision", [
    ("its for my dad hes 82, cardiologist says pacemaker but he feels fine mostly", "Whether to have the pacemaker"),
    ("my mom, the heart doctor said a stent", "Whether to have the stent"),
    ("for my husband, neurosurgeon says shunt", "Whether to have the shunt"),
    ("for my wife, the ENT says ear tubes, she's had like 7 ear infections this yr", "Whether to have the ear tubes"),
])
def test_a_device_said_at_the_welcome_is_offered_in_words_marked_as_mine(line, decision):
    engine = prepare("welcome", "caregiver")
    turn = engine.respond(line)
    assert engine.state == "decision_what" and turn.kind == "confirm"
    # the words are the assistant's, so they are not quoted as the person's own
    assert f'From what you said, I wrote "{decision}". Is that the decision?' in turn.text
    assert "You said" not in turn.text


def test_a_decision_typed_in_the_person_s_words_is_quoted_as_theirs():
    engine = prepare("welcome", "caregiver")
    turn = engine.respond("my dad is 82, cardiologist wants him to get a pacemaker")
    assert 'You said "Cardiologist wants him to get a pacemaker". Is that the decision?' in turn.text


@pytest.mark.parametrize("line", [
    "its for my dad, the pacemaker he already has is fine",  # a device he has, not one proposed
    "for my mom, she says she is tired",
    "for my dad, he wants answers",
    "for my wife, we want to avoid surgery",
    "my husband, the doctor wants to know more about the operation",
    "for my dad, the insurance wants proof of the procedure",  # review rv30
    "for my mom, surgeon wanted surgery but oncologist wants chemo",
])
def test_a_device_or_a_saying_not_proposed_is_not_offered(line):
    engine = prepare("welcome", "caregiver")
    turn = engine.respond(line)
    assert "Is that the decision?" not in turn.text


# --- "like i said the pacemaker thing": the pointer back is not part of the decision -------------------------------------

@pytest.mark.parametrize("line, kept", [
    ("like i said the pacemaker thing", "the pacemaker thing"),
    ("As I told you, whether to do the bypass", "whether to do the bypass"),
    ("like i mentioned the knee replacement", "the knee replacement"),
])
def test_a_pointer_back_is_cut_from_the_decision(line, kept):
    assert reading("decision_what", line).value == kept


@pytest.mark.parametrize("line", ["I like the surgeon but not the plan", "as soon as possible, the surgery or not"])
def test_words_that_start_alike_stay(line):
    assert reading("decision_what", line).value == line


# --- "6, nothing like that. he gets a bit lightheaded ...": the number of "none" is not quoted back ----------------------

def test_the_number_of_none_is_not_quoted_with_the_symptom():
    engine = prepare("red_flags", "caregiver")
    turn = engine.respond("6, nothing like that. he gets a bit lightheaded standing up sometimes")
    assert engine.slots["red_flags"] == ["none"]
    assert 'You also told me: "he gets a bit lightheaded standing up sometimes".' in turn.text
    assert engine.slots["answer_notes"]["red_flags"] == "He gets a bit lightheaded standing up sometimes"


def test_a_but_before_the_symptom_is_not_quoted():
    engine = prepare("red_flags", "caregiver")
    turn = engine.respond("6. no, but his ankles are swollen")
    assert 'You also told me: "his ankles are swollen".' in turn.text


# --- "1, but we dont want to drag it out": the note is what was said after the link word --------------------------------

@pytest.mark.parametrize("state, line, note", [
    ("fit", "1, but we dont want to drag it out, he's 82", "We dont want to drag it out, he's 82"),
    ("fit_opinions", "just the cardiologist, well his regular doc sent him there", "His regular doc sent him there"),
])
def test_a_link_word_does_not_open_the_note(state, line, note):
    engine = prepare(state, "caregiver")
    engine.respond(line)
    assert engine.slots["answer_notes"][state] == note


# --- "the ekg readings mostly, ...": a test no choice names is asked about in its own words, not as one word ------------

@pytest.mark.parametrize("line, kept, quoted", [
    ("the ekg readings mostly, heart block they called it. and its a procedure so 3", ["surgery"], "the ekg readings mostly"),
    ("1 and 3, also the eeg", ["imaging", "surgery"], "the eeg"),
])
def test_an_unnamed_test_is_asked_about_in_its_clause(line, kept, quoted):
    result = reading("specialist_focus", line)
    assert result.value == kept and result.unclear == quoted
    engine = prepare("specialist_focus", "caregiver")
    turn = engine.respond(line)
    assert f'What did you mean by "{quoted}"?' in turn.text


# --- "2 and 10, also 8 cuz the ped and ENT disagree": a reason after a pick is one reason, not parts to ask about --------

@pytest.mark.parametrize("line, picks", [
    ("2 and 10, also 8 cuz the ped and ENT disagree", ["major_procedure", "peace_of_mind", "many_options"]),
    ("2, 8 since mom and dad disagree", ["major_procedure", "many_options"]),
    ("8 because the ENT and the ped disagree", ["many_options"]),
])
def test_a_reason_after_a_pick_is_not_asked_about(line, picks):
    result = reading("signs", line)
    assert result.certainty == "sure" and sorted(result.value) == sorted(picks)


@pytest.mark.parametrize("state, line, kept, unclear", [
    # the reason ends at the sentence, "also" or a number: what follows is read as the list again
    ("signs", "8 because they disagree. and the bit with the nurse", ["many_options"], "the bit with the nurse"),
    ("records", "the biopsy since the surgeon asked, also the thing from the dentist", ["pathology"], "the thing from the dentist"),
])
def test_what_follows_the_reason_is_still_asked_about(state, line, kept, unclear):
    result = reading(state, line)
    assert result.value == kept and unclear in result.unclear


def test_picks_named_inside_a_reason_are_still_read():
    assert sorted(reading("records", "the biopsy since the surgeon asked, and the scans").value) == ["imaging", "pathology"]


# --- "pretty sure about the infections, less sure about tubes": how sure of the problem, offered back -------------------

@pytest.mark.parametrize("line, value", [
    ("pretty sure about the infections, less sure about tubes", "fairly"),
    ("very sure it's ear infections, not sure tubes are needed", "sure"),
    ("not sure about the surgery, but very sure it is a torn ligament", "sure"),
])
def test_how_sure_of_the_problem_is_offered_when_the_treatment_is_doubted_apart(line, value):
    for state in ("compare_one_confidence", "compare_two_confidence"):
        engine = prepare(state, "caregiver")
        turn = engine.respond(line)
        assert turn.kind == "confirm" and engine.state == state  # offered back, never stored silently
        engine.respond("yes")
        assert engine.slots[state] == value
        assert engine.slots["answer_notes"][state]  # the part about the treatment is kept


@pytest.mark.parametrize("line", [
    "not sure what it is, but sure of the treatment",  # review rv30: offered as "They did not say"
    "sure it needs an operation, no idea what it is",
    "pretty sure about the infections, less sure about the timing",  # neither part is about the treatment
    "sure about the tubes, not sure about the surgery",  # both are
])
def test_two_degrees_without_one_treatment_part_are_not_offered(line):
    engine = prepare("compare_one_confidence", "caregiver")
    turn = engine.respond(line)
    assert turn.kind != "confirm" and "compare_one_confidence" not in engine.slots


# --- "5, the ENT never saw the notes. otherwise none": "otherwise none" is about the rest --------------------------------

@pytest.mark.parametrize("state, line, picks", [
    ("compare_context", "5, the ENT never saw the ped's notes. otherwise none", ["records"]),
    ("records", "the scans and the biopsy, besides that none", ["imaging", "pathology"]),
])
def test_otherwise_none_after_picks_keeps_the_picks(state, line, picks):
    result = reading(state, line)
    assert result.certainty == "sure" and sorted(result.value) == sorted(picks)


def test_none_alone_is_still_none():
    assert reading("compare_context", "none otherwise").value == ["none"]
