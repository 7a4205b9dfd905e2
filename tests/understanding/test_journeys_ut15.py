"""Findings from whole journeys tried in tmux as new users would (helper ut15, 2026-12-06): a mother for her
daughter's insulin pump, a woman whose blood pressure pill works, and more. Each fails without its fix; the
look-alikes beside them must not change."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _turn(state: str, line: str, role: str = "patient"):
    engine = prepare(state, role)
    turn = engine.respond(line)
    return engine, turn


# --- a mother: "a visit where they explain the pump properly would help us more than a new doctor" --------------

@pytest.mark.parametrize("line", [
    "honestly I think a visit where they explain the pump properly would help us more than a new doctor",
    "would help us more than a new doctor",
    "a talk with her nurse is better than a new doctor",
])
def test_the_choice_put_aside_by_more_than_is_never_the_answer(line):
    engine, turn = _turn("fit", line, "caregiver")
    assert engine.slots.get("fit_choice") is None
    assert turn.state == "fit" and "Plan a second opinion*?" not in turn.markdown


def test_both_named_the_one_before_more_than_is_the_answer():
    engine, _ = _turn("fit", "a patient advocate would do more than a new doctor", "caregiver")
    assert engine.slots.get("fit_choice") == "alternative"


@pytest.mark.parametrize("line, choice", [
    ("a new doctor", "second_opinion"),
    ("I want a new doctor more than anything", "second_opinion"),
    ("keep the plan", "keep_plan"),
])
def test_a_choice_said_plainly_is_still_read(line, choice):
    engine, _ = _turn("fit", line)
    assert engine.slots.get("fit_choice") == choice


# --- a woman whose pill works: "ok I will keep going with what my GP says" --------------------------------------

@pytest.mark.parametrize("line, choice", [
    ("ok I will keep going with what my GP says", "keep_plan"),
    ("yes I will keep going with what my GP says", "keep_plan"),
    ("ok I will try another way first", "alternative"),
    ("no I want a second opinion", "second_opinion"),
])
def test_an_opening_ok_yes_or_no_is_not_the_answer_when_the_words_after_it_are(line, choice):
    engine, _ = _turn("fit", line)
    assert engine.slots.get("fit_choice") == choice


@pytest.mark.parametrize("state, line, slot, value", [
    ("fit", "yes, plan a second opinion please", "fit_choice", "second_opinion"),
    ("fit", "no, keep the plan", "fit_choice", "keep_plan"),
    ("timing_tests", "no more tests, they said the plan is final", "tests_pending", "no"),
])
def test_an_opener_that_is_the_answer_still_is(state, line, slot, value):
    engine, _ = _turn(state, line)
    assert engine.slots.get(slot) == value


def test_ok_alone_is_still_asked():
    engine, turn = _turn("fit", "ok")
    assert engine.slots.get("fit_choice") is None


# --- the same woman: she kept the current plan, the plan told her to "try another way" ---------------------------

def _plan_after(choice: str):
    engine = prepare("fit", "patient")
    turn = None
    for line in [choice, "1, 3, 5", "skip", "ok", "none"]:
        turn = engine.respond(line)
        if turn.state == "fit_alternatives":
            turn = engine.respond("a written plan")
    assert turn.state == "summary"
    return engine, turn.markdown.replace("\\", "")


def test_keeping_the_plan_is_what_the_plan_says():
    engine, text = _plan_after("keep the plan")
    assert "You chose to keep the current plan for now" in text
    assert "Try another way to get clear answers first" not in text


def test_another_way_first_is_still_said():
    _, text = _plan_after("another way first")
    assert "Try another way to get clear answers first" in text


@pytest.mark.parametrize("choice, said", [
    ("keep the plan", "You chose to keep the current plan for now"),
    ("another way first", "Try another way to get clear answers first"),
])
def test_the_printed_plan_says_what_was_chosen(choice, said):
    from assistant.transcripts import export

    engine, _ = _plan_after(choice)
    redactor = type("Off", (), {"enabled": False, "text": staticmethod(lambda t: t)})()
    section = export._plan_section(engine.plan(), redactor, planned=True, slots=engine.slots)
    assert said in section["timing"] and section["not_needed"]


# --- a son for his father: "I look after my father, he is 79" was asked about suicide at the welcome -------------

@pytest.mark.parametrize("line", [
    "I look after my father, he is 79",
    "I look after my mother, she is 82",
    "we look after my dad, he has dementia",
])
def test_a_caregiver_saying_whom_they_look_after_is_no_self_harm_sign(line):
    from assistant.safety.screening import screen

    assert screen(line).level == "none"
    engine, turn = _turn("welcome", line, "caregiver")
    assert not turn.urgent and "suicide" not in turn.markdown.lower()
    assert engine.slots.get("role") == "caregiver"


@pytest.mark.parametrize("line", [
    "please look after my kids, i love you",
    "im sorry, look after my kids",
    "look after my dog for me",
])
def test_a_farewell_asking_others_to_look_after_still_asks(line):
    from assistant.safety.screening import screen

    assert screen(line).level != "none"


# --- the same son: "yes, let's get a second opinion" kept the note "Let's get a second opinion" -----------------

@pytest.mark.parametrize("line", ["yes, let's get a second opinion", "yes, we will get a second opinion", "ok, let's go for a second opinion please"])
def test_a_note_that_only_says_the_choice_again_is_not_kept(line):
    engine, turn = _turn("fit", line, "caregiver")
    assert engine.slots.get("fit_choice") == "second_opinion"
    assert "fit" not in (engine.slots.get("answer_notes") or {})


@pytest.mark.parametrize("line, note", [
    ("yes lets go for the second opinion, before the surgery", "Before the surgery"),
    ("yes, we will get a second opinion for my dad", "We will get a second opinion for my dad"),
])
def test_a_note_with_news_is_still_kept(line, note):
    engine, _ = _turn("fit", line, "caregiver")
    assert (engine.slots.get("answer_notes") or {}).get("fit") == note


# --- a wife writing for her husband: "..., because of cancer found in biopsy" offered as "Of cancer found in biopsy" --

def test_because_of_in_the_decision_is_why_the_doctor_offers_it_not_the_doubt():
    from assistant.understanding.reason_offer import reason_in

    assert reason_in("The doctor is proposing to make operation of the prostate, a removing of all prostate, because of "
                     "cancer found in biopsy. We must decide if to do this or other treatment like radiation.") is None


@pytest.mark.parametrize("decision, reason", [
    ("whether to have the lumpectomy, im unsure because the biopsy report isnt clear about the type", "The biopsy report isnt clear about the type"),
    ("whether to have chemo, im unsure because of the side effects", "The side effects"),
    ("surgery or not because the scan is unclear", "The scan is unclear"),
])
def test_a_doubt_said_with_the_decision_is_still_offered_whole(decision, reason):
    from assistant.understanding.reason_offer import reason_in

    assert reason_in(decision) == reason


# --- the same wife: "It is new diagnosis, the cancer is found in last month" stored as *In a few months or more* ----

@pytest.mark.parametrize("line", [
    "It is new diagnosis, the cancer is found in last month.",
    "diagnosed last month",
    "biopsy was 2 months ago",
    "since last month",
])
def test_a_time_gone_by_is_no_deadline(line):
    engine, turn = _turn("decision_when", line, "caregiver")
    assert engine.slots.get("deadline") is None and turn.state == "decision_when"
    assert "when something happened" in turn.markdown


@pytest.mark.parametrize("line, deadline", [
    ("next month", "weeks"),
    ("in about 3 weeks", "weeks"),
    ("a few months", "months"),
    ("surgery was 2 weeks ago, we need to decide in a month", "weeks"),
    ("they found it last week, he wants an answer in 2 weeks", "weeks"),
    ("the last week of january", "weeks"),
])
def test_a_time_to_come_is_still_read(line, deadline):
    engine, _ = _turn("decision_when", line, "caregiver")
    assert engine.slots.get("deadline") == deadline


# --- the same wife: "No, all tests are done." to "Did you mean *Plan a second opinion*?" stored *Try another way* ----

def _at_check():
    engine = prepare("fit", "caregiver")
    turn = engine.respond("We want to plan a second opinion, maybe with a doctor for radiation.")
    assert turn.kind == "confirm"
    return engine


def test_a_no_with_words_that_name_no_choice_is_the_no_alone():
    engine = _at_check()
    turn = engine.respond("No, all tests are done.")
    assert engine.slots.get("fit_choice") is None and turn.state == "fit"
    assert 'not "Plan a second opinion"' in turn.markdown.replace("\\", "")


@pytest.mark.parametrize("line, choice", [
    ("no, the other way first", "alternative"),
    ("no, keep the plan for now", "keep_plan"),
    ("yes", "second_opinion"),
])
def test_a_no_with_another_choice_or_a_yes_is_read_as_before(line, choice):
    engine = _at_check()
    engine.respond(line)
    assert engine.slots.get("fit_choice") == choice


# --- the same wife: "No, nothing from this." printed "About the signs: Nothing from this" ------------------------

@pytest.mark.parametrize("state", ["signs", "signs_more"])
def test_none_said_in_other_words_is_no_note(state):
    engine, _ = _turn(state, "No, nothing from this.", "caregiver")
    assert engine.slots.get(state if state != "signs_more" else "signs_more") is not None
    assert state not in (engine.slots.get("answer_notes") or {})


@pytest.mark.parametrize("state, line, note", [
    ("signs_more", "nothing from this, he is healthy otherwise", "nothing from this, he is healthy otherwise"),
    ("signs", "none really, its just that the two doctors dont agree", "Its just that the two doctors dont agree"),
])
def test_none_with_news_keeps_the_news(state, line, note):
    engine, _ = _turn(state, line, "caregiver")
    assert (engine.slots.get("answer_notes") or {}).get(state) == note


@pytest.mark.parametrize("line", ["no idea how many doctors he has seen"])
def test_no_idea_is_still_not_knowing(line):
    engine, turn = _turn("fit_opinions", line, "caregiver")
    assert engine.slots.get("fit_opinions") is None
    assert turn.kind == "reply" and "That is fine" in turn.markdown


@pytest.mark.parametrize("line", ["pins instead of a new hip", "vertebral body tethering, its like a cord on the spine instead of fusion"])
def test_what_is_put_in_place_of_a_choice_can_be_of_its_kind(line):
    engine, _ = _turn("compare_two_treatment", line)
    assert engine.slots.get("compare_two_treatment") == "surgery"
