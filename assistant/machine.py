"""Compile a checked Flow into a `transitions` state machine.

Triggers:
  start      boot -> the flow's first state (transitions never runs the initial state's
             on_enter, so we start in a boot state).
  answer     the user answered; the flow's `next` routes are tried in order.
  emergency  from any state to the urgent state (the safety net).
  ask_if_now from any state to the "is this happening now?" check.
"""

from __future__ import annotations

from transitions import Machine

from .conditions import ACTIONS, CONDITIONS
from .flow import RESUME, Flow

BOOT = "boot"


def _condition(name: str):
    check = CONDITIONS[name]
    return lambda event: check(event.model.slots)


def _action(name: str):
    act = ACTIONS[name]
    return lambda event: act(event.model.slots)


def _set_resume(target: str):
    def remember(event) -> None:
        event.model.resume_state = target

    return remember


def _resume_is(target: str):
    return lambda event: event.model.resume_state == target


# One machine per flow, shared by every conversation on it: building one costs about 1 ms,
# which `replay --verify` would pay per transcript. Keyed by id(), holding the flow so the
# id cannot be reused while the entry lives.
_SHARED: dict[int, tuple[Flow, Machine]] = {}


def attach(flow: Flow, model) -> Machine:
    """Add a conversation `model` (with `slots` and `resume_state`) to the flow's machine, at
    the boot state. The caller removes it with `machine.remove_model(model)` when done."""
    entry = _SHARED.get(id(flow))
    if entry is None or entry[0] is not flow:
        entry = _SHARED[id(flow)] = (flow, build_machine(flow))
    machine = entry[1]
    machine.add_model(model, initial=BOOT)
    return machine


def build_machine(flow: Flow, model=None) -> Machine:
    """A machine for the flow; conversations are added with add_model (see `attach`)."""
    names = list(flow.states)
    machine = Machine(
        model=model,
        states=[BOOT, *names],
        initial=BOOT,
        auto_transitions=False,
        send_event=True,
        ignore_invalid_triggers=False,
    )
    machine.add_transition("start", BOOT, flow.start)
    resumable = [n for n in names if n not in (flow.urgent_state, flow.check_state)]
    for spec in flow.states.values():
        for route in spec.routes:
            conditions = [_condition(route.when)] if route.when else []
            after = [_action(a) for a in route.do]
            if route.resume:
                after.append(_set_resume(route.resume))
            targets = resumable if route.to == RESUME else [route.to]
            for target in targets:
                extra = [_resume_is(target)] if route.to == RESUME else []
                machine.add_transition(
                    "answer", spec.name, target, conditions=conditions + extra, after=list(after)
                )
    machine.add_transition("emergency", "*", flow.urgent_state)
    machine.add_transition("ask_if_now", "*", flow.check_state)
    return machine
