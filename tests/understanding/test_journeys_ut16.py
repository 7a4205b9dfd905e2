"""Journey gaps the lead found walking plain mode in tmux as a caregiver (helper ut16, 2026-12-06). Each fails without its
fix; the look-alikes beside them must not change. The paste (item 1) is tests/test_plain_paste.py."""

from __future__ import annotations

import pytest

from assistant.engine import Engine
from benchmarks.understanding import prepare


def _turn(state: str, line: str, role: str = "caregiver"):
    engine = prepare(state, role)
    turn = engine.respond(line)
    return engine, turn


# --- 2. "keep that order" at the order question ----------------------------------------------------------------------

@pytest.mark.parametrize("line", ["keep that order", "leave it like that", "that order is fine", "as it is", "keep that order please",
                                  "lets stick with that order", "keep them the way they are", "ok keep it like that"])
def test_keeping_the_order_in_words_keeps_it_and_goes_on(line):
    engine, turn = _turn("questions_order", line)
    shown = prepare("questions_order", "caregiver").slots.get("questions") or None
    assert engine.state == "summary_sure" and turn.kind == "ask"
    assert "Your questions now start with" not in turn.text  # nothing moved, nothing to say back
    if shown:
        assert engine.slots["questions_order"][: len(shown)] == shown[: len(engine.slots["questions_order"])]


@pytest.mark.parametrize("line", ["keep 3 first", "keep that order but put 5 first", "keep the first two", "leave out 2"])
def test_keeping_with_a_change_is_not_read_as_keeping_all(line):
    from assistant.understanding.order_keep import judged_good
    from assistant.understanding.text import tokens

    assert not judged_good(tokens(line))


# --- 3. "no not right now, only when she walks far" at "Is this happening now?" ----------------------------------------

@pytest.mark.parametrize("line", ["no not right now, only when she walks far", "no, only when she walks far",
                                  "not right now, only when she climbs the stairs", "nope only if he walks up the hill"])
def test_a_no_with_when_it_comes_is_not_now_and_the_when_is_a_note(line):
    engine, turn = _turn("urgent_care_check", line)
    plain_no, _ = _turn("urgent_care_check", "no")
    assert engine.state == plain_no.state == "signs" and not turn.urgent  # on, as after a plain "no"
    assert "only" in (engine.slots.get("answer_notes") or {}).get("urgent_care_check", "").lower()  # when it comes: a note


@pytest.mark.parametrize("line", ["yes, only when she walks", "no, only when she walks, its happening now",
                                  "no, only when she walks? is that bad"])
def test_a_yes_or_a_sign_here_now_is_never_read_as_not_now(line):
    engine, _ = _turn("urgent_care_check", line)
    assert engine.state in ("urgent_care_check", "urgent_care")  # asked again, or the emergency turn: never on


# --- 4. "I know what matters to me, I think" at the SURE test --------------------------------------------------------

@pytest.mark.parametrize("state", ["decision_sure", "summary_sure"])
def test_a_soft_hedge_after_a_clear_statement_is_confirmed_not_asked_again(state):
    engine, turn = _turn(state, "I know what matters to me, I think")
    assert turn.kind == "confirm" and "I am clear which good and bad points matter most to me" in turn.text
    assert "did not understand" not in turn.text.lower() and '"i think"' not in turn.text.lower()
    engine.respond("yes")
    assert engine.slots.get("sure_before" if state == "decision_sure" else "sure_after") == ["values"]


# --- 5. the compare path, the plan's notes, a Continue turn ----------------------------------------------------------

@pytest.mark.parametrize("first", ["I already have a second opinion for my mother", "3, for my mother", "we have two opinions for my dad"])
def test_the_person_named_with_compare_at_the_welcome_is_not_asked_again(first):
    engine = Engine()
    engine.start()
    engine.respond(first)
    turn = engine.respond("2")
    assert turn.state == "compare_decision" and "who is this decision for" not in turn.text.lower()
    assert engine.slots.get("compare_for") == "caregiver" and engine.slots.get("who", "").startswith("my ")


@pytest.mark.parametrize("first", ["3", "I already have a second opinion"])
def test_with_nobody_named_at_the_welcome_who_it_is_for_is_still_asked(first):
    engine = Engine()
    engine.start()
    engine.respond(first)
    turn = engine.respond("2")
    assert turn.state == "compare_who" and turn.kind == "ask"


