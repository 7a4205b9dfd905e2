"""Reading scripts: line numbers kept, YAML 1.2 values, one-line errors naming file:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.flow import default_flow
from assistant.scripts.model import ScriptError, find_scripts, load_script, parse_script
from assistant.scripts.validate import validate
from assistant.scripts.runner import run_script

HERE = Path("x.yaml")


def parse(text: str):
    return parse_script(text, HERE)


def error_of(text: str, *, check_names: bool = False) -> str:
    with pytest.raises(ScriptError) as caught:
        script = parse(text)
        if check_names:
            validate(script, default_flow())
    return str(caught.value)


def test_steps_keep_the_line_of_each_check():
    script = parse(
        "name: lines\n"
        "steps:\n"
        "  - expect: {state: welcome}\n"
        "  - user: '1'\n"
        "    expect:\n"
        "      state: decision_what\n"
        "      plan: {timing: now}\n"
    )
    opening, answer = script.steps
    assert opening.user is None and opening.checks[0].line == 3
    assert answer.user == "1" and answer.line == 4
    assert [(c.key, c.line) for c in answer.checks] == [("state", 6), ("plan.timing", 7)]


def test_yes_no_and_numbers_are_the_words_typed_not_booleans():
    script = parse("name: v\nsteps:\n  - user: yes\n  - user: no\n  - user: 3\n  - user: none\n  - user: ''\n")
    assert [s.user for s in script.steps] == ["yes", "no", "3", "none", ""]
    slots = parse("name: v\nsteps:\n  - user: x\n    expect: {slots: {tests_pending: yes, crisis: true, who: null}}\n")
    assert slots.steps[0].checks[0].expected == {"tests_pending": "yes", "crisis": True, "who": None}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name: x\nsteps:\n  - user: a\n    expect: {stat: welcome}\n", "x.yaml:4: unknown check 'stat'; accepted: state,"),
        ("name: x\nsteps:\n  - user: a\n    expect:\n      plan: {timin: now}\n", "x.yaml:5: unknown plan check 'timin'"),
        ("name: x\nsteps:\n  - user: a\n  - expect: {state: welcome}\n", "x.yaml:4: step 2 has no 'user:'"),
        ("name: x\nsteps:\n  - user: a\n    expect: {urgent: maybe}\n", "x.yaml:4: 'urgent' needs true or false"),
        ("name: x\nsteps:\n  - user: a\n    expect: {text_matches: '(['}\n", "x.yaml:4: 'text_matches' is not a valid regular expression"),
        ("name: x\nsteps:\n  - user: a\n    expect: {kind: shout}\n", "x.yaml:4: kind 'shout' is not one of"),
        ("name: x\nrole: nurse\nsteps:\n  - user: a\n", "x.yaml:2: role 'nurse' is not one of patient, caregiver"),
        ("name: x\nstep:\n  - user: a\n", "x.yaml:2: unknown key 'step'"),
        ("steps:\n  - user: a\n", "x.yaml:1: the script has no 'name:'"),
        ("name: x\nsteps: [\n", "x.yaml:3: not valid YAML"),
        ("", "x.yaml:1: the script is empty"),
    ],
)
def test_a_broken_script_is_one_line_naming_file_and_line(text, message):
    error = error_of(text)
    assert error.startswith(message)
    assert "\n" not in error


@pytest.mark.parametrize(
    ("expect", "message"),
    [
        ("{state: timming}", "x.yaml:4: unknown state value 'timming'"),
        ("{plan: {timing: soon}}", "x.yaml:4: unknown timing value 'soon'; accepted: urgent_care_first, now,"),
        ("{plan: {specialist_includes: [surgeon]}}", "x.yaml:4: unknown specialist_includes value 'surgeon'"),
        ("{template: nope.md.j2}", "x.yaml:4: template 'nope.md.j2' is not in"),
        ("{plan: {sure_after: 5}}", "x.yaml:4: a SURE score is 0 to 4"),
    ],
)
def test_names_are_checked_against_the_flow_and_the_rules(expect, message):
    assert error_of(f"name: x\nsteps:\n  - user: a\n    expect: {expect}\n", check_names=True).startswith(message)


def test_paths_give_scripts_or_a_clear_error(tmp_path):
    (tmp_path / "b.yaml").write_text("name: b\nsteps:\n  - user: a\n")
    (tmp_path / "a.yaml").write_text("name: a\nsteps:\n  - user: a\n")
    (tmp_path / "notes.txt").write_text("")
    assert [p.name for p in find_scripts([tmp_path])] == ["a.yaml", "b.yaml"]
    with pytest.raises(ScriptError, match="not a script"):
        find_scripts([tmp_path / "notes.txt"])
    with pytest.raises(ScriptError, match="no such file or folder"):
        find_scripts([tmp_path / "missing.yaml"])
    with pytest.raises(ScriptError, match="no such script file"):
        load_script(tmp_path / "missing.yaml")


def test_the_examples_in_docs_scripts_md_pass():
    doc = (Path(__file__).resolve().parents[2] / "docs" / "scripts.md").read_text(encoding="utf-8")
    examples = [part.split("```yaml\n", 1)[1].split("```", 1)[0] for part in doc.split("## Example")[1:]]
    assert len(examples) >= 2
    for number, text in enumerate(examples, 1):
        result = run_script(parse_script(text, Path(f"docs/scripts.md example {number}")))
        assert result.passed, result.failure.format()
