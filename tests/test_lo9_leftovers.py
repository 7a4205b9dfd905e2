"""Leftovers a user meets in the plan and the checks (helper lo9), through the real engine, in people's words."""

from __future__ import annotations

import pytest

from assistant import rules
from assistant.engine import Engine


def _who_to_see(decision: str, situation: str = "1", focus: str = "3", at_who: str | None = None,
                start: str = "1") -> tuple[Engine, str]:
    """Through the flow to the "Who to see" turn; `at_who`: a line typed there."""
    engine = Engine()
    engine.start()
    for line in [start, decision, "the surgeon did not talk about other options", "2", situation, "understand", "none",
                 "2, 8", "3", "1", "1", "no", "", focus]:
        turn = engine.respond(line)
    assert turn.state == "specialist", (turn.state, turn.text)
    if at_who is not None:
        turn = engine.respond(at_who)
        assert turn.state == "specialist", turn.text
    return engine, turn.text


def _lines(text: str) -> list[str]:
    part = text.split("Who to see:", 1)[1].split("\n\n", 1)[0]
    return [line[2:] for line in part.strip().splitlines() if line.startswith("- ")]


# --- item 1: the doctor for the condition named ---------------------------------------------------
def test_breast_cancer_surgery_names_the_breast_cancer_doctor_the_seeds_name():
    _, text = _who_to_see("whether to have a lumpectomy or a mastectomy for my breast cancer")
    lines = _lines(text)
    assert any("breast oncologist" in line for line in lines), lines
    assert any("surgeon" in line for line in lines)
    assert "A doctor who treats this exact problem often" not in lines


def test_a_diabetic_foot_names_a_doctor_for_diabetic_foot_problems():
    _, text = _who_to_see("whether to let them amputate my toe, i have a diabetic foot ulcer", situation="4")
    assert "A doctor who treats diabetic foot problems often" in _lines(text)


@pytest.mark.parametrize("decision, about", [
    ("whether to start chemo for my lymphoma", "this kind of cancer"),
    ("which medicine to take for my lupus", "this autoimmune illness"),
    ("whether to change my epilepsy medicine", "this brain or nerve illness"),
])
def test_a_condition_with_subtypes_gets_a_doctor_who_treats_it_often(decision, about):
    plan = rules.build_plan({"decision": decision, "situation": "straightforward"}, {})
    assert "subspecialist" in plan["specialist"]
    assert plan["specialist_for"] == f"A doctor who treats {about} often"


def test_for_a_child_the_condition_doctor_is_a_childrens_doctor():
    plan = rules.build_plan({"decision": "whether my son should start insulin for his diabetes", "situation": "chronic",
                             "age_band": "child"}, {})
    assert plan["specialist_for"] == "A children's doctor who treats diabetes in children often"
    assert "pediatric_subspecialist" in plan["specialist"]


def test_no_condition_named_keeps_the_general_kinds():
    plan = rules.build_plan({"decision": "whether to have knee surgery", "situation": "surgery"}, {})
    assert plan["specialist"] == ["procedure_surgeon"] and plan["specialist_for"] is None


def test_the_words_must_stand_alone_a_condition_inside_another_word_is_none():
    plan = rules.build_plan({"decision": "whether to have my cancerous-looking mole checked... no, a wart", "situation": "other"}, {})
    assert plan["specialist_for"] is None


def test_a_plan_with_no_second_opinion_names_no_doctor_even_with_a_condition():
    plan = rules.build_plan({"decision": "whether to treat my breast cancer", "fit_choice": "keep_plan"}, {})
    assert plan["specialist"] == [] and plan["specialist_for"] is None


# --- item 3: one doctor kind on one line, the most specific kept ----------------------------------
def test_a_surgeon_asked_for_leaves_out_the_plans_general_surgeon_line():
    _, text = _who_to_see("whether to have a lumpectomy or a mastectomy for my breast cancer",
                          at_who="i would like a breast surgeon")
    lines = _lines(text)
    assert sum("surgeon" in line.lower() for line in lines) == 1, lines
    assert any("a breast surgeon" in line for line in lines)
    assert any("breast oncologist" in line for line in lines)


