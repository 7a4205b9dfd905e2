"""Leftovers a user meets (helper lo10), through the real engine and the printed plan, in people's words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.kit.letter import letter_context

NO_SCANS = (Path(__file__).parent / "data" / "lo9_knee_no_scans.txt").read_text()


def _printed(tmp_path: Path, journey: str) -> tuple[str, dict[str, str]]:
    """The chat's plain output for `journey`, and its printed plan as Markdown and HTML."""
    data = tmp_path / "data"
    env = {**os.environ, "SECOND_OPINION_CONFIG_DIR": str(tmp_path / "config")}
    chat = subprocess.run([sys.executable, "-m", "assistant", "chat", "--plain", "--data-dir", str(data)],
                          input=journey, text=True, capture_output=True, check=True, timeout=120, env=env).stdout
    out = {}
    for fmt in ("md", "html"):
        path = tmp_path / f"plan.{fmt}"
        subprocess.run([sys.executable, "-m", "assistant", "export", "--last", "--data-dir", str(data), "--format", fmt, "-o",
                        str(path)], text=True, capture_output=True, check=True, timeout=120, env=env)
        out[fmt] = path.read_text()
    return chat, out


# --- item 1: "no scans yet": the letter and the how-to-ask script use the same facts as the to-do list -------------
@pytest.fixture(scope="module")
def no_scans(tmp_path_factory):
    return _printed(tmp_path_factory.mktemp("no_scans"), NO_SCANS)


def test_no_scans_yet_the_records_letter_does_not_ask_for_scans_or_images(no_scans):
    _, printed = no_scans
    for fmt, text in printed.items():
        letter = text.split("Request for copies of medical records", 1)[1]
        assert "Imaging reports" not in letter and "images on a disc" not in letter, fmt
        assert "Lab results and other test results" in letter and "Visit notes" in letter, fmt


def test_no_scans_yet_the_how_to_ask_script_asks_for_records_not_scans(no_scans):
    chat, printed = no_scans
    for text in [chat, *printed.values()]:
        assert "copies of my scans" not in text
        assert "copies of my records, so the review is accurate" in text


def test_no_scans_yet_the_chat_does_not_say_to_ask_for_the_actual_images(no_scans):
    chat, _ = no_scans
    assert "Ask for the actual images" not in chat
    assert "Bring a notebook." in chat


def test_with_scans_the_letter_and_script_still_ask_for_them(tmp_path):
    journey = NO_SCANS.replace("whether to have knee surgery, no scans yet", "whether to have knee surgery").replace(
        "\n4\nskip\n", "\n1, 4\nskip\n", 1)
    chat, printed = _printed(tmp_path, journey)
    assert "Ask for the actual images" in chat
    for text in [chat, *printed.values()]:
        assert "copies of my scans and notes" in text
    assert "Imaging reports and the images themselves" in printed["md"] and "images on a disc" in printed["md"]


def test_a_caregivers_script_asks_for_the_records_when_there_are_no_scans_yet():
    from assistant.transcripts.export import asking_scripts

    lines = asking_scripts(is_patient=False, not_yet=["imaging"])
    assert any("copies of the records, so" in line for line in lines), lines
    assert any("copies of the scans and notes" in line for line in asking_scripts(is_patient=False))


@pytest.mark.parametrize("kind, left_out", [("pathology", "Pathology reports"), ("labs", "Lab results")])
def test_a_biopsy_or_labs_not_done_yet_are_left_out_of_the_letter(kind, left_out):
    letter = letter_context(to=None, not_yet=[kind])
    assert not any(line.startswith(left_out) for line in letter["records"])
    assert len(letter["records"]) == len(letter_context(to=None)["records"]) - 1


# --- item 2: the urgent turn's advice fits who is in danger: the one typing, or someone they are with -------------
from benchmarks.understanding import prepare  # noqa: E402


def _urgent(line: str, role: str) -> str:
    turn = prepare("decision_what", role).respond(line)
    assert turn.state == "urgent_care" and turn.urgent, turn.text
    return turn.text


@pytest.mark.parametrize("role", ["patient", "caregiver"])
@pytest.mark.parametrize("line", ["i cant breathe right now", "I can't breathe, my lips are going blue"])
def test_the_typers_own_breathing_trouble_is_not_told_to_stay_with_them(line, role):
    text = _urgent(line, role)
    assert "Stay with them" not in text and "CPR" not in text
    assert "ask someone near you to stay with you until help comes" in text
    assert "once you are stable" in text


@pytest.mark.parametrize("line", ["my husband cant breathe", "she cant breathe right now", "my son isnt breathing"])
def test_someone_elses_breathing_trouble_still_says_stay_with_them(line):
    for role in ("patient", "caregiver"):
        text = _urgent(line, role)
        assert "Stay with them until help comes" in text and "stay with you" not in text


