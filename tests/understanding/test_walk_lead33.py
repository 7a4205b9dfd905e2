"""Shapes from the lead's terminal walks of 2026-12-07 (thirty-third session): a boy of 15 with a broken arm, typing
himself in the window, offered pins. Wordings of our own, each with look-alikes that must not change."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


# --- a teen talked past: the doctor spoke only to the parent ------------------------------------------------------

@pytest.mark.parametrize("line", [
    "the doctor only talked to my mom not me",
    "he never talked to me, only to my parents",
    "doc only talked to my dad the whole time",
    "she didnt even look at me",  # was stored as "None of these" (a silent misread)
    "the surgeon didnt talk to me at all",
])
def test_a_doctor_who_spoke_only_to_the_parent_is_not_feeling_heard(line):
    r = reading("signs", line)
    assert (r.certainty, r.value) == ("sure", ["not_heard"])


@pytest.mark.parametrize("line", [
    "none, the doctor explained it well to me",
    "none, he talked to me and my mom",
    "none really, he did talk to me",
])
def test_a_doctor_who_did_talk_to_the_teen_is_still_none(line):
    r = reading("signs", line)
    assert (r.certainty, r.value) == ("sure", ["none"])


# --- a doctor named as a person of a kind of care: "the ER guy" -------------------------------------------------------

@pytest.mark.parametrize("line", [
    "the ER guy and then the bone surgeon who wants the pins",
    "the ER guy and the surgeon",
    "my heart lady and the surgeon",
    "the ortho guy and the er doc",
])
def test_a_doctor_called_the_er_guy_is_counted(line):
    r = reading("fit_opinions", line)
    assert r.value == "one_more" and r.certainty in ("sure", "likely")


@pytest.mark.parametrize("line", [
    "me and my wife",  # people, no doctor
    "the surgeon and a nice man at the front desk",  # a man, of no kind of care
])
def test_people_who_are_no_doctor_are_not_counted(line):
    r = reading("fit_opinions", line)
    assert r.value != "one_more"


# --- a pick, "but" and a question in one sentence: the pick is kept, the question goes on the list ---------------------

@pytest.mark.parametrize("line, kept, added", [
    ("1 but my mom has to say ok too right?", "second_opinion", "Who has to agree to this, and how can I have my say?"),
    ("1. does my mom have to agree?", "second_opinion", "Who has to agree to this, and how can I have my say?"),
    ("3 though do my parents need to sign the form?", "keep_plan", "Who has to agree to this, and how can I have my say?"),
    # the whole line read as likely (a confirm) before: the pick kept all the same (plain-mode walk, Spanish-tinged English)
    ("1 but the operation is next week, we have time?", "second_opinion", "The operation is next week, we have time?"),
])
def test_a_pick_then_but_and_a_question_keeps_the_pick(line, kept, added):
    engine = prepare("fit", "patient")
    turn = engine.respond(line)
    assert engine.slots["fit_choice"] == kept
    assert engine.slots["questions_added"] == [added]
    assert "I added it to your questions" in turn.text


@pytest.mark.parametrize("line", [
    "1, but is that ok?",  # the question points back at the pick: asked, nothing kept
    "2 but why?",
])
def test_a_question_about_the_pick_itself_is_still_asked(line):
    engine = prepare("fit", "patient")
    engine.respond(line)
    assert engine.state == "fit" and "fit_choice" not in engine.slots


# --- a test done, then "nothing else": no test is pending ------------------------------------------------------------

@pytest.mark.parametrize("line, note", [
    ("they did an xray already. nothing else i think", "They did an xray already"),  # was *Yes*
    ("they did the xray. nothing else", "They did the xray"),
    ("they did an xray, nothing else", "They did an xray"),
])
def test_a_test_done_and_nothing_else_is_no(line, note):
    r = reading("timing_tests", line)
    assert (r.certainty, r.value, r.note) == ("sure", "no", note)


@pytest.mark.parametrize("line", [
    "they did an xray. the mri is next week",
    "they did the xray. yes the ct next week",
])
def test_a_test_done_and_another_to_come_is_still_yes(line):
    r = reading("timing_tests", line)
    assert (r.certainty, r.value) == ("sure", "yes")


@pytest.mark.parametrize("line", ["does my mom have to say ok?", "do my parents need to give permission?", "does my husband have to sign anything?"])
def test_who_must_agree_is_answered_for_a_minor_and_an_adult(line):
    engine = prepare("records", "patient")
    turn = engine.respond(line)
    assert "under 18, a parent or guardian usually has to agree" in turn.text and "An adult decides for themself" in turn.text
    assert engine.state == "records"


# --- someone else will tell the doctor: "my mom will prob do the talking" ---------------------------------------------

@pytest.mark.parametrize("line", ["my mom will prob do the talking lol", "mom will handle it", "my dad does the talking"])
def test_a_parent_who_will_do_the_talking_is_will_ask(line):
    r = reading("logistics_ask", line)
    assert (r.certainty, r.value) == ("sure", "will_ask")


def test_nobody_doing_the_talking_is_not_will_ask():
    assert reading("logistics_ask", "no one will do the talking").value == "not_yet"


# --- a complaint about the doctor said with the decision is offered as what makes it hard ------------------------------
# (a lead's walk in plain mode, a daughter with Spanish-tinged English for her mother of 74)

@pytest.mark.parametrize("line, reason", [
    ("if she do the operation or no, the doctor is very fast and not explain", "The doctor is very fast and not explain"),
    ("surgery or not. the doctor did not explain anything", "The doctor did not explain anything"),
    ("whether to do the operation, the doctor rushed us", "The doctor rushed us"),
    ("whether to have the op, nobody explained the risks", "Nobody explained the risks"),
])
def test_a_complaint_after_the_decision_is_offered_at_what_makes_you_unsure(line, reason):
    engine = prepare("decision_what", "caregiver")
    turn = engine.respond(line)
    assert turn.kind == "confirm" and f'You said "{reason}". Keep that as what makes you unsure?' in turn.text
    assert "unsure_because" not in engine.slots  # never stored before the Yes
    engine.respond("yes")
    assert engine.slots["unsure_because"] == reason and engine.state == "decision_when"


@pytest.mark.parametrize("line", [
    "whether to have surgery, the doctor wants it next week",  # the proposal, not a doubt
    "whether to have chemo, they said it would help",
    "knee surgery, doctor says its needed",
])
def test_what_the_doctor_wants_or_said_is_not_offered_as_a_doubt(line):
    engine = prepare("decision_what", "caregiver")
    turn = engine.respond(line)
    assert turn.kind != "confirm" and engine.state == "decision_why"


# --- the choice number first, then the age in the same band (round 40 folded: "4 ..., she's 79" was a child of 4) -----

@pytest.mark.parametrize("line, band", [
    ("4 obv, she's my grandma lol, she's 79", "adult"),
    ("4, he is 80", "adult"),
    ("3, she is 15", "teen"),
])
def test_a_choice_number_then_an_age_of_its_band_is_that_band(line, band):
    r = reading("welcome_age", line)
    assert (r.certainty, r.value) == ("sure", band)


@pytest.mark.parametrize("line, offered", [("4 obv", "adult"), ("1 i guess", "baby")])
def test_a_bare_number_with_a_filler_is_offered_as_the_choice(line, offered):
    r = reading("welcome_age", line)
    assert (r.certainty, r.value) == ("likely", offered)


@pytest.mark.parametrize("line, band", [("2, she is 4", "child"), ("4 years old", "child"), ("2 lol", "child")])
def test_an_age_that_agrees_or_a_number_in_its_own_band_is_kept(line, band):
    assert reading("welcome_age", line).value == band


# --- questions about this app's privacy are answered by the app, never put on the doctor's list (round 40 folded) ------

@pytest.mark.parametrize("line", [
    "Before I pick anything: does what I type here go to my daughter's doctors, or does it stay on this laptop?",
    "does this go to my doctor?",
    "does what i type get sent anywhere?",
])
def test_a_question_about_where_the_words_go_is_answered_by_the_app(line):
    engine = prepare("welcome", "caregiver")
    turn = engine.respond(line)
    assert engine.state == "welcome" and "Everything you type stays on this computer" in turn.text
    assert not engine.slots.get("questions_added")


def test_a_lead_in_that_answers_is_still_kept_before_a_question():
    engine = prepare("records", "caregiver")
    engine.respond("the scans: do i need the actual images?")
    assert engine.slots["records_exist"] == ["imaging"]



@pytest.mark.parametrize("line", ["does it go away on its own?", "does this get worse if we wait?",
                                  "can the surgeon see the scans online?", "will the second doctor read this report again?",
                                  "do we need to go to the doctor before the surgery?", "is the biopsy confidential?"])
def test_a_question_about_care_gets_no_privacy_reply(line):
    # review rv33: the private topic's first words took these over
    engine = prepare("signs", "patient")
    assert "stays on this computer" not in engine.respond(line).text


# --- review rv33 mends -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["could you explain the second one?", "is it ok if i skip the first one?",
                                  "could we do the second opinion before the surgery date?"])
def test_a_question_at_the_order_is_no_order(line):
    engine = prepare("questions_order", "patient")
    engine.respond(line)
    assert engine.state == "questions_order" and not engine.slots.get("questions_order")


def test_a_pick_doubted_in_its_own_question_is_not_kept():
    engine = prepare("decision_when", "caregiver")
    engine.respond("1 but is 2 better for someone like her?")
    assert engine.slots.get("deadline") is None


def test_a_question_after_a_plain_no_at_the_emergency_check_goes_on():
    engine = prepare("urgent_care_check", "patient")
    engine.respond("no, but how do i know if its serious?")
    assert engine.state != "urgent_care_check"


@pytest.mark.parametrize("line", ["whether to have it, she was quick to say it would help",
                                  "whether to have surgery, the surgeon is busy until march"])
def test_a_doctor_quick_to_say_or_busy_until_is_no_complaint(line):
    from assistant.understanding.reason_offer import reason_in

    assert reason_in(line) is None