def test_a_deadline_note_inside_the_deadline_is_shown_once_in_the_plan():
    from assistant.rules import build_plan

    slots = {"deadline": "weeks", "deadline_text": "within a few weeks, her slot is on the 20th",
             "answer_notes": {"decision_when": "Her slot is on the 20th", "signs": "she is scared"}}
    notes = build_plan(slots, {})["said"]["notes"]
    assert "decision_when" not in notes and notes.get("signs") == "She is scared"  # another note stays


def test_a_note_of_one_word_inside_the_deadline_stays():
    from assistant.rules import build_plan

    slots = {"deadline": "weeks", "deadline_text": "within a few weeks", "answer_notes": {"signs": "weeks"}}
    assert build_plan(slots, {})["said"]["notes"].get("signs") == "Weeks"  # in the plan with a capital (u24b); a part of a line only with two words or more


@pytest.mark.parametrize("line", ["the procedure one, they advised the procedure", "the procedure one because a procedure was advised"])
def test_a_note_that_only_says_the_pick_again_is_not_kept(line):
    engine, turn = _turn("signs", line)
    assert engine.slots.get("signs") == ["major_procedure"]
    assert "signs" not in (engine.slots.get("answer_notes") or {}) and "kept your note" not in turn.text


@pytest.mark.parametrize("line", ["2 the procedure one (TAVI)", "the procedure one - TAVI was advised", "2 - the procedure one, she needs it soon"])
def test_a_note_with_something_new_is_kept_whole(line):
    engine, _ = _turn("signs", line)
    assert (engine.slots.get("answer_notes") or {}).get("signs") == line


@pytest.mark.parametrize("line", ["ok lets see the plan", "show me the plan", "whats next", "ok next step", "lets keep going", "what's next?"])
def test_asking_to_go_on_at_a_continue_turn_goes_on_with_no_note(line):
    engine, turn = _turn("specialist", line)
    assert engine.state == "records" and not (engine.slots.get("answer_notes") or {}).get("specialist")
    assert "kept your note" not in turn.text


@pytest.mark.parametrize("line", ["ok, she has a scan on the 14th", "show me the records she has"])
def test_a_remark_at_a_continue_turn_is_still_kept_and_said_back(line):
    engine, turn = _turn("specialist", line)
    assert (engine.slots.get("answer_notes") or {}).get("specialist") == line and "kept your note" in turn.text


def test_a_question_at_a_continue_turn_still_gets_a_reply_and_the_same_turn():
    engine, turn = _turn("specialist", "what does that mean")
    assert turn.kind == "reply" and engine.state == "specialist"


def test_a_line_at_a_continue_turn_is_screened_first():
    engine, turn = _turn("specialist", "ok next step, she has crushing chest pain right now")
    assert turn.urgent or engine.state.startswith("urgent")


# --- 6. TAVI: a heart valve team, not "a surgeon" ----------------------------------------------------------------------

def _who_to_see(decision: str, why: str) -> str:
    from support import path_to_summary, talk

    _, turns = talk(path_to_summary(situation="1", decision=decision, focus="3"))
    engine = prepare("specialist_focus", "caregiver")
    engine.slots.update({"decision": decision, "unsure_because": why, "situation": "surgery"})
    return engine.respond("3").text


@pytest.mark.parametrize("decision, why", [
    ("whether she should have TAVI for her aortic valve", "the cardiologist said open surgery is too risky at her age"),
    ("TAVR or open heart surgery", "the two doctors disagree"),
    ("whether to have a transcatheter valve", "not sure"),
])
def test_a_valve_through_a_catheter_names_a_heart_valve_team(decision, why):
    shown = _who_to_see(decision, why)
    assert "A heart valve team that does this procedure often" in shown
    assert "A surgeon who does this exact surgery often" not in shown


def test_a_valve_operation_without_a_catheter_still_names_a_surgeon():
    shown = _who_to_see("whether to have open heart surgery for her valve", "it is a big operation")
    assert "A surgeon who does this exact surgery often" in shown and "heart valve team" not in shown


def test_an_aortic_valve_is_no_aneurysm_but_an_aorta_is():
    from assistant.condition_signs import condition_signs

    assert condition_signs({"decision": "whether she should have TAVI for her aortic valve"}) == []
    assert condition_signs({"decision": "aortic stenosis, valve replacement"}) == []
    for said in ("my aorta is 5.5 cm", "a thoracic aortic aneurysm repair", "open repair or a stent for my 6 cm AAA"):
        assert [s["about"] for s in condition_signs({"decision": said})] == ["an aneurysm"]