def test_a_specialist_asked_for_the_condition_leaves_out_the_condition_line():
    _, text = _who_to_see("whether to have a hysterectomy for my endometriosis", at_who="i want an endometriosis specialist")
    lines = _lines(text)
    assert sum("endometriosis" in line for line in lines) == 1, lines


def test_a_less_specific_asked_doctor_keeps_the_more_specific_plan_line():
    slots = {"decision": "whether to have surgery for my breast cancer", "situation": "new_diagnosis",
             "specialist_asked": ["an oncologist"]}
    plan = rules.build_plan(slots, {})
    assert "breast oncologist" in plan["specialist_for"]


def test_an_asked_radiologist_is_not_taken_for_the_condition_doctor():
    slots = {"decision": "whether to treat my lupus", "situation": "new_diagnosis", "focus": ["imaging"],
             "specialist_asked": ["a radiologist"]}
    kinds = rules.specialists(slots)
    assert "subspecialist" in kinds and "radiology_overread" not in kinds


# --- item 2: a record that does not exist yet -----------------------------------------------------
from assistant import records_not_yet  # noqa: E402
from assistant.kit import plan as kit_plan  # noqa: E402
from assistant.paths import prompts_dir  # noqa: E402


@pytest.mark.parametrize("line, kinds", [
    ("no scans yet", ["imaging"]), ("labs, but no scans yet", ["imaging"]), ("she hasn't had a biopsy yet", ["pathology"]),
    ("still waiting for the MRI", ["imaging"]), ("the ct scan isnt back yet", ["imaging"]),
    ("no MRI done yet, no blood tests so far", ["imaging", "labs"]),
])
def test_a_record_said_not_to_exist_yet_is_heard(line, kinds):
    assert records_not_yet.heard(line) == kinds


@pytest.mark.parametrize("line", ["I haven't had a scan since 2019", "the MRI is done", "no, I had the MRI in March",
                                  "the scans show a tear", "no biopsy was needed"])
def test_a_record_that_exists_or_a_plain_no_is_not_heard_as_not_yet(line):
    assert records_not_yet.heard(line) == []


def _to_records(decision: str) -> Engine:
    engine = Engine()
    engine.start()
    for line in ["1", decision, "the doctor did not explain other options", "2", "1", "understand", "none",
                 "2, 8", "3", "1", "1", "no", "", "3", ""]:
        turn = engine.respond(line)
    assert turn.state == "records", turn.text
    return engine


def test_no_scans_yet_said_in_the_decision_leaves_scans_out_and_says_to_ask():
    engine = _to_records("whether to have knee surgery, there are no scans yet")
    engine.respond("none")
    plan = engine.plan()
    assert "imaging" not in plan["records"] and plan["records_not_yet"] == ["imaging"]
    todo = [item["text"] for item in kit_plan.todo(engine.slots, plan)]
    assert not any(text.startswith("Get your scans") for text in todo)
    assert "Ask your doctor whether scans are needed before the second opinion." in todo


def test_no_scans_yet_at_the_records_question_is_kept_even_when_asked_again():
    engine = _to_records("whether to have knee surgery")
    engine.respond("no scans yet")
    turn = engine.respond("labs")
    plan = engine.plan()
    assert plan["records"] and "imaging" not in plan["records"] and plan["records_not_yet"] == ["imaging"], turn.text


def test_the_chat_plan_says_to_ask_about_the_missing_scans_not_to_bring_them():
    engine = _to_records("whether to have knee surgery, no scans yet")
    for line in ["none", "skip", "1", "will ask", "1,3,5,6", "skip", "ok"]:
        turn = engine.respond(line)
    turn = engine.respond("all")
    assert turn.state == "summary", turn.text
    assert "No scans yet, you said. Ask the doctor whether you need any" in turn.text
    assert "The newest scan reports" not in turn.text


def test_scans_picked_at_the_records_question_win_over_words_said_before():
    engine = _to_records("whether to have knee surgery, still waiting for the MRI")
    engine.respond("1, 4")  # scans and labs exist after all
    plan = engine.plan()
    assert "imaging" in plan["records"] and plan["records_not_yet"] == []
    assert any(i["text"].startswith("Get your scans") for i in kit_plan.todo(engine.slots, plan))


