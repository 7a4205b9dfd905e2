"""Answers that should be asked about, never stored (helper u26a, issue 11 "never a silent misread"): a level of
sureness taken back in the next clause ("sure but then ..."), "they did not say" beside a sureness shown; a doctor
who operates or implants said not to be a surgeon; one plan first, "then surgery if ..."; a bare "3rd" where the
third choice and a third opinion are both near; a count on the condition "if one counts ...". Each beside clear
answers of the same question, which keep their reading at once (no new re-asks). Wordings are this file's own."""

from __future__ import annotations

import pytest

from assistant.understanding import SURE, UNCLEAR
from benchmarks.understanding import prepare

from .reading_support import pick, picks, reading


def _not_stored(state, line):
    """Nothing stored: the engine stays at the question, asks again or offers its reading back for a Yes."""
    got = reading(state, line)
    assert got.certainty != SURE
    e = prepare(state, "patient")
    slot = e.flow.state(state).slot
    before = e.slots.get(slot)
    turn = e.respond(line)
    assert e.state == state and e.slots.get(slot) == before
    assert turn.kind in ("reask", "confirm", "reply") and turn.text  # a reply: "pick only the ones you are sure of"
    return turn


def _asked(state, line):
    """Nothing stored: the engine stays at the question and asks again, saying what it needs."""
    assert reading(state, line).certainty == UNCLEAR
    turn = _not_stored(state, line)
    assert turn.kind == "reask"
    return turn


# --- a sureness said, then taken back or doubted (never_silent.yaml `together`, the confidence questions) ---

@pytest.mark.parametrize("state", ["compare_one_confidence", "compare_two_confidence"])
@pytest.mark.parametrize("line", [
    "he was very sure but then he said let's wait and see",
    "pretty confident, but then she booked another biopsy",
    "sure?? but then he wanted to talk to the tumour board",
    "he didn't say so but he sure sounded it",
    "she never gave a number, but she wasn't hesitant either",
    "did not say how sure, but wanted a repeat scan before anything",
])
def test_a_sureness_taken_back_is_never_stored(state, line):
    _not_stored(state, line)


@pytest.mark.parametrize("line, want", [
    ("very sure", "sure"),
    ("fairly sure but not 100%", "fairly"),
    ("pretty confident, though he hedged a little", "fairly"),
    ("she didn't say", "not_said"),
    ("he explained a lot, but said nothing about how sure", "not_said"),
    ("didn't say, just handed me a leaflet", "not_said"),
])
def test_a_plain_sureness_is_kept_at_once(line, want):
    assert pick("compare_one_confidence", line) == want
    assert pick("compare_two_confidence", line) == want


# --- a doctor who operates, said not to be a surgeon (the field questions) ---

@pytest.mark.parametrize("state", ["compare_one_field", "compare_two_field"])
@pytest.mark.parametrize("line", [
    "a vascular radiologist, she would perform the embolisation but she is not a surgeon",
    "He implants pacemakers, but he's not a surgeon exactly",
    "cardiologist. not a surgeon but he operate on the valve?",
])
def test_an_operating_doctor_said_not_a_surgeon_is_asked(state, line):
    turn = _asked(state, line)
    assert "surgeon" in turn.text


@pytest.mark.parametrize("line, want", [
    ("a cardiologist, not a surgeon", "specialist"),
    ("kidney doctor, not a surgeon, he does not perform operations", "specialist"),
    ("the urologist, he does the operations himself", "surgeon"),
    ("a rheumatologist, she doesn't operate", "specialist"),
])
def test_a_plain_field_is_kept_at_once(line, want):
    assert pick("compare_one_field", line) == want
    assert pick("compare_two_field", line) == want


# --- one plan first, then surgery on a condition (the treatment questions) ---

