"""Conversations to measure, and the floor: the same turns through a bare machine and templates.

`walk` answers whatever the engine asks (seeded, so every run measures the same lines).
`capture` runs lines through a real Engine and records what each turn cost at the floor:
the transitions it made and the templates it rendered with their contexts. `BareReplay`
replays that record: one bare `transitions` trigger per transition (a shared machine, no
conditions or callbacks) and one `Template.render` per template, nothing else.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

from transitions import Machine

import assistant.engine as engine_module
from assistant.engine import Engine, Turn
from assistant.flow import default_flow
from assistant.render import environment

FREE_TEXT = (
    "Whether to have knee replacement surgery",
    "My mother Rosa",
    "Which treatment to choose for her lymphoma",
    "How long will it take to heal?",
    "skip",
)
COMMANDS = ("help", "why", "summary", "back", "sources")

# One straight path to the plan, answered as a patient would (no commands, no re-asks).
STRAIGHT_PATH = [
    "1", "Whether to have knee replacement surgery", "The surgeon did not talk about other options",
    "2", "1", "understand", "none", "2, 8", "3", "1", "1", "no", "", "3", "", "1, 4", "skip", "1", "will ask",
    "1,3,5,6", "Will I be able to walk the dog again?", "4 1 2", "all", "",
]


def answer_for(turn: Turn, rng: random.Random, command_rate: float = 0.08) -> str:
    """A line a user might type at this turn: a number, several, words, Enter, or a command."""
    if turn.state == default_flow().final:
        return "restart"
    if rng.random() < command_rate:
        return rng.choice(COMMANDS)
    if turn.kind == "reask":  # the last answer was not understood: the safe answers
        return "all" if turn.multi else ("skip" if turn.free_text else "1")
    if turn.choices:
        count = len(turn.choices)
        if turn.multi:
            return rng.choice(("all", str(rng.randint(1, count)), f"{rng.randint(1, count)}, {rng.randint(1, count)}"))
        return str(rng.randint(1, count))
    if turn.free_text:
        return "ok" if turn.state.endswith("_order") else rng.choice(FREE_TEXT)
    return ""  # an info turn: Enter goes on


def walk(seed: int, lines: int, listener: Callable[[dict], None] | None = None) -> list[str]:
    """The lines of one seeded conversation of `lines` inputs (and lines + 1 assistant turns)."""
    rng = random.Random(seed)
    engine = Engine(listener=listener)
    turn = engine.start()
    typed = []
    for _ in range(lines):
        line = answer_for(turn, rng)
        typed.append(line)
        turn = engine.respond(line)
    return typed


@dataclass
class TurnCost:
    """What one turn did at the floor: the moves it made and the templates it rendered."""

    moves: list[str] = field(default_factory=list)  # destination states
    renders: list[tuple[str, dict]] = field(default_factory=list)


@dataclass
class Recording:
    start_state: str  # the state before the first recorded turn
    turns: list[TurnCost]


def capture(lines: list[str], skip_start: bool = True) -> Recording:
    """Run the lines through a real Engine; record each turn's moves and renders.

    With skip_start, the first turn (engine.start()) is left out of the recording."""
    turns: list[TurnCost] = []
    original = engine_module.render

    def recording_render(template: str, context: dict, folder=None) -> str:
        turns[-1].renders.append((template, dict(context)))
        return original(template, context, folder)

    def listener(event: dict) -> None:
        if event["type"] == "transition" and turns:
            turns[-1].moves.append(event["dest"])

    engine = Engine(listener=listener)
    engine_module.render = recording_render
    try:
        turns.append(TurnCost())
        engine.start()
        start_state = engine.state
        if skip_start:
            turns.clear()
        for line in lines:
            turns.append(TurnCost())
            engine.respond(line)
    finally:
        engine_module.render = original
    return Recording(start_state if skip_start else "boot", turns)


class BareReplay:
    """A bare machine with the flow's states, shared by every replay (built once)."""

    def __init__(self) -> None:
        flow = default_flow()
        self.states = ["boot", *flow.states]
        self.model = type("BareModel", (), {})()
        self.machine = Machine(model=self.model, states=self.states, initial="boot", auto_transitions=False)
        for state in self.states:
            self.machine.add_transition(f"to_{state}", "*", state)
        self.templates = {}

    def prepare(self, recording: Recording) -> list[tuple[list, list]]:
        """Each turn as (bound triggers, (template, context) pairs), looked up in advance."""
        env = environment()
        prepared = []
        for turn in recording.turns:
            triggers = [getattr(self.model, f"to_{dest}") for dest in turn.moves]
            renders = []
            for name, context in turn.renders:
                if name not in self.templates:
                    self.templates[name] = env.get_template(name)
                renders.append((self.templates[name], context))
            prepared.append((triggers, renders))
        return prepared

    def run(self, recording: Recording, prepared: list[tuple[list, list]]) -> None:
        self.machine.set_state(recording.start_state, model=self.model)
        for triggers, renders in prepared:
            for trigger in triggers:
                trigger()
            for template, context in renders:
                template.render(context)