def test_labs_only_picked_means_no_get_your_scans_in_the_to_do():
    engine = _to_records("whether to have knee surgery")
    engine.respond("4")
    plan = engine.plan()
    assert not any(i["text"].startswith("Get your scans") for i in kit_plan.todo(engine.slots, plan))


def test_the_chat_names_of_a_missing_record_match_the_data_file():
    text = (prompts_dir() / "_names.j2").read_text()
    for kind, name in records_not_yet.names().items():
        assert f'"{kind}": "{name}"' in text


# --- item 4: the printed plan outside the US -------------------------------------------------------
import os  # noqa: E402
import re  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

JOURNEY = (Path(__file__).parent / "data" / "lo9_knee_no_scans.txt").read_text()


def _printed(tmp_path, country: str, formats=("md",)) -> dict[str, str]:
    data = tmp_path / country
    env = {**os.environ, "SECOND_OPINION_CONFIG_DIR": str(tmp_path / "config")}  # --country is saved: never the user's
    subprocess.run([sys.executable, "-m", "assistant", "chat", "--plain", "--country", country, "--data-dir", str(data)],
                   input=JOURNEY, text=True, capture_output=True, check=True, timeout=120, env=env)
    out = {}
    for fmt in formats:
        path = tmp_path / f"plan.{fmt}"
        subprocess.run([sys.executable, "-m", "assistant", "export", "--last", "--data-dir", str(data), "--format", fmt, "-o",
                        str(path)], text=True, capture_output=True, check=True, timeout=120, env=env)
        out[fmt] = path.read_text()
    return out


@pytest.mark.parametrize("country", ["UK", "AU", "IE", "CA", "NZ"])
def test_the_printed_plan_outside_the_us_speaks_of_no_insurance_network(tmp_path, country):
    for fmt, text in _printed(tmp_path, country, ("md", "html")).items():
        assert "network" not in text.lower(), (country, fmt)
        # the number as a word: the conversation's random id ("Conversation 3911f6") may hold the digits
        # (the print's emergency line gives the country's own number: Canada's is 911 too)
        assert "HIPAA" not in text and (country == "CA" or not re.search(r"\b911\b", text))
        assert re.search(r"\b" + {"UK": "999", "AU": "000", "IE": "112", "CA": "911", "NZ": "111"}[country] + r"\b", text)
        assert "health plan or insurer which doctors it covers" in text
        assert "Health plan or insurer, and case number" in text


def test_the_printed_plan_in_the_us_still_names_the_network(tmp_path):
    text = _printed(tmp_path, "US")["md"]
    assert "ask your insurer which doctors are in the network" in text and "Insurer and case number" in text
    assert "No scans yet. Ask whether scans are needed before the second opinion." in text
    assert "Get your scans" not in text


# --- item 5: the fainting check -------------------------------------------------------------------
from assistant.safety import screen  # noqa: E402


def _at_faint_check(line: str = "i fainted yesterday") -> tuple[Engine, str]:
    engine = Engine()
    engine.start()
    engine.respond("1")
    engine.respond("whether to have knee surgery")
    turn = engine.respond(line)
    assert turn.state == "urgent_care_check", turn.text
    return engine, turn.text


@pytest.mark.parametrize("line", ["i fainted yesterday", "i passed out yesterday", "he blacked out yesterday", "mom fainted at church"])
def test_the_fainting_check_names_fainting_not_unconscious_or_a_seizure(line):
    _, text = _at_faint_check(line)
    assert "You mentioned fainting or passing out." in text
    assert "unconscious" not in text and "seizure" not in text


def test_after_not_now_at_a_fainting_check_the_follow_up_is_said():
    engine, _ = _at_faint_check()
    turn = engine.respond("not now")
    assert "Fainting is worth telling a doctor about soon" in turn.text
    assert f"call {engine.emergency_number}" in turn.text


def test_happening_now_at_a_fainting_check_is_still_urgent():
    engine, _ = _at_faint_check()
    turn = engine.respond("yes")
    assert turn.urgent and turn.state == "urgent_care"


def test_a_sign_with_no_follow_up_gets_none_of_the_fainting_words():
    engine = Engine()
    engine.start()
    engine.respond("1")
    engine.respond("whether to have knee surgery")
    turn = engine.respond("he had a seizure last year")
    if turn.state == "urgent_care_check":
        turn = engine.respond("not now")
    assert "Fainting" not in turn.text


