"""The flow loads, and broken copies of it fail at load with a message naming file and problem."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from assistant.flow import FlowError, load_flow
from assistant.paths import dialogues_dir, prompts_dir


@pytest.fixture
def flow_copy(tmp_path: Path):
    """A writable copy of the flow and templates; `edit(fn)` changes the parsed flow.yaml."""
    dialogues = tmp_path / "dialogues"
    prompts = tmp_path / "prompts"
    shutil.copytree(dialogues_dir(), dialogues)
    shutil.copytree(prompts_dir(), prompts)
    flow_file = dialogues / "flow.yaml"

    def edit(change) -> None:
        data = yaml.safe_load(flow_file.read_text())
        change(data)
        flow_file.write_text(yaml.safe_dump(data, sort_keys=False))

    def load():
        return load_flow(dialogues, prompts)

    return edit, load, prompts


def test_the_shipped_flow_loads_with_every_stage_in_order():
    flow = load_flow()
    stages = list(flow.stages)
    expected = ["welcome", "decision", "red_flags", "urgent_care", "signs", "fit", "timing",
                "specialist", "records", "logistics", "questions", "summary", "done"]
    assert stages[: len(expected)] == expected
    for name, spec in flow.states.items():
        assert name == spec.stage or name.startswith(spec.stage + "_")


def test_a_copy_loads_unchanged(flow_copy):
    _, load, _ = flow_copy
    assert "summary" in load().states


def _break_target(data):
    data["states"]["decision_what"]["next"][0]["to"] = "decision_nowhere"


def _break_condition(data):
    data["states"]["welcome"]["next"][0]["when"] = "is_martian"


def _break_action(data):
    data["states"]["red_flags"]["next"][0]["do"] = ["launch_rocket"]


def _break_template(data):
    data["states"]["signs"]["template"] = "missing.md.j2"


def _break_dead_end(data):
    del data["states"]["signs_more"]["next"]


def _break_last_route_conditional(data):
    data["states"]["signs"]["next"] = [{"to": "signs_more", "when": "is_caregiver"}]


def _break_unreachable(data):
    data["states"]["decision_orphan"] = dict(data["states"]["decision_why"])


def _break_final_with_routes(data):
    data["states"]["done"]["next"] = [{"to": "welcome"}]


def _break_stage_name(data):
    data["states"]["mystery"] = data["states"].pop("signs_more")
    data["states"]["signs"]["next"] = [{"to": "mystery"}]


def _break_source(data):
    data["states"]["signs"]["why"]["source"] = "NOWHERE"


def _break_ask_kind(data):
    data["states"]["signs"]["ask"] = "telepathy"


def _break_duplicate_choice(data):
    choices = data["states"]["welcome"]["choices"]
    choices[1]["id"] = choices[0]["id"]


def _break_start(data):
    data["start"] = "hello"


@pytest.mark.parametrize(
    "breakage, problem",
    [
        (_break_target, "target 'decision_nowhere' does not exist"),
        (_break_condition, "condition 'is_martian' is not defined"),
        (_break_action, "action 'launch_rocket' is not defined"),
        (_break_template, "template 'missing.md.j2' does not exist"),
        (_break_dead_end, "state 'signs_more' is a dead end"),
        (_break_last_route_conditional, "the last 'next' entry must have no 'when'"),
        (_break_unreachable, "cannot be reached from 'welcome': decision_orphan"),
        (_break_final_with_routes, "final state 'done' must not have 'next'"),
        (_break_stage_name, "state 'mystery' does not start with a stage name"),
        (_break_source, "source 'NOWHERE' is not listed"),
        (_break_ask_kind, "ask 'telepathy' is not one of"),
        (_break_duplicate_choice, "two choices share an id"),
        (_break_start, "start 'hello' is not a state"),
    ],
)
def test_a_broken_flow_fails_at_load_naming_file_and_problem(flow_copy, breakage, problem):
    edit, load, _ = flow_copy
    edit(breakage)
    with pytest.raises(FlowError) as error:
        load()
    message = str(error.value)
    assert message.startswith("flow.yaml: ")
    assert problem in message


def test_invalid_yaml_names_the_line(flow_copy, tmp_path):
    _, load, _ = flow_copy
    (tmp_path / "dialogues" / "flow.yaml").write_text("id: x\nstates: [unclosed\n")
    with pytest.raises(FlowError, match=r"flow.yaml: not valid YAML at line \d+"):
        load()


def test_a_missing_flow_file_is_named(tmp_path):
    with pytest.raises(FlowError, match="flow.yaml: not found"):
        load_flow(tmp_path, prompts_dir())


def test_a_template_with_an_undefined_name_fails_when_rendered(flow_copy):
    # StrictUndefined: a typo in a template is an error, never a silent blank.
    from assistant.engine import Engine
    from assistant.render import environment

    _, load, prompts = flow_copy
    (prompts / "welcome.md.j2").write_text("Hello {{ no_such_name }}")
    environment.cache_clear()
    try:
        import jinja2

        from assistant import render

        engine = Engine(flow=load())
        engine.start()
        with pytest.raises(jinja2.UndefinedError):
            render.render("welcome.md.j2", engine._context(), folder=prompts)
    finally:
        environment.cache_clear()


def test_a_bare_yes_or_no_in_a_choice_list_is_caught(flow_copy):
    # YAML turns a bare `no` into false; such a synonym would silently never match.
    edit, load, _ = flow_copy

    def unquote(data):
        data["states"]["red_flags"]["choices"][-1]["synonyms"].append(False)

    edit(unquote)
    with pytest.raises(FlowError, match="choice word False is not text; put it in quotes"):
        load()


def test_a_past_baby_label_that_is_not_text_is_caught(flow_copy):
    edit, load, _ = flow_copy

    def number(data):
        data["states"]["red_flags_child"]["choices"][2]["past_baby"] = 3

    edit(number)
    with pytest.raises(FlowError, match="the past_baby form of 'child_fluids' is not text"):
        load()
