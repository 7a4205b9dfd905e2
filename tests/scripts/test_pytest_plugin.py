"""The pytest plugin: one item per script, readable failures, tags as markers."""

from __future__ import annotations

import shutil

import pytest

from assistant.scripts.commands import scripts_folder


@pytest.fixture
def project(pytester, monkeypatch):
    """A throwaway project: tests/scripts collects the scripts in ./dialogue_scripts."""
    # Only this plugin: the installed ones (Textual snapshots, hypothesis...) slow each run down.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.mkdir("tests")
    pytester.mkdir("tests/scripts")
    pytester.mkdir("dialogue_scripts")
    pytester.makeini("[pytest]\ndialogue_scripts = dialogue_scripts\n")
    return pytester


def run(pytester, *args):
    return pytester.runpytest_inprocess("-p", "assistant.scripts.pytest_plugin", "-p", "no:cacheprovider", *args)


def test_collect_only_lists_one_item_per_project_script(project):
    for path in scripts_folder().glob("*.yaml"):
        shutil.copy(path, project.path / "dialogue_scripts")
    result = run(project, "--collect-only", "-q", "tests/scripts")
    items = [line for line in result.outlines if "::" in line]
    names = sorted(p.stem for p in scripts_folder().glob("*.yaml"))
    assert sorted(line.rsplit("::", 1)[1] for line in items) == names
    assert all(line.startswith("dialogue_scripts/") for line in items)


def test_a_failing_script_reports_file_line_expected_actual(project):
    (project.path / "dialogue_scripts" / "late.yaml").write_text(
        "name: late\ntags: [timing]\nsteps:\n  - user: '1'\n    expect: {state: decision_what}\n"
        "  - user: knee surgery\n    expect: {state: decision_when}\n"
    )
    (project.path / "dialogue_scripts" / "fine.yaml").write_text("name: fine\nsteps:\n  - user: quit\n    expect: {kind: bye}\n")
    result = run(project, "tests/scripts")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines([
        "dialogue_scripts/late.yaml:7: step 2 (user: 'knee surgery') expected state 'decision_when', got 'decision_why'",
        "  expected  state: 'decision_when'",
        "  actual    state: 'decision_why'",
    ])
    assert "Traceback" not in result.stdout.str()
    run(project, "tests/scripts", "-m", "timing").assert_outcomes(failed=1, deselected=1)


def test_a_broken_script_fails_as_one_line_without_stopping_the_others(project):
    (project.path / "dialogue_scripts" / "typo.yaml").write_text("name: typo\nsteps:\n  - user: a\n    expect: {sate: x}\n")
    (project.path / "dialogue_scripts" / "fine.yaml").write_text("name: fine\nsteps:\n  - user: quit\n")
    result = run(project, "tests/scripts")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["dialogue_scripts/typo.yaml:4: unknown check 'sate'; accepted: *"])