def test_an_unconscious_person_is_still_told_as_unconscious_and_urgent():
    found = screen("my dad is unconscious and wont wake up")
    assert found.is_emergency


def test_a_labelled_sign_is_not_said_twice_with_its_category():
    assert screen("i fainted yesterday").labels() == ["fainting or passing out"]


# --- item 6: naloxone when an opioid is named ------------------------------------------------------
def _urgent(line: str):
    engine = Engine()
    engine.start()
    engine.respond("1")
    turn = engine.respond(line)
    if turn.state == "urgent_care_check":
        turn = engine.respond("yes")
    assert turn.state == "urgent_care" and turn.urgent, (line, turn.state)
    return engine, turn.text


@pytest.mark.parametrize("line", ["she took codeine and wont wake up", "he took his mom's morphine and is not breathing right",
                                  "my dad took double his hydrocodone and cant stay awake", "he's on fentanyl and passed out",
                                  "he took his oxycodone and now he wont wake up", "my toddler swallowed one of my tramadol"])
def test_an_opioid_named_at_the_urgent_turn_brings_naloxone_and_the_number_first(line):
    engine, text = _urgent(line)
    assert "naloxone (Narcan)" in text
    # the number comes before naloxone: the overdose advice ("Call 911 now ... give naloxone") when the line is
    # screened as an overdose (a dose doubled with nodding off, helper 12_9), or the opioid line added to
    # another kind's advice ("If you cannot keep them awake, call 911 first")
    low = text.lower()
    assert 0 <= low.find(f"call {engine.emergency_number}") < low.find("naloxone"), text


def test_an_own_opioid_line_speaks_to_the_one_who_took_it():
    engine, text = _urgent("i took my oxycodone and now i can barely breathe")
    assert f"If you cannot stay awake, call {engine.emergency_number} first, and keep someone with you" in text
    assert "ask someone to give it to you" in text


def test_an_overdose_turn_says_naloxone_once():
    _, text = _urgent("my brother overdosed on opioids")
    assert text.count("naloxone") == 1


@pytest.mark.parametrize("line", ["my chest is crushing and my arm is numb", "he is vomiting blood and very dizzy"])
def test_no_opioid_named_no_naloxone(line):
    _, text = _urgent(line)
    assert "naloxone" not in text.lower()


# --- item 7: "none, just a headache" at the danger list ---------------------------------------------
def _at_danger_list() -> Engine:
    engine = Engine()
    engine.start()
    for line in ["1", "whether to have knee surgery", "the doctor did not explain other options", "2", "1", "understand"]:
        turn = engine.respond(line)
    assert turn.state == "red_flags", turn.state
    return engine


@pytest.mark.parametrize("line, note", [("none, just a headache", "Just a headache"),
                                        ("nothing, only a mild headache", "Only a mild headache"),
                                        ("None. Just a headache.", "Just a headache")])
def test_none_with_a_mild_remark_is_none_and_the_remark_is_kept(line, note):
    engine = _at_danger_list()
    turn = engine.respond(line)
    assert turn.state == "signs" and engine.slots["red_flags"] == ["none"], turn.text
    assert engine.slots["answer_notes"]["red_flags"] == note
    assert "I added it to your notes for the doctor" in turn.text


@pytest.mark.parametrize("line", ["none, just a headache since this morning, worse than ever", "none, headache",
                                  # the remark does not open as mild: asked, as before (rounds 22 and 2)
                                  "no none. she snores super loud and sometimes stops breathing for a few secs at night tho",
                                  "none, I just get a bit short of breath walking up stairs but thats been for months"])
def test_none_with_a_remark_that_may_be_the_sign_is_still_asked(line):
    engine = _at_danger_list()
    turn = engine.respond(line)
    assert turn.state in ("red_flags", "urgent_care_check", "urgent_care") and engine.slots.get("red_flags") is None, turn.text


@pytest.mark.parametrize("line", ["none, just the worst headache of my life", "no, just a little chest pain and sweating"])
def test_a_red_flag_beside_none_and_just_is_still_screened_first(line):
    engine = _at_danger_list()
    turn = engine.respond(line)
    assert turn.state in ("urgent_care_check", "urgent_care"), (line, turn.state)
