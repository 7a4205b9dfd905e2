"""Row 1: one engine turn (screen, understand, transition, render) next to its floor.

The figure: `Engine.respond` for each line of a straight path to the plan (24 answers since the timeline step), per
turn. The floor: for the same turns, one bare `transitions` trigger and one Jinja render of
the same template with the same context (both prepared in advance).
"""

from __future__ import annotations

import assistant.safety as safety_module
from assistant.engine import Engine
from assistant.safety import NOTHING

from .conversations import STRAIGHT_PATH, BareReplay, capture
from .report import Row
from .timing import clock, interleave, seconds_since


def engine_turns(lines: list[str]) -> float:
    engine = Engine()
    engine.start()
    start = clock()
    for line in lines:
        engine.respond(line)
    return seconds_since(start) / len(lines)


def check_path(lines: list[str]) -> None:
    engine = Engine()
    engine.start()
    for line in lines:
        turn = engine.respond(line)
        if turn.kind != "ask":
            raise RuntimeError(f"the benchmark path no longer fits the flow: {line!r} gave a {turn.kind} turn at {turn.state}")


def run(quick: bool) -> list[Row]:
    lines = STRAIGHT_PATH
    check_path(lines)
    recording = capture(lines)
    bare = BareReplay()
    prepared = bare.prepare(recording)
    assert all(len(t.moves) == 1 and len(t.renders) == 1 for t in recording.turns), "one trigger, one render per turn"

    def floor() -> float:
        start = clock()
        bare.run(recording, prepared)
        return seconds_since(start) / len(lines)

    pair = interleave(lambda: engine_turns(lines), floor, repeats=15 if quick else 41, warmup=3, budget=10)
    screen = safety_module.screen  # the engine looks it up on each answer
    safety_module.screen = lambda line: NOTHING  # the same turns with screening left out, to show its share
    try:
        unscreened = interleave(lambda: engine_turns(lines), floor, repeats=9 if quick else 21, warmup=2, budget=5)
    finally:
        safety_module.screen = screen
    return [
        Row("1 Turn cost (engine turn vs bare trigger + render)", pair.figure_median, pair.floor_median, "s", 3.0,
            "trigger + render", note=f"median over repeats of the mean of {len(lines)} answer turns on a straight path to the plan.",
            samples={"figure": pair.figure, "floor": pair.floor}),
        Row("1b Turn cost with red-flag screening left out", unscreened.figure_median, unscreened.floor_median, "s", None,
            "trigger + render", note="the engine's own share of row 1: screening replaced by 'nothing found' (diagnostic only).",
            samples={"figure": unscreened.figure, "floor": unscreened.floor}),
    ]
