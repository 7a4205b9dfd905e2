"""A template that reads one part of the plan has that part worked out alone (plan_view.py, issue 17 row 1:
building the whole plan for `plan.sure_before` cost as much as the rest of the render), and the part is
the very value the whole plan has, in every state of every conversation."""

from __future__ import annotations

import pytest

from assistant import rules
from assistant.engine import Engine
from assistant.plan_view import PlanView
from benchmarks.conversations import STRAIGHT_PATH, walk


def _engines_along(lines: list[str]):
    engine = Engine()
    engine.start()
    yield engine
    for line in lines:
        engine.respond(line)
        yield engine


def _every_state():
    yield from _engines_along(STRAIGHT_PATH)
    for seed in range(12):
        yield from _engines_along(walk(seed, 30))


def test_each_part_alone_is_the_whole_plans_part_in_every_state():
    checked = 0
    for engine in _every_state():
        whole = engine.plan()
        for name in rules.PLAN_PARTS:
            view = PlanView(engine.plan, engine.slots, engine._question_labels)  # fresh: nothing built yet
            assert getattr(view, name) == whole[name], (engine.state, name)
            assert view.get(name) == whole[name], (engine.state, name)
            assert name in view
        view = PlanView(engine.plan, engine.slots, engine._question_labels)
        assert ("comparison" in view) == ("comparison" in whole)
        assert bool(view) and list(view) == list(whole) and len(view) == len(whole)
        assert view.get("no such part", "absent") == "absent" and "no such part" not in view
        checked += 1
    assert checked > 300


def test_build_plan_keeps_its_keys_in_their_order():
    engine = Engine()
    engine.start()
    for line in STRAIGHT_PATH:
        engine.respond(line)
    assert list(engine.plan()) == list(rules.PLAN_PARTS)  # no comparison started on this path


@pytest.mark.parametrize("count_at", ["red_flags", "timing", "specialist", "logistics"])
def test_a_question_that_reads_one_part_builds_no_whole_plan(monkeypatch, count_at):
    engine = Engine()
    engine.start()
    built = []
    real = rules.build_plan
    monkeypatch.setattr(rules, "build_plan", lambda *a: built.append(engine.state) or real(*a))
    for line in STRAIGHT_PATH:
        turn = engine.respond(line)
        if turn.state == count_at:
            break
    else:
        pytest.fail(f"the path never reached {count_at}")
    assert turn.kind == "ask" and turn.plan is None
    assert count_at not in built


def test_a_part_read_after_the_whole_plan_is_the_whole_plans():
    engine = Engine()
    engine.start()
    for line in STRAIGHT_PATH[:8]:
        engine.respond(line)
    view = PlanView(engine.plan, engine.slots, engine._question_labels)
    whole = view.value
    assert view.sure_before is whole["sure_before"] or view.sure_before == whole["sure_before"]
    assert view.specialist is whole["specialist"]  # read from the plan built, not worked out again
