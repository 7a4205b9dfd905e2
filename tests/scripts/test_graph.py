"""`second-opinion graph`: valid Mermaid state-diagram text for the whole flow, coloured by coverage."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.flow import default_flow
from assistant.graph import ANY_NODE, RESUME_NODE, mermaid

ID = r"[A-Za-z_][A-Za-z0-9_]*"
LINE_FORMS = {
    "class_def": re.compile(rf"^classDef ({ID}) ([a-z-]+:[^,\s]+(,[a-z-]+:[^,\s]+)*)$"),
    "state": re.compile(rf'^state "([^"]+)" as ({ID})$'),
    "class": re.compile(rf"^[Cc]lass ({ID}) ({ID})$"),
    "edge": re.compile(rf"^({ID}|\[\*\]) --> ({ID})(: [^\n]+)?$"),
    "direction": re.compile(r"^direction (TB|LR|BT|RL)$"),
}


def parse(text: str) -> dict:
    """Check Mermaid stateDiagram-v2 structure line by line; return what it declares."""
    lines = text.splitlines()
    assert lines[0] == "---" and lines[2] == "---" and lines[1].startswith("title: "), "front matter"
    assert lines[3].strip() == "stateDiagram-v2"
    found = {"class_def": {}, "state": set(), "class": {}, "edge": set()}
    for number, raw in enumerate(lines[4:], 5):
        line = raw.strip()
        if not line:
            continue
        kind = next((k for k, form in LINE_FORMS.items() if form.match(line)), None)
        assert kind, f"line {number} is not a Mermaid state-diagram statement: {raw!r}"
        match = LINE_FORMS[kind].match(line)
        if kind == "class_def":
            found["class_def"][match[1]] = match[2]
        elif kind == "state":
            found["state"].add(match[2])
        elif kind == "class":
            found["class"][match[1]] = match[2]
        elif kind == "edge":
            found["edge"].add((match[1], match[2]))
    for state, style in found["class"].items():
        assert state in found["state"] and style in found["class_def"]
    for source, target in found["edge"]:
        assert source in found["state"] | {"[*]"} and target in found["state"]
    return found


@pytest.fixture(scope="module")
def flow():
    return default_flow()


def test_the_graph_has_every_state_and_every_declared_route(flow):
    found = parse(mermaid(flow))
    assert set(flow.states) | {RESUME_NODE, ANY_NODE} == found["state"]
    expected = {(source, RESUME_NODE if target == "$resume" else target) for source, target in flow.edges()}
    assert expected <= found["edge"]
    assert (ANY_NODE, flow.urgent_state) in found["edge"] and (ANY_NODE, flow.check_state) in found["edge"]
    assert ("[*]", flow.start) in found["edge"]


def test_routes_are_labelled_with_their_condition(flow):
    text = mermaid(flow)
    assert "red_flags --> urgent_care: answer [any_red_flag]" in text
    assert "fit --> timing_seen: answer [worsening_not_asked]" in text


def test_coverage_colours_each_state(flow):
    found = parse(mermaid(flow, covered={"welcome", "done"}))
    assert found["class"]["welcome"] == "s_covered" and found["class"]["done"] == "s_covered"
    assert found["class"]["records"] == "s_uncovered"
    assert "fill" in found["class_def"]["s_covered"] and "fill" in found["class_def"]["s_uncovered"]


def test_the_command_prints_the_diagram_and_colours_it_from_the_project_scripts(capsys, flow):
    assert main(["graph"]) == 0
    plain = capsys.readouterr().out
    assert parse(plain)["class"]["welcome"] == "s_default"
    assert main(["graph", "--coverage"]) == 0
    coloured = parse(capsys.readouterr().out)
    assert all(coloured["class"][name] == "s_covered" for name in flow.states)


@pytest.mark.parametrize("document", ["docs/flow.md", "README.md"])
def test_the_docs_hold_todays_diagram(flow, document):
    doc = (Path(__file__).resolve().parents[2] / document).read_text(encoding="utf-8")
    block = re.search(r"```mermaid\n(.*?)```", doc, re.S)
    assert block, f"{document} needs a ```mermaid block"
    assert block[1].strip() == mermaid(flow).strip(), (
        f"{document} is out of date with the flow: regenerate the block with `second-opinion graph`"
    )
