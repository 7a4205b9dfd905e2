"""What scripted dialogues cover: states visited, declared transitions taken, templates rendered.

A Trace listens to one engine's events. Coverage adds traces up against everything the flow
declares: one transition per `next:` entry (so two routes to the same state under different
conditions count separately; `$resume` counts once per entry), plus the two safety
interrupts that can fire in any state.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..conditions import CONDITIONS
from ..flow import RESUME, Flow
from ..paths import prompts_dir
from ..understand import COMMANDS

ANY = "*"
# Command turns show their own template as an intro; the turn event names the state's template.
COMMAND_TEMPLATES = {"help": "help.md.j2", "why": "why.md.j2", "summary": "so_far.md.j2", "sources": "sources.md.j2"}
# Commands that move the conversation show up as transition triggers; the rest as turn kinds.
MOVING_COMMANDS = ("back", "restart", "compare")


@dataclass(frozen=True)
class Edge:
    source: str  # a state, or "*" for an interrupt
    target: str  # a state, or "$resume"
    condition: str | None = None
    trigger: str = "answer"

    @property
    def label(self) -> str:
        if self.source == ANY:
            return f"* -> {self.target} ({self.trigger}, from any state)"
        when = f" [{self.condition}]" if self.condition else ""
        return f"{self.source} -> {self.target}{when}"


def declared_edges(flow: Flow) -> list[Edge]:
    edges = [Edge(s.name, r.to, r.when) for s in flow.states.values() for r in s.routes]
    edges.append(Edge(ANY, flow.urgent_state, trigger="emergency"))
    edges.append(Edge(ANY, flow.check_state, trigger="ask_if_now"))
    return list(dict.fromkeys(edges))


def all_templates(folder: Path | None = None) -> list[str]:
    """Every template that can be a turn: partials (`_*.j2`) are only ever included."""
    return sorted(p.name for p in (folder or prompts_dir()).glob("*.j2") if not p.name.startswith("_"))


class Trace:
    """Records what one conversation touched. Pass it to Engine(listener=...), then `attach`."""

    def __init__(self, flow: Flow) -> None:
        self.flow = flow
        self.states: set[str] = set()
        self.edges: set[Edge] = set()
        self.templates: set[str] = set()
        self.commands: set[str] = set()
        self._slots: Callable[[], dict] = dict
        self._before: dict = {}  # the slots as the route conditions saw them

    def attach(self, slots: Callable[[], dict]) -> None:
        self._slots = slots

    def __call__(self, event: dict) -> None:
        kind = event["type"]
        if kind in ("user", "slot"):
            # Routes are chosen after the last slot is set and before their actions run.
            self._before = copy.deepcopy(self._slots())
        elif kind == "transition":
            self._transition(event)
        elif kind == "turn":
            self.states.add(event["state"])
            self.templates.add(event["template"])
            if event["kind"] in COMMAND_TEMPLATES:
                self.templates.add(COMMAND_TEMPLATES[event["kind"]])
                self.commands.add(event["kind"])
            elif event["kind"] == "bye":
                self.commands.add("quit")

    def _transition(self, event: dict) -> None:
        trigger, source, dest = event["trigger"], event["source"], event["dest"]
        if trigger in ("emergency", "ask_if_now"):
            self.edges.add(Edge(ANY, dest, trigger=trigger))
        elif trigger in MOVING_COMMANDS:
            self.commands.add(trigger)
        elif trigger == "answer":
            edge = self._route_taken(source, dest)
            if edge is not None:
                self.edges.add(edge)

    def _route_taken(self, source: str, dest: str) -> Edge | None:
        # The machine tries routes in order; the first whose condition held and leads to dest.
        for route in self.flow.state(source).routes:
            if route.when is not None and not CONDITIONS[route.when](self._before):
                continue
            if route.to in (dest, RESUME):
                return Edge(source, route.to, route.when)
        return None


@dataclass(frozen=True)
class Part:
    name: str
    covered: list[str]
    missing: list[str]

    @property
    def total(self) -> int:
        return len(self.covered) + len(self.missing)

    @property
    def percent(self) -> float:
        return 100.0 * len(self.covered) / self.total if self.total else 100.0

    @property
    def complete(self) -> bool:
        return not self.missing


class Coverage:
    """Traces added up against all the flow declares."""

    def __init__(self, flow: Flow, templates: Path | None = None) -> None:
        self.flow = flow
        self.edges = declared_edges(flow)
        self.template_names = all_templates(templates)
        self.states: set[str] = set()
        self.taken: set[Edge] = set()
        self.rendered: set[str] = set()
        self.commands: set[str] = set()

    def add(self, trace: Trace) -> None:
        self.states |= trace.states
        self.taken |= trace.edges
        self.rendered |= trace.templates
        self.commands |= trace.commands

    def _part(self, name: str, everything: list[str], seen) -> Part:
        return Part(name, [x for x in everything if x in seen], [x for x in everything if x not in seen])

    def states_part(self) -> Part:
        return self._part("states", list(self.flow.states), self.states)

    def transitions_part(self) -> Part:
        taken = {e.label for e in self.taken}
        return self._part("transitions", [e.label for e in self.edges], taken)

    def templates_part(self) -> Part:
        return self._part("templates", self.template_names, self.rendered)

    def commands_part(self) -> Part:
        return self._part("commands", list(COMMANDS), self.commands)

    def parts(self) -> list[Part]:
        return [self.states_part(), self.transitions_part(), self.templates_part(), self.commands_part()]

    def format(self) -> str:
        lines = ["Coverage:"]
        for part in self.parts():
            lines.append(f"  {part.name:<12} {part.percent:5.1f}%  ({len(part.covered)} of {part.total})")
        for part in self.parts():
            if part.missing:
                lines.append(f"Never covered ({part.name}):")
                lines.extend(f"  - {item}" for item in part.missing)
        return "\n".join(lines)