@pytest.mark.parametrize("role", ["patient", "caregiver"])
def test_the_typers_own_overdose_says_do_not_stay_alone_not_watch_the_person(role):
    text = _urgent("i took 40 of my oxycodone pills an hour ago", role)
    assert "even if you feel all right for now" in text and "Do not stay alone" in text
    assert "If the person is hard to wake" not in text and "Stay with them" not in text
    assert "take it seriously, even if they said it before" not in text  # the crisis words for the one typing


def test_a_caregivers_report_of_an_overdose_keeps_the_advice_about_the_person():
    text = _urgent("she took 40 of her oxycodone pills an hour ago", "caregiver")
    assert "If the person is hard to wake" in text and "Stay with them until help comes" in text
    assert "Do not stay alone" not in text


@pytest.mark.parametrize("role", ["patient", "caregiver"])
def test_the_typers_own_poisoning_speaks_to_them(role):
    text = _urgent("i just swallowed bleach by mistake", role)
    assert "if you get very sleepy or have trouble breathing" in text and "keep someone with you" in text
    assert "if the person is hard to wake" not in text


def test_a_childs_poisoning_speaks_of_the_child():
    text = _urgent("my toddler just swallowed bleach", "caregiver")
    assert "if the person is hard to wake" in text and "Do not stay alone" not in text


# --- item 3: a list and a move in one line at the order question: the move applied and offered back, never a made-up order
import sys as _sys  # noqa: E402

_sys.path.insert(0, str(Path(__file__).parent))
from support import path_to_summary, talk  # noqa: E402

QUESTIONS = "1, 3, 5, 6, 8"  # shown as 1 diagnosis, 2 options, 3 risks, 4 waiting, 5 family


def _at_order() -> Engine:
    engine, turns = talk(path_to_summary(situation="1", questions=QUESTIONS)[:-2])
    assert turns[-1].state == "questions_order", turns[-1].text
    return engine


FAMILY, DIAGNOSIS, OPTIONS, RISKS, WAITING = ("What would you advise for your own family, and why?",
                                              "What is the most likely diagnosis, and what else could it be?",
                                              "What are the options, including doing nothing for now?",
                                              "What are the biggest risks and side effects?",
                                              "What happens if we wait two weeks? Two months?")


@pytest.mark.parametrize("line, order", [
    ("3 1 2 but the family one first", [FAMILY, RISKS, DIAGNOSIS, OPTIONS, WAITING]),
    ("4 2 1, and 5 to the top", [FAMILY, WAITING, OPTIONS, DIAGNOSIS, RISKS]),
    ("3 1 2 with 5 last", [RISKS, DIAGNOSIS, OPTIONS, WAITING, FAMILY]),
])
def test_a_list_with_a_move_is_offered_back_in_the_moved_order_and_kept_on_yes(line, order):
    engine = _at_order()
    turn = engine.respond(line)
    assert turn.state == "questions_order" and "questions_order" not in engine.slots, turn.text
    assert turn.text.startswith(f'Did you mean this order: "{order[0]}", "{order[1]}"'), turn.text
    engine.respond("yes")
    assert engine.slots["questions_order"] == order


def test_no_to_the_offered_order_asks_again_and_stores_nothing():
    engine = _at_order()
    engine.respond("3 1 2 but the family one first")
    turn = engine.respond("no")
    assert turn.state == "questions_order" and "questions_order" not in engine.slots


@pytest.mark.parametrize("line, order", [
    ("3 1 2 4 5", [RISKS, DIAGNOSIS, OPTIONS, WAITING, FAMILY]),
    ("1 first then 3, the rest the same", [DIAGNOSIS, RISKS, OPTIONS, WAITING, FAMILY]),
    ("put 5 first", [FAMILY, DIAGNOSIS, OPTIONS, RISKS, WAITING]),
    ("the family one first", [FAMILY, DIAGNOSIS, OPTIONS, RISKS, WAITING]),
])
def test_a_plain_order_or_a_plain_move_is_still_kept_at_once(line, order):
    engine = _at_order()
    engine.respond(line)
    assert engine.slots["questions_order"] == order


# helper u27b: an order typed in part ("3 1 2", "1 first then 3 then 2") was stored at once; rounds 33-40 labelled it
# asked or as typed, so it is offered back now (order_in_part.py), and a Yes stores the same order.
@pytest.mark.parametrize("line, order", [
    ("1 first then 3 then 2", [DIAGNOSIS, RISKS, OPTIONS, WAITING, FAMILY]),
])
def test_an_order_typed_in_part_is_offered_back_and_a_yes_keeps_it(line, order):
    engine = _at_order()
    turn = engine.respond(line)
    assert turn.kind == "confirm" and "questions_order" not in engine.slots
    engine.respond("yes")
    assert engine.slots["questions_order"] == order


# The lead's merge: numbers alone ("3 1 2", the question's own example) are stored at once, the rest after them.
def test_numbers_alone_typed_in_part_are_stored_at_once():
    engine = _at_order()
    engine.respond("3 1 2")
    assert engine.slots["questions_order"] == [RISKS, DIAGNOSIS, OPTIONS, WAITING, FAMILY]