@pytest.mark.parametrize("state", ["compare_one_treatment", "compare_two_treatment"])
@pytest.mark.parametrize("line", [
    "physio first, then the operation if the knee keeps giving way",
    "injections first and then surgery if the pain comes back",
    "a splint 1st, then surgery if it isn't straighter by spring",
])
def test_a_plan_then_surgery_on_a_condition_is_asked(state, line):
    turn = _asked(state, line)
    assert "advise" in turn.text


@pytest.mark.parametrize("line, want", [
    ("tablets first, surgery later if they don't work", "medicine"),
    ("more scans first", "tests"),
    ("watch and wait", "watch"),
])
def test_a_plain_plan_is_kept_at_once(line, want):
    assert pick("compare_one_treatment", line) == want


# --- "3rd" alone where two opinions differ: choice 3 or a third opinion? ---

@pytest.mark.parametrize("line", ["3rd", "the 3rd one", "3rd pls"])
def test_a_bare_third_is_asked(line):
    turn = _asked("fit_two_opinions", line)
    assert "third opinion" in turn.text


@pytest.mark.parametrize("line, want", [
    ("3rd opinion please", "third"), ("plan a 3rd", "third"), ("3", "agree"), ("third", "third"),
    ("3rd, they say opposite things", "third"),
])
def test_a_plain_third_is_kept_at_once(line, want):
    assert pick("fit_two_opinions", line) == want


# --- a count on the formal condition "if one counts ..." (unsafe.yaml if_counted) ---

@pytest.mark.parametrize("state, line", [
    ("fit_opinions", "Two, if one counts the nurse who examined me."),
    ("compare_first", "Two, if one includes my family doctor."),
    ("compare_first", "three, if one counts the registrar"),
])
def test_a_count_if_one_counts_is_asked(state, line):
    _asked(state, line)


@pytest.mark.parametrize("state, line, want", [
    ("compare_first", "Four, if one includes my general practitioner.", "three_plus"),  # three or four: the same choice
    ("compare_first", "two, counting the first one", "two"),
    ("fit_opinions", "Two, if one counts my own GP.", "one_more"),  # the person's own doctor, counted in
    ("fit_opinions", "two doctors", "one_more"),
])
def test_a_plain_count_is_kept_at_once(state, line, want):
    assert pick(state, line) == want


# --- "not a specialist" beside a doubt of it or a referral on (signs_more) ---

@pytest.mark.parametrize("line", [
    "not sure if the doctor back home is a specialist, he is an internist",
    "my GP is no heart doctor, but he sent me to the surgeon",
    "the clinic doc isnt a hand guy, he referred me to the ortho",
    "idk if our pediatrician is a specialist for this",
    "not sure if her doctor in Kyiv is specialist, he is 'terapevt'",
])
def test_not_a_specialist_doubted_or_sent_on_is_never_stored(line):
    _not_stored("signs_more", line)


@pytest.mark.parametrize("line, want", [
    ("my GP is handling it, not a specialist", {"not_specialist"}),
    ("the doctor is general, not a specialist, and I have diabetes", {"not_specialist", "comorbidities"}),
    ("my doc is a regular ortho not a spine guy", {"not_specialist"}),
])
def test_a_plain_not_a_specialist_is_kept_at_once(line, want):
    assert picks("signs_more", line) == want


# --- "already told" beside a doubt it was heard, a proper asking still to come, or one doctor left out (logistics_ask) ---

@pytest.mark.parametrize("line", [
    "my sister mentioned it in passing, not sure he took it in",
    "I mentioned it briefly, and I'm going to put it to him properly in a letter",
    "I told the nurse already, but the surgeon not",
    "told her already, but not the surgeon",
])
def test_already_told_but_doubted_is_asked(line):
    _asked("logistics_ask", line)


@pytest.mark.parametrize("line, want", [
    ("yes I already told him", "already"),
    ("Already did, she said fine", "already"),
    ("I'll ask him next week", "will_ask"),
])
def test_a_plain_already_told_is_kept_at_once(line, want):
    assert pick("logistics_ask", line) == want
