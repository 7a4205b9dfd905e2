"""Pick-one answers understood the first time (helper u22b): a pick framed by "I think" at a question about one's own
plan, a treatment said to fail with how long it was tried or what shows it, the doctors' wish to fix (not the person's),
and a doctor's "she'd need" only with a test after it. Wordings of our own, and look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

_SLOTS = {"fit": "fit_choice", "fit_two_opinions": "two_opinions_next", "timing_tests": "tests_pending",
          "fit_decision_point": "decision_point", "decision_situation": "situation", "timing_seen": "seen_since_worse",
          "decision_worsening": "seen_since_worse"}


def _after(state: str, line: str, role: str = "patient"):
    engine = prepare(state, "compare" if state.startswith("compare_") else role)
    turn = engine.respond(line)
    return engine, turn


def _stored(engine, state):
    return engine.slots.get(_SLOTS.get(state, state))


# --- "I think" framing one's own plan: the pick, stored --------------------------------------------------------

@pytest.mark.parametrize("state, line, choice", [
    ("fit", "I think we'll go for the second opinion", "second_opinion"),
    ("fit", "i think ill just stay with the current plan for now", "keep_plan"),
    ("fit", "I believe we should try another way first", "alternative"),
    ("fit", "I guess keep the plan for now, money is tight", "keep_plan"),
    ("fit_two_opinions", "I think we should plan a third opinion, they are miles apart", "third"),
    ("fit_two_opinions", "I suppose compare them first", "compare"),
    ("timing_tests", "a repeat MRI next month i think", "yes"),
    ("timing_tests", "I believe the biopsy result is still pending", "yes"),
])
def test_a_pick_framed_by_i_think_is_stored(state, line, choice):
    engine, turn = _after(state, line)
    assert _stored(engine, state) == choice, turn.text
    assert turn.kind != "confirm"


@pytest.mark.parametrize("state, line", [
    ("fit", "I think keep the plan, maybe"),  # another doubt beside it
    ("fit", "I think we keep the plan but honestly I'm torn"),
    ("fit", "I think second opinion? not sure"),
    ("fit_two_opinions", "I think compare, or maybe a third"),
    ("timing_tests", "I think so? they mentioned an MRI"),
    ("timing_tests", "I believe there is a nerve test, though I am not certain"),
])
def test_i_think_beside_another_doubt_is_not_stored(state, line):
    engine, turn = _after(state, line)
    assert _stored(engine, state) is None, turn.text


@pytest.mark.parametrize("state, line", [
    ("timing_seen", "I think the doctor saw her, but I wasn't there"),  # what someone else did: not the person's own plan
    ("decision_worsening", "i think the clinic saw him but im not sure"),
])
def test_i_think_about_what_others_did_is_not_stored_as_yes(state, line):
    engine, turn = _after(state, line)
    assert _stored(engine, state) != "yes", turn.text


# --- A treatment failing, with how long it was tried or what shows it ------------------------------------------

@pytest.mark.parametrize("line", [
    "the immunotherapy stopped working after 6 months, the tumour grew",
    "his pills arent working anymore, the seizures did nothing but get worse for months",  # no: "worse" is another situation
])
def test_a_failing_treatment_with_a_growing_finding(line):
    engine, turn = _after("decision_situation", line)
    if "worse" in line:
        assert _stored(engine, "decision_situation") is None, turn.text
    else:
        assert _stored(engine, "decision_situation") == "treatment_failure", turn.text


@pytest.mark.parametrize("line", [
    "the infusions stopped working, new lesions on the mri after 3 yrs on ocrevus",
    "the drops did nothing for months, pressure still high",
    "my meds are not working, the spots came back",
])
def test_a_failing_treatment_with_its_evidence_is_the_treatment_failure(line):
    engine, turn = _after("decision_situation", line)
    assert _stored(engine, "decision_situation") == "treatment_failure", turn.text


@pytest.mark.parametrize("line", [
    "the meds stopped working so now they want to operate",  # a surgery offered beside it: asked
    "the chemo stopped working, maybe a new tumour?",
    "found a new tumour, not sure if the chemo is working",
])
def test_a_failing_treatment_beside_an_offer_or_a_doubt_is_asked(line):
    engine, turn = _after("decision_situation", line)
    assert _stored(engine, "decision_situation") is None, turn.text


# --- The doctors' wish to fix is a surgery offered; the person's own wish is not -------------------------------

def test_worse_every_day_and_our_wish_to_fix_it_is_worsening():
    engine, turn = _after("decision_situation", "the pain is worse every day, we want to fix it fast")
    assert _stored(engine, "decision_situation") == "worsening", turn.text


@pytest.mark.parametrize("line", [
    "its a hernia and they want to fix it, nothing urgent",
    "the surgeon wants to fix the valve",
    "he wants to fix the tendon, it is not an emergency",
])
def test_the_doctors_wish_to_fix_is_the_surgery(line):
    engine, turn = _after("decision_situation", line)
    assert _stored(engine, "decision_situation") == "surgery", turn.text


# --- "she'd need" at the doctor's confidence: a test wanted only with a test after it -------------------------

@pytest.mark.parametrize("state", ["compare_one_confidence", "compare_two_confidence"])
def test_very_sure_with_an_operation_needed_is_very_sure(state):
    engine, turn = _after(state, "very sure, shed need to operate within a month")
    assert engine.slots.get(state) == "sure", turn.text


@pytest.mark.parametrize("state", ["compare_one_confidence", "compare_two_confidence"])
@pytest.mark.parametrize("line", ["she said she'd need the MRI before she's sure", "he'd want a new scan first",
                                  "they'd need a biopsy before being certain"])
def test_a_test_needed_first_is_still_not_sure(state, line):
    engine, turn = _after(state, line)
    assert engine.slots.get(state) == "unsure", turn.text


# --- Seen by a doctor, and worse since: no doctor has checked since it got worse ------------------------------

@pytest.mark.parametrize("state", ["timing_seen", "decision_worsening"])
@pytest.mark.parametrize("line", [
    "the GP saw her three weeks ago but it got worse after that",
    "urgent care looked at it on friday, the swelling is worse since",
    "my neurologist saw me in the summer, but after that the headaches got more bad",
])
def test_a_visit_before_the_worsening_is_no(state, line):
    engine, turn = _after(state, line)
    assert engine.slots.get("seen_since_worse") == "no", turn.text


@pytest.mark.parametrize("state", ["timing_seen", "decision_worsening"])
@pytest.mark.parametrize("line, kept", [
    ("the doctor saw me yesterday after it got worse", "yes"),  # the visit came after the worsening
    ("we went in after it got worse, and it got better after that", "yes"),
    ("the GP saw her last week but maybe it is worse since, not sure", "not_sure"),  # a doubt: not sure, as before
    ("I saw the neuro 2 weeks ago but it got worse after that, does that count?", None),  # a question: a reply
])
def test_look_alikes_of_a_visit_before_the_worsening(state, line, kept):
    engine, turn = _after(state, line)
    assert engine.slots.get("seen_since_worse") == kept, turn.text
