"""Shapes from the lead's terminal walks of 2026-12-07 (thirty-second session), in the window: a father for his
daughter of 4, offered tonsil and adenoid surgery for loud snoring. Wordings of our own, each with look-alikes that
must not change."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


# --- a booked date after "they have her down for": when, not how long -----------------------------------------------

@pytest.mark.parametrize("line, date", [
    ("they have her down for jan 12 but we can push it i think", "2027-01-12"),
    ("they have it for jan 12", "2027-01-12"),
    ("we have him booked for the 20th", "2026-12-20"),
    ("she has been scheduled for dec 28", "2026-12-28"),
])
def test_a_day_booked_after_have_is_the_deadline(line, date):
    r = reading("decision_when", line)
    assert (r.certainty, r.value, r.date) == ("sure", "weeks", date)


# --- how long it has lasted is no deadline, even when its unit is a choice's word ("weeks") --------------------------

@pytest.mark.parametrize("line", [
    "ive had this for 3 weeks",
    "weve been waiting for 2 months",
    "she has had the snoring for a few weeks",
])
def test_how_long_it_has_lasted_is_asked_with_why(line):
    engine = prepare("decision_when", "caregiver")
    turn = engine.respond(line)
    assert engine.state == "decision_when" and engine.slots.get("deadline") is None
    assert "how long it has been going on, not by when the choice is due" in turn.text


@pytest.mark.parametrize("line, deadline", [
    ("ive had this for 3 weeks, they want an answer in 2 weeks", "weeks"),  # the time to come wins
    ("she has had it for a year, surgery is in march", "months"),
    ("in 3 weeks", "weeks"),
    ("we have 2 weeks to decide", "weeks"),
])
def test_a_time_to_come_beside_it_is_still_read(line, deadline):
    engine = prepare("decision_when", "caregiver")
    engine.respond(line)
    assert engine.slots.get("deadline") == deadline


# --- minutes counted beside picks: no choice number, never asked about --------------------------------------------

def test_minutes_beside_a_hedged_pick_leave_only_the_hedge_to_ask():
    r = reading("signs", "2 for sure, and 9 kinda, the ent was in and out in like 5 min and didnt really explain anythin")
    assert (r.certainty, r.value, r.unclear) == ("unclear", ["major_procedure"], "9 kinda")


@pytest.mark.parametrize("line", [
    "2 and 9, he saw her for 5 min",
    "2 and 9, he spent 10 minutes with us",
])
def test_minutes_told_beside_picks_are_no_pick(line):
    r = reading("signs", line)
    assert r.certainty == "sure" and r.value == ["major_procedure", "not_heard"], r


def test_a_number_without_a_unit_is_still_a_pick():
    assert reading("signs", "2 and 9 and 5").value == ["major_procedure", "not_heard", "vague_diagnosis"]


# --- a doctor who only sent the family on is no opinion --------------------------------------------------------------

@pytest.mark.parametrize("line, note", [
    ("just the ent so far, the pediatrician is the one who sent us to him", "The pediatrician is the one who sent us to him"),
    ("the ent, our gp sent us to him", "Our gp sent us to him"),
])
def test_a_doctor_who_only_referred_is_not_counted(line, note):
    engine = prepare("fit_opinions", "caregiver")
    turn = engine.respond(line)
    assert engine.slots.get("opinions_so_far") == "zero" and turn.kind != "confirm"
    assert engine.slots["answer_notes"]["fit_opinions"] == note


@pytest.mark.parametrize("line, count", [
    ("the ent and the pediatrician", "one_more"),        # two doctors named, no referral: two
    ("two, the gp sent us to both", "one_more"),         # the count said stands
    ("the surgeon and the oncologist, the gp referred us", "one_more"),
])
def test_counts_beside_a_referral_stand(line, count):
    assert reading("fit_opinions", line).value == count


# --- two questions of one's own after the picks: kept as typed, each its own question -------------------------------

@pytest.mark.parametrize("line, asked", [
    ("3 6 and 5. also can she try a cpap or allergy spray first, and what if the sleep study comes back normal?",
     "Can she try a cpap or allergy spray first? What if the sleep study comes back normal?"),
    ("2 4 7, is it safe for a kid and how long is recovery", "Is it safe for a kid? How long is recovery?"),
])
def test_own_questions_after_picks_are_kept_as_typed(line, asked):
    engine = prepare("questions", "caregiver")
    turn = engine.respond(line)
    assert engine.slots["questions_added"] == [asked]
    assert f'Ask your doctor: "{asked}"' in turn.text


def test_one_question_after_picks_is_unchanged():
    assert reading("questions", "1 5 6. and is he too old for this surgery").add_question == "Is he too old for this surgery?"


# --- a question first, then an answer of its own: the question answered, the answer kept ---------------------------

def test_picks_after_a_question_stay_ticked_and_the_question_is_answered():
    engine = prepare("records", "caregiver")
    turn = engine.respond("what counts as a visit note? we have the scans and the biopsy report")
    assert engine.pending is not None and engine.pending.kind == "partial"
    assert engine.pending.reading.value == ["imaging", "pathology"]
    assert 'Choice 3 is "Visit notes, with the current plan"' in turn.text and "I got 1 and 2." in turn.text
    engine.respond("3 too")
    assert engine.slots["records_exist"] == ["imaging", "pathology", "clinic_notes"]


@pytest.mark.parametrize("line", [
    "what counts as a visit note?",                          # a question alone: answered, nothing kept
    "does 2 count? none then",                               # none after the question: read afresh
    "is a CT a scan? sure? no.",                             # asked of oneself and answered
])
def test_a_question_with_no_answer_of_its_own_keeps_nothing(line):
    r = reading("records", line)
    assert not r.value


# --- a decision told at the welcome with a typo and an age "of age": offered back, not asked for again --------------

@pytest.mark.parametrize("line, offered", [
    ("It is for myself. I am 78 years of age and the orthopedic surgeon has recomended a total hip replacment.",
     "The orthopedic surgeon has recomended a total hip replacment"),
    ("for me, my doctor reccomended chemo", "My doctor reccomended chemo"),
])
def test_a_decision_told_at_the_welcome_with_a_typo_is_offered_back(line, offered):
    from support import talk

    engine, turns = talk([line])
    assert engine.state == "decision_what" and turns[-1].kind == "confirm"
    assert f'You said "{offered}". Is that the decision?' in turns[-1].text


# --- a number said in words first, then a sentence naming another choice: the number is the answer ----------------

@pytest.mark.parametrize("line, note", [
    ("Number one. I have had the arthritis for ten years.", "I have had the arthritis for ten years"),
    ("the first one. I have had the arthritis for ten years.", "I have had the arthritis for ten years"),
    ("first one. 4 years of pain", "4 years of pain"),
])
def test_a_number_in_words_first_is_the_answer_and_the_rest_its_note(line, note):
    r = reading("decision_situation", line)
    assert (r.certainty, r.value, r.note) == ("sure", "surgery", note)


@pytest.mark.parametrize("line", ["3, 5", "3. 5 too", "the first one, or maybe the long time one"])
def test_two_choices_said_are_still_asked(line):
    assert reading("decision_situation", line).certainty != "sure"


# --- an answer held back in its last words ("2... no wait"): asked, never stored ------------------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_situation", "2... no wait"),
    ("decision_situation", "2 wait"),
    ("decision_situation", "2. hold on"),
    ("decision_situation", "2 actually no"),
    ("decision_situation", "3 hmm wait"),
    ("timing_tests", "yes wait"),
])
def test_an_answer_held_back_at_the_end_is_asked(state, line):
    engine = prepare(state, "caregiver")
    turn = engine.respond(line)
    assert engine.state == state and turn.kind == "reask" and "which one did you mean?" in turn.text


@pytest.mark.parametrize("state, line, value", [
    ("timing_tests", "no, we wait", "no"),              # waiting is what they do
    ("timing_tests", "no, we will wait", "no"),
    ("decision_situation", "2, wait for results", "new_diagnosis"),
    ("logistics_ask", "ill ask, actually", "will_ask"),
    ("decision_situation", "surgery, actually", "surgery"),
])
def test_wait_as_the_answer_or_actually_as_emphasis_is_read_as_before(state, line, value):
    r = reading(state, line)
    assert (r.certainty, r.value) == ("sure", value)


# --- "the last" beside another pick, where the list ends with "None of these": asked, as before (review rv32: "first
# and last" is labelled "ask" in nine folded rounds) ----------------------------------------------------------------

@pytest.mark.parametrize("line", ["2 and the last", "the first and the last"])
def test_the_last_beside_a_pick_is_asked(line):
    assert reading("signs", line).certainty != "sure"


def test_the_last_alone_is_the_last_as_shown():
    assert reading("signs", "the last one").value == ["none"]



# --- Enter alone at a Yes/No check: the check asked again, the offer kept -------------------------------------------

def test_enter_alone_at_a_check_keeps_the_offer():
    engine = prepare("timing_tests", "patient")
    assert engine.respond("Not that I am aware of.").kind == "confirm"
    turn = engine.respond("")
    assert turn.kind == "confirm" and engine.state == "timing_tests"
    assert turn.text.startswith("I did not get an answer. Please type Yes or No.") and "Did you mean No?" in turn.text
    engine.respond("yes")
    assert engine.slots["tests_pending"] == "no"