# --- item 4: a correction inside a pick keeps only the corrected choice ---------------------------------------------
def _at_records() -> Engine:
    from test_lo9_leftovers import _to_records

    return _to_records("whether to have knee surgery")


@pytest.mark.parametrize("line, kept", [
    ("2, i mean the scans", ["imaging"]), ("2, i meant the scans", ["imaging"]), ("2 sorry the scans", ["imaging"]),
    ("the biopsy, sorry, the scans", ["imaging"]), ("1, 3 i mean 1, 4", ["imaging", "labs"]), ("2 no wait 1", ["imaging"]),
])
def test_a_pick_corrected_part_way_is_offered_back_as_the_later_pick_alone(line, kept):
    engine = _at_records()
    turn = engine.respond(line)
    assert turn.state == "records" and turn.text.startswith("Did you mean") and "Biopsy" not in turn.text, turn.text
    assert "records_exist" not in engine.slots
    engine.respond("yes")
    assert engine.slots["records_exist"] == kept


@pytest.mark.parametrize("line, kept", [("2 and the scans", ["pathology", "imaging"]), ("1 sorry", ["imaging"])])
def test_two_picks_or_a_sorry_with_nothing_after_are_read_as_before(line, kept):
    engine = _at_records()
    engine.respond(line)
    assert engine.slots["records_exist"] == kept


def test_i_meant_something_else_at_the_urgent_turn_is_not_taken_for_a_correction():
    engine = prepare("urgent_care", "patient")
    turn = engine.respond("2 - I meant something else")
    assert turn.state != "urgent_care" or "changed your answer" not in turn.text


# --- item 5: a sign told as long-standing is asked about by quoting it, never with the generic re-ask ---------------
@pytest.mark.parametrize("state, role", [("red_flags", "caregiver"), ("red_flags", "patient"), ("signs", "caregiver")])
@pytest.mark.parametrize("line", ["she gets tired but thats been for months", "i get tired, been like that for years"])
def test_a_long_standing_thing_is_quoted_back_and_nothing_is_stored(state, role, line):
    events: list[dict] = []
    engine = prepare(state, role)
    engine.listener = events.append
    turn = engine.respond(line)
    assert turn.state == state and "Sorry, I did not understand" not in turn.text, turn.text
    assert f'You said "{line}". That has gone on for a while' in turn.text
    assert not [e for e in events if e.get("type") == "slot" and e["name"] in ("red_flags", "signs")]


def test_at_the_danger_list_the_question_says_it_is_about_what_is_happening_now():
    turn = prepare("red_flags", "caregiver").respond("she gets tired but thats been for months")
    assert "This list is about what is new or happening now. Is any of these happening now?" in turn.text


def test_a_long_standing_danger_sign_named_is_still_screened_first():
    turn = prepare("red_flags", "caregiver").respond("she has had chest pain for months and its crushing now")
    assert turn.urgent or turn.state.startswith("urgent"), turn.text


def test_words_that_name_nothing_and_say_no_time_keep_the_plain_re_ask():
    turn = prepare("signs", "caregiver").respond("purple monkey dishwasher")
    assert "Sorry, I did not understand" in turn.text


# --- item 6: "none" at a turn that only tells is nothing to add, not a note -----------------------------------------
def _at_info() -> tuple[Engine, str]:
    engine = Engine()
    engine.start()
    for line in ["1", "whether to have knee surgery", "the doctor did not explain other options", "2", "1", "understand", "none",
                 "2, 8", "3", "1", "1", "no"]:
        turn = engine.respond(line)
    assert engine.flow.state(turn.state).ask == "info" and not turn.choices, turn.state
    return engine, turn.state


@pytest.mark.parametrize("line", ["none", "None.", "n/a", "N/A", "nothing", "nothing, thanks", "none thanks", "nothing to add"])
def test_nothing_to_add_at_an_info_turn_goes_on_without_a_note(line):
    engine, state = _at_info()
    turn = engine.respond(line)
    assert turn.state != state and "I kept your note" not in turn.text, turn.text
    assert line.lower().strip(".") not in str(engine.plan().get("notes") or "")


@pytest.mark.parametrize("line", ["he has a stress test on the 14th", "nothing yet on the biopsy, it is due friday"])
def test_a_real_remark_at_an_info_turn_is_still_kept_as_a_note(line):
    engine, _ = _at_info()
    turn = engine.respond(line)
    assert "I kept your note" in turn.text and line in turn.text


# --- item 7: code that is data, and a module that imports alone ------------------------------------------------------
@pytest.mark.parametrize("module", ["second_thoughts_any", "second_thoughts", "second_thoughts_words"])
def test_each_second_look_module_imports_alone(module):
    code = f"import assistant.understanding.{module}"
    done = subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[1], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr


def test_the_words_around_a_time_at_the_decision_check_are_data():
    from assistant.understanding import time_at_check

    assert not hasattr(time_at_check, "_AROUND")
    assert {"i", "think", "on", "by", "surgery"} <= time_at_check._around()
