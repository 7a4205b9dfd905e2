"""The project's scripts cover every state and every declared transition of the flow."""

from __future__ import annotations


import pytest

from assistant.flow import RESUME, default_flow
from assistant.scripts.commands import run_all, scripts_folder
from assistant.scripts.coverage import COMMAND_TEMPLATES, all_templates, declared_edges


@pytest.fixture(scope="module")
def project_run():
    results, coverage = run_all([scripts_folder()])
    return results, coverage


def test_there_are_at_least_30_scripts(project_run):
    results, _ = project_run
    assert len(results) >= 30


def test_every_state_is_visited(project_run):
    _, coverage = project_run
    part = coverage.states_part()
    assert part.missing == [], "no script reaches these states:\n" + "\n".join(part.missing)


def test_every_declared_transition_is_taken(project_run):
    _, coverage = project_run
    part = coverage.transitions_part()
    assert part.missing == [], "no script takes these transitions:\n" + "\n".join(part.missing)


def test_templates_not_rendered_by_any_script_are_reported(project_run):
    # Templates may fall short of 100% (for example one only a command shows); the report
    # must name each one, so this checks the report rather than demanding 100%.
    _, coverage = project_run
    part = coverage.templates_part()
    text = coverage.format()
    for name in part.missing:
        assert f"  - {name}" in text
    assert part.total == len(all_templates())


def test_declared_edges_are_one_per_route_plus_the_two_interrupts():
    flow = default_flow()
    routes = [(s.name, r.to, r.when) for s in flow.states.values() for r in s.routes]
    edges = declared_edges(flow)
    assert len(edges) == len(set(routes)) + 2
    assert {(e.source, e.target) for e in edges if e.trigger == "answer"} == set(flow.edges())
    assert any(e.target == RESUME for e in edges)


def test_command_templates_exist():
    assert set(COMMAND_TEMPLATES.values()) <= set(all_templates())


def test_every_project_script_passes(project_run):
    results, _ = project_run
    failed = [r for r in results if not r.passed]
    assert results and not failed, failed
