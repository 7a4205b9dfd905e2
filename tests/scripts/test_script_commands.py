"""`second-opinion test` and `second-opinion record`, as a user runs them."""

from __future__ import annotations

import os
import shutil
import stat
from pathlib import Path

from support import path_to_summary

from assistant.cli import main
from assistant.engine import Engine
from assistant.scripts.commands import scripts_folder
from assistant.scripts.model import load_script
from assistant.scripts.runner import run_script
from assistant.transcripts.writer import TranscriptWriter


def test_the_project_scripts_pass_with_full_coverage(capsys):
    assert main(["test"]) == 0
    out = capsys.readouterr().out
    assert " 0 failed, 0 could not be read" in out
    assert "  states       100.0%" in out
    assert "  transitions  100.0%" in out
    assert "Never covered (states)" not in out and "Never covered (transitions)" not in out


def test_a_failing_script_exits_1_with_file_line_and_coverage_for_what_ran(tmp_path, capsys):
    script = tmp_path / "late.yaml"
    script.write_text("name: late\nsteps:\n  - user: '1'\n    expect: {state: welcome_who}\n")
    assert main(["test", str(script)]) == 1
    out = capsys.readouterr().out
    assert f"FAIL  {script}:4: step 1 (user: '1') expected state 'welcome_who', got 'decision_what'" in out
    assert "1 scripts: 0 passed, 1 failed" in out
    assert "Coverage:" in out and "Never covered (states):\n  - welcome_who" in out


def test_an_unreadable_script_exits_2_and_the_others_still_run(tmp_path, capsys):
    shutil.copy(scripts_folder() / "quit_midway.yaml", tmp_path)
    (tmp_path / "broken.yaml").write_text("name: broken\nsteps:\n  - user: a\n    expect: {sate: welcome}\n")
    assert main(["test", str(tmp_path)]) == 2
    out = capsys.readouterr().out
    assert f"ERROR {tmp_path}/broken.yaml:4: unknown check 'sate'" in out
    assert "ok    " in out and "quit_midway.yaml" in out


def test_a_missing_path_is_one_line_and_exit_2(tmp_path, capsys):
    assert main(["test", str(tmp_path / "nope")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "no such file or folder; give .yaml script files" in err


def _saved_conversation(folder: Path, lines: list[str]) -> Path:
    writer = TranscriptWriter.new(folder)
    engine = Engine(listener=writer)
    engine.start()
    for line in lines:
        engine.respond(line)
    writer.close()
    return next(folder.glob("*.jsonl"))


def test_record_turns_a_saved_conversation_into_a_script_that_passes(tmp_path, capsys):
    lines = ["2", "my mother", "her face is drooping", "seen", *path_to_summary(situation="1", role=[]), "ok"]
    transcript = _saved_conversation(tmp_path, lines)
    out = tmp_path / "recorded.yaml"

    assert main(["record", str(transcript), "-o", str(out)]) == 0

    assert "it passes on today's engine" in capsys.readouterr().err
    script = load_script(out)
    assert script.role == "caregiver"
    assert [s.user for s in script.steps[1:]] == lines
    checks = {c.key: c.expected for s in script.steps for c in s.checks if c.key.startswith("plan.")}
    assert checks["plan.timing"] == "now"  # a doctor checked, so the table's timing (seed 000 line 165)
    assert checks["plan.questions_count"] == 3
    urgent = [s.user for s in script.steps for c in s.checks if c.key == "urgent" and c.expected]
    assert urgent == ["her face is drooping"]
    assert run_script(script).passed


def test_record_refuses_to_overwrite_and_reports_a_bad_transcript_in_one_line(tmp_path, capsys):
    transcript = _saved_conversation(tmp_path, ["1"])
    existing = tmp_path / "taken.yaml"
    existing.write_text("keep me")
    assert main(["record", str(transcript), "-o", str(existing)]) == 2
    assert "already exists" in capsys.readouterr().err
    assert existing.read_text() == "keep me"

    not_a_transcript = tmp_path / "x.jsonl"
    not_a_transcript.write_text("hello\n")
    assert main(["record", str(not_a_transcript)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(not_a_transcript) in err


def test_record_prints_to_standard_output_without_o(tmp_path, capsys):
    transcript = _saved_conversation(tmp_path, ["1", "quit"])
    assert main(["record", str(transcript)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# Recorded from ")
    assert '  - user: "quit"\n    expect: {state: decision_what, urgent: false, finished: true, kind: bye}' in out


def test_record_writes_the_script_private(tmp_path, capsys):
    # A script made from a real conversation holds what was typed: health data, like the transcript.
    transcript = _saved_conversation(tmp_path, ["2", "my mother", "quit"])
    out = tmp_path / "recorded.yaml"
    old_umask = os.umask(0o022)
    try:
        assert main(["record", str(transcript), "-o", str(out)]) == 0
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert "my mother" in out.read_text()
