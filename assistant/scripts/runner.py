"""Run a scripted dialogue against a fresh Engine, in-process, and say exactly what differed.

Each step's user line goes to `Engine.respond`; its checks are compared with the turn that
comes back (and with the engine's slots and plan, which is how checks match by meaning).
The run stops at the first step with a failing check.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field

from ..engine import Engine, Turn
from ..flow import Flow, default_flow
from .coverage import Trace
from .model import Check, Script, Step
from .validate import validate

_SPACES = re.compile(r"\s+")
# plan check -> (the plan's list, how the expected items must appear in it)
PLAN_LISTS = {
    "specialist_includes": ("specialist", "include"),
    "specialist_excludes": ("specialist", "exclude"),
    "records_include": ("records", "include"),
    "records_begin_with": ("records", "begin"),
    "alternatives_include": ("alternatives", "include"),
}


@dataclass(frozen=True)
class Mismatch:
    check: Check
    actual: object
    problem: str  # e.g. "expected state 'timing', got 'timing_tests'"


@dataclass(frozen=True)
class Failure:
    script: Script
    line: int
    headline: str  # what went wrong, without the file and line
    mismatches: tuple[Mismatch, ...] = ()
    turn: Turn | None = None

    def format(self) -> str:
        lines = [f"{self.script.shown_path}:{self.line}: {self.headline}"]
        for mismatch in self.mismatches:
            key = mismatch.check.key
            lines.append(f"  expected  {key}: {mismatch.check.expected!r}")
            lines.append(f"  actual    {key}: {mismatch.actual!r}")
        if self.turn is not None:
            lines.append(f"  the assistant said (state {self.turn.state}, {self.turn.kind}):")
            lines.extend(f"    | {row}" for row in self.turn.text.splitlines())
            if self.turn.choices:
                lines.extend(f"    | {i}. {label}" for i, label in enumerate(self.turn.choices, 1))
        return "\n".join(lines)


@dataclass
class Result:
    script: Script
    trace: Trace
    failure: Failure | None = None
    turns: list[Turn] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def passed(self) -> bool:
        return self.failure is None


# --- comparing one check -----------------------------------------------------------------
def _squash(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _turn_value(key: str, turn: Turn, engine: Engine) -> object:
    if key == "finished":
        return engine.finished
    return getattr(turn, key)


def _compare(check: Check, turn: Turn, engine: Engine) -> Mismatch | None:
    key, expected = check.key, check.expected
    if key in ("state", "stage", "kind", "template", "urgent", "finished"):
        actual = _turn_value(key, turn, engine)
        if actual != expected:
            return Mismatch(check, actual, f"expected {key} {expected!r}, got {actual!r}")
        return None
    if key in ("text_contains", "text_not_contains"):
        text = _squash(turn.text)
        wanted = key == "text_contains"
        wrong = [t for t in expected if (_squash(t) in text) != wanted]
        if wrong:
            verb = "to contain" if wanted else "not to contain"
            return Mismatch(check, turn.text, f"expected the turn {verb} {wrong[0]!r}")
        return None
    if key == "text_matches":
        if not re.search(expected, turn.text):
            return Mismatch(check, turn.text, f"expected the turn to match /{expected}/")
        return None
    if key == "choices_include":
        offered = {_squash(c) for c in (*turn.choices, *turn.choice_ids)}
        missing = [c for c in expected if _squash(c) not in offered]
        if missing:
            return Mismatch(check, list(turn.choice_ids), f"expected choice {missing[0]!r} to be offered")
        return None
    if key == "slots":
        actual = {name: engine.slots.get(name) for name in expected}  # unset reads as null
        wrong = [name for name in expected if actual[name] != expected[name]]
        if wrong:
            name = wrong[0]
            return Mismatch(check, actual, f"expected slot {name} = {expected[name]!r}, got {actual[name]!r}")
        return None
    return _compare_plan(check, turn.plan if turn.plan is not None else engine.plan())


def _compare_plan(check: Check, plan: dict) -> Mismatch | None:
    field_name = check.key.removeprefix("plan.")
    expected = check.expected
    if field_name in ("timing", "timing_one_of"):
        actual = plan["timing"]
        ok = actual == expected if field_name == "timing" else actual in expected
        what = f"{expected!r}" if field_name == "timing" else f"one of {expected}"
        return None if ok else Mismatch(check, actual, f"expected plan timing {what}, got {actual!r}")
    if field_name in ("sure_before", "sure_after"):
        actual = plan[field_name]
        return None if actual == expected else Mismatch(check, actual, f"expected {field_name} score {expected}, got {actual}")
    if field_name == "questions_count":
        actual = len(plan["questions"])
        return None if actual == expected else Mismatch(check, plan["questions"], f"expected {expected} questions, got {actual}")
    list_name, test = PLAN_LISTS[field_name]
    actual = plan[list_name]
    if test == "include":
        missing = [x for x in expected if x not in actual]
        if missing:
            return Mismatch(check, actual, f"expected plan {list_name} to include {missing[0]!r}")
    elif test == "exclude":
        present = [x for x in expected if x in actual]
        if present:
            return Mismatch(check, actual, f"expected plan {list_name} not to include {present[0]!r}")
    elif actual[: len(expected)] != expected:
        return Mismatch(check, actual, f"expected plan {list_name} to begin with {expected}")
    return None


# --- running a script --------------------------------------------------------------------
def _step_headline(step: Step, problem: str) -> str:
    said = "the opening turn" if step.user is None else f"user: {step.user!r}"
    return f"step {step.number} ({said}) {problem}"


def check_step(script: Script, step: Step, turn: Turn, engine: Engine) -> Failure | None:
    """Compare one step's checks with the turn that answered it (any face may call this)."""
    mismatches = [m for m in (_compare(c, turn, engine) for c in step.checks) if m is not None]
    if not mismatches:
        return None
    first = mismatches[0]
    return Failure(script, first.check.line, _step_headline(step, first.problem), tuple(mismatches), turn)


def check_role(script: Script, engine: Engine) -> Failure | None:
    recorded = engine.slots.get("role")
    if script.role and recorded and recorded != script.role:
        return Failure(script, script.role_line, f"role is {script.role!r}, but the conversation recorded {recorded!r}")
    return None


def engine_for(script: Script, flow: Flow | None = None, listener=None) -> Engine:
    """A fresh engine set up by the script's fixtures, not yet started."""
    flow = flow or default_flow()
    validate(script, flow)
    day = script.today
    engine = Engine(flow=flow, listener=listener, start_state=script.start, today=(lambda: day) if day else None)
    engine.slots.update(script.answers)
    return engine


def run_script(script: Script, flow: Flow | None = None) -> Result:
    """Run every step on a fresh engine; stop at the first step whose checks fail."""
    flow = flow or default_flow()
    started = time.perf_counter()
    trace = Trace(flow)
    engine = engine_for(script, flow, trace)
    trace.attach(lambda: engine.slots)
    result = Result(script, trace)
    turn = engine.start()
    result.turns.append(turn)
    for step in script.steps:
        if step.user is not None:
            turn = engine.respond(step.user)
            result.turns.append(turn)
        result.failure = check_step(script, step, turn, engine)
        if result.failure:
            break
    else:
        result.failure = check_role(script, engine)
    result.seconds = time.perf_counter() - started
    return result
