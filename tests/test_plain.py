"""Plain JSONL mode, welcome to summary, for the situations in the seeds' timing table."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.plain import format_turn, run_plain
from support import path_to_summary, plain_jsonl

REPO = Path(__file__).resolve().parent.parent
SITUATIONS = {"surgery": "1", "new_diagnosis": "2", "worsening": "3", "chronic": "4",
              "treatment_failure": "5", "straightforward": "6", "other": "7"}


def _summary(lines: list[str]) -> dict:
    turns = plain_jsonl(lines)
    assert len(turns) == len(lines) + 1  # the first turn, then exactly one per line
    last = turns[-1]
    assert last["state"] == "summary", last["text"]
    for turn in turns:
        assert set(turn) >= {"turn", "state", "text", "choices", "urgent"}
        assert isinstance(turn["turn"], int) and isinstance(turn["urgent"], bool)
    return last["plan"]


def test_elective_surgery_proposed():
    plan = _summary(path_to_summary(situation=SITUATIONS["surgery"], focus="3", records="1, 3",
                                    questions="5, 6, 3", order="2 1 3"))
    assert plan["decision"] == "whether to have surgery on my knee"
    assert plan["timing"] == "now"  # seed 000: surgery proposed, not emergent -> now
    assert plan["specialist"][0] == "procedure_surgeon"
    assert plan["records"] == ["imaging", "clinic_notes", "timeline", "medications"]
    assert plan["questions"] == [
        "What happens if we wait two weeks? Two months?",
        "What are the biggest risks and side effects?",
        "What are the options, including doing nothing for now?",
    ]
    assert plan["alternatives"] == []
    assert (plan["sure_before"], plan["sure_after"]) == (0, 4)


def test_surgery_with_tests_pending_that_could_change_the_plan_waits_for_them():
    plan = _summary(path_to_summary(situation=SITUATIONS["surgery"], timing=["yes"]))
    assert plan["timing"] == "after_tests"


def test_new_serious_diagnosis_with_an_unclear_subtype():
    plan = _summary(path_to_summary(situation=SITUATIONS["new_diagnosis"], decision="which treatment for my lymphoma",
                                    timing=["no"], focus="2, 4", records="2, 1, 4",
                                    questions="1, 2, 10", own_question="Which subtype is it?"))
    assert plan["timing"] == "now"
    assert plan["specialist"][:2] == ["subspecialist", "pathology_review"]
    assert plan["records"][:3] == ["imaging", "pathology", "clinic_notes"]  # the current-plan note is always in the first three
    assert plan["questions"][-1] == "Which subtype is it?"
    assert len(plan["questions"]) == 4


def test_symptoms_getting_quickly_worse_put_urgent_care_first():
    plan = _summary(path_to_summary(situation=SITUATIONS["worsening"], timing=["no"]))
    assert plan["timing"] == "urgent_care_first"  # seed 000: do not delay urgent evaluation
    assert "general_internist" in plan["specialist"]


def test_worsening_symptoms_already_checked_get_a_review_alongside_stabilising_care():
    plan = _summary(path_to_summary(situation=SITUATIONS["worsening"], timing=["yes"]))
    assert plan["timing"] == "parallel"


def test_long_lasting_symptoms_with_no_diagnosis():
    plan = _summary(path_to_summary(situation=SITUATIONS["chronic"], timing=["yes"], records="not sure"))
    assert plan["timing"] == "now_and_after_tests"  # seed 000: now, and also after targeted tests
    assert plan["specialist"][:2] == ["general_internist", "diagnostic_clinic"]
    assert plan["records"][:3] == ["imaging", "pathology", "clinic_notes"]
    assert len(plan["records"]) == 8


def test_treatment_not_working():
    plan = _summary(path_to_summary(situation=SITUATIONS["treatment_failure"], timing=["not sure"], signs="6"))
    assert plan["timing"] == "now"
    assert plan["specialist"][0] == "subspecialist"


def test_a_straightforward_condition_whose_plan_is_working_gets_alternatives():
    lines = path_to_summary(situation=SITUATIONS["straightforward"], signs="none", fit="2")
    turns = plain_jsonl(lines)
    fit_turn = next(t for t in turns if t["state"] == "fit")
    assert "may not add much" in fit_turn["text"]
    plan = turns[-1]["plan"]
    assert turns[-1]["state"] == "summary"
    assert plan["timing"] == "not_needed"
    assert plan["alternatives"] == ["structured_followup", "written_plan"]
    assert plan["specialist"] == [] and plan["records"] == []
    assert len(plan["questions"]) >= 3


def test_first_turn_is_written_before_any_input_and_end_of_input_exits_zero():
    stdout = io.StringIO()
    assert run_plain(Engine(), jsonl=True, stdin=io.StringIO(""), stdout=stdout) == 0
    turns = [json.loads(line) for line in stdout.getvalue().splitlines()]
    assert len(turns) == 1 and turns[0]["state"] == "welcome"


def test_plain_text_mode_numbers_the_choices_and_uses_no_colour_or_boxes():
    stdout = io.StringIO()
    run_plain(Engine(), stdin=io.StringIO("1\n"), stdout=stdout)
    text = stdout.getvalue()
    assert "  1. I am the patient" in text
    assert "\x1b[" not in text
    assert not any(ch in text for ch in "─│┌┐└┘━┃")


def test_urgent_turns_say_urgent_first_in_plain_text():
    engine = Engine()
    engine.start()
    turn = engine.respond("my dad's face is drooping and he can't lift his arm")
    assert turn.urgent
    assert format_turn(turn).startswith("URGENT:")


def _run_cli(args: list[str], stdin: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run([sys.executable, "-m", "assistant", *args], input=stdin, capture_output=True,
                          text=True, cwd=REPO, env=env, timeout=60)


def test_the_command_line_holds_a_conversation_in_jsonl_without_importing_textual(tmp_path):
    lines = path_to_summary(situation=SITUATIONS["surgery"])
    done = _run_cli(["chat", "--plain", "--jsonl", "--no-save"], "\n".join(lines) + "\n")
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    turns = [json.loads(line) for line in done.stdout.splitlines()]
    assert turns[-1]["state"] == "summary" and turns[-1]["plan"]["timing"] == "now"
    probe = subprocess.run(
        [sys.executable, "-c",
         "import sys, io; from assistant.cli import main; sys.stdin = io.StringIO('');"
         "main(['chat', '--plain', '--no-save']); print('textual' in sys.modules, file=sys.stderr)"],
        capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=60)
    assert probe.stderr.strip().endswith("False"), probe.stderr


@pytest.mark.parametrize("args", [["chat", "--bogus"], ["export"], ["replay"]])
def test_bad_command_lines_fail_with_a_usage_line_and_exit_2(args):
    done = _run_cli(args, "")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "usage:" in done.stderr


def test_plain_mode_says_once_on_stderr_when_saving_stops(capsys):
    calls = []

    def failing(event):
        calls.append(event)
        if len(calls) > 3:
            raise OSError(28, "No space left on device")

    stdout = io.StringIO()
    code = run_plain(Engine(listener=failing), jsonl=True, stdin=io.StringIO("1\nwhether to have surgery\n"), stdout=stdout)
    assert code == 0
    assert len(stdout.getvalue().splitlines()) == 3
    err = capsys.readouterr().err
    assert err.count("no longer saved") == 1 and "No space left" in err


def test_picks_kept_from_a_partly_understood_answer_are_marked_and_in_the_jsonl_turn():
    lines = ["1", "knee surgery", "skip", "2", "1", "1, 4 and purple", "that's all"]
    records = [r for r in plain_jsonl(lines) if "turn" in r]
    reask = next(r for r in records if r["kind"] == "reask")
    assert reask["state"] == "decision_sure" and reask["kept"] == [1, 4]
    assert all("kept" not in r for r in records if r is not reask)  # only while something is kept
    engine = Engine()
    engine.start()
    for line in lines[:-1]:
        turn = engine.respond(line)
    shown = format_turn(turn).splitlines()
    assert "  1. I feel sure about the best choice (kept)" in shown
    assert "  2. I know the good and bad points of each option" in shown
    assert engine.respond("back").kept == []  # back drops what was kept
