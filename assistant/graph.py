"""`second-opinion graph`: the conversation flow as a Mermaid state diagram.

Drawn by transitions' own Mermaid engine (no Graphviz), from the Flow data: every state and
every declared route, labelled with its condition. The machine built here is for drawing
only and is never used to hold a conversation. `--coverage` runs the project's scripts and
colours each state by whether a script reaches it.
"""

from __future__ import annotations

import argparse
import copy

from .flow import RESUME, Flow, default_flow

# Mermaid state ids allow letters, digits and _ only, so the two pseudo-states get plain ids.
RESUME_NODE = "back_to_where_we_were"  # $resume
ANY_NODE = "any_state"  # every line is screened for red flags, in every state
TITLE = "title: second-opinion conversation flow"
COVERAGE_STYLES = {
    "covered": {"fill": "#d8f0d8", "color": "black"},
    "uncovered": {"fill": "#f8d0d0", "color": "black", "stroke": "#c00000"},
}


def _node(name: str) -> str:
    return RESUME_NODE if name == RESUME else name


def build_drawing(flow: Flow):
    """A GraphMachine mirroring the flow, for drawing (the conversation uses assistant.machine)."""
    from transitions.extensions.diagrams import GraphMachine  # only this command pays for it

    class Drawing:  # the model the diagram machine needs; it never moves
        pass

    states = [*flow.states, RESUME_NODE, ANY_NODE]
    model = Drawing()
    machine = GraphMachine(
        model=model,
        states=states,
        initial=flow.start,
        auto_transitions=False,
        graph_engine="mermaid",
        show_conditions=True,
        title=TITLE,
    )
    machine.machine_attributes = {**machine.machine_attributes, "rankdir": "TB"}  # a long flow reads top-down
    machine.style_attributes = copy.deepcopy(machine.style_attributes)
    machine.style_attributes["node"].update(COVERAGE_STYLES)
    for spec in flow.states.values():
        for route in spec.routes:
            conditions = [route.when] if route.when else []
            machine.add_transition("answer", spec.name, _node(route.to), conditions=conditions)
    machine.add_transition("red_flag", ANY_NODE, flow.urgent_state)
    machine.add_transition("maybe_red_flag", ANY_NODE, flow.check_state)
    return machine, model


def mermaid(flow: Flow, covered: set[str] | None = None) -> str:
    """The Mermaid text; with `covered`, every state is styled covered or uncovered."""
    machine, model = build_drawing(flow)
    graph = machine.model_graphs[id(model)] if id(model) in machine.model_graphs else None
    if graph is None:
        model.get_graph(force_new=True)
        graph = machine.model_graphs[id(model)]
    graph.reset_styling()  # no "active" state: this is a map, not a conversation
    if covered is not None:
        for name in flow.states:
            graph.set_node_style(name, "covered" if name in covered else "uncovered")
    return graph.get_graph(title=TITLE).draw(None)


def covered_states() -> set[str]:
    from .paths import dialogues_dir
    from .scripts.commands import run_all

    results, coverage = run_all([dialogues_dir() / "scripts"])
    return coverage.states


def run_graph(args: argparse.Namespace) -> int:
    flow = default_flow()
    covered = covered_states() if getattr(args, "coverage", False) else None
    print(mermaid(flow, covered))
    return 0
