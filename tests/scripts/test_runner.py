"""Running scripts: an edit to a template, a rule or the flow makes the right script fail or
shows up as uncovered, and the report names the file and line."""

from __future__ import annotations

import functools
import shutil
from pathlib import Path

from assistant import rules
from assistant.flow import load_flow
from assistant.paths import dialogues_dir, prompts_dir
from assistant.render import render
from assistant.scripts.commands import run_all
from assistant.scripts.model import parse_script
from assistant.scripts.runner import run_script

SCRIPTS = dialogues_dir() / "scripts"


def line_of(path: Path, text: str) -> int:
    """The 1-based line of the first line holding `text` (so tests survive script edits)."""
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if text in line)


def failures(flow=None) -> dict[str, str]:
    results, _ = run_all([SCRIPTS], flow)
    return {r.script.id: r.failure.format() for r in results if not isinstance(r, Exception) and r.failure}


def test_a_failure_names_file_line_step_and_shows_expected_actual_and_the_turn():
    script = parse_script(
        "name: wrong state\nsteps:\n  - user: '1'\n    expect: {state: decision_what}\n"
        "  - user: knee surgery\n    expect:\n      state: decision_when\n",
        Path("wrong.yaml"),
    )
    report = run_script(script).failure.format()
    first, *rest = report.splitlines()
    assert first == "wrong.yaml:7: step 2 (user: 'knee surgery') expected state 'decision_when', got 'decision_why'"
    assert "  expected  state: 'decision_when'" in rest
    assert "  actual    state: 'decision_why'" in rest
    assert any(line.startswith("    | ") for line in rest)  # what the assistant said


def test_editing_a_template_line_fails_the_script_that_depends_on_it(tmp_path, monkeypatch):
    prompts = tmp_path / "prompts"
    shutil.copytree(prompts_dir(), prompts)
    crisis = prompts / "_crisis.md.j2"
    crisis.write_text(crisis.read_text().replace("call or text 988 now", "call a crisis line now"))
    monkeypatch.setattr("assistant.engine.render", functools.partial(render, folder=prompts))

    failed = failures()

    script = SCRIPTS / "crisis_988.yaml"
    assert list(failed) == ["crisis_988"]
    expected_line = line_of(script, '"988"')
    assert failed["crisis_988"].startswith(f"dialogues/scripts/crisis_988.yaml:{expected_line}: step 1 ")
    assert "expected the turn to contain '988'" in failed["crisis_988"]


def test_changing_a_rule_fails_the_scripts_that_check_it(monkeypatch):
    original = rules.timing
    # A plausible mistake: forget the stabilise-while-reviewing middle path.
    monkeypatch.setattr(rules, "timing", lambda slots: "now" if original(slots) == "parallel" else original(slots))

    failed = failures()

    assert set(failed) == {"worsening_seen_parallel", "worsening_caregiver_welcome_to_plan", "journey_worsening"}
    for name, report in failed.items():
        line = line_of(SCRIPTS / f"{name}.yaml", "timing: parallel")
        assert report.startswith(f"dialogues/scripts/{name}.yaml:{line}: ")
        assert "expected plan timing 'parallel', got 'now'" in report


def test_an_untested_transition_in_a_copy_of_the_flow_is_reported_uncovered(tmp_path):
    dialogues = tmp_path / "dialogues"
    dialogues.mkdir()
    for path in dialogues_dir().glob("*.yaml"):
        shutil.copy(path, dialogues)
    flow_file = dialogues / "flow.yaml"
    text = flow_file.read_text()
    # A route no script takes: at `specialist`, `chose_alternative` never holds.
    old = "    next:\n      - {to: records}\n"
    assert text.count(old) == 1
    flow_file.write_text(text.replace(old, "    next:\n      - {to: done, when: chose_alternative}\n      - {to: records}\n"))
    flow = load_flow(dialogues, prompts_dir())

    results, coverage = run_all([SCRIPTS], flow)

    assert "specialist -> done [chose_alternative]" in coverage.transitions_part().missing
    assert "specialist -> done [chose_alternative]" not in run_all([SCRIPTS])[1].transitions_part().missing


def test_role_must_match_the_role_the_conversation_records():
    script = parse_script("name: r\nrole: caregiver\nsteps:\n  - user: '1'\n", Path("r.yaml"))
    assert run_script(script).failure.format() == "r.yaml:2: role is 'caregiver', but the conversation recorded 'patient'"


def test_fixtures_start_mid_flow_with_known_answers():
    script = parse_script(
        "name: f\nfixtures:\n  start: timing_tests\n  answers: {situation: chronic}\n"
        "steps:\n  - expect: {state: timing_tests}\n  - user: yes\n    expect: {plan: {timing: now_and_after_tests}}\n",
        Path("f.yaml"),
    )
    assert run_script(script).passed


def test_a_today_fixture_sets_the_day_dates_are_read_against():
    def deadline_after(day: str) -> str:
        script = parse_script(
            f"name: t\nfixtures:\n  start: decision_when\n  today: {day}\n"
            "steps:\n  - expect: {state: decision_when}\n  - user: by the 15th\n    expect: {slots: {deadline: weeks}}\n",
            Path("t.yaml"),
        )
        result = run_script(script)
        return "passed" if result.passed else result.failure.format()

    assert deadline_after("2026-12-01") == "passed"  # two weeks ahead: within a few weeks
    assert deadline_after("2026-12-13") != "passed"  # two days ahead: within days


def test_a_today_fixture_that_is_not_a_date_is_refused_with_its_line():
    import pytest

    from assistant.scripts.model import ScriptError

    with pytest.raises(ScriptError, match=r"^b\.yaml:3: today 'next tuesday' is not a date like 2026-12-02$"):
        parse_script("name: b\nfixtures:\n  today: next tuesday\nsteps:\n  - user: '1'\n", Path("b.yaml"))
