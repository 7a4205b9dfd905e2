"""A leftover a person met in the window (helper t11, item 5): the "Nothing picked yet" toast stayed on
screen over the next question. A hint about how to answer one question goes when the next turn comes;
a warning (the save problem, an emergency) is not a hint and stays its time."""

from __future__ import annotations

from tui.tui_support import started, state, type_burst, wait_until

from assistant.tui.screens.chat import EMPTY_HINT
from assistant.tui.widgets.choices import ENTER_HINT

SINGLE = ["1", "knee surgery", "skip"]  # opens on decision_when: pick one of 5


def notices(app) -> list[str]:
    return [str(n.message) for n in app._notifications]


def list_hint(app) -> str:
    choices = app.screen.active_choices
    return str(choices.border_subtitle or "") if choices is not None else ""


async def test_the_nothing_picked_hint_goes_when_the_next_question_comes(make_app):
    # Since t12 the hint is written under the list, where it covers no chat text, not in a toast.
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("enter")
        await wait_until(pilot, lambda: list_hint(app) == ENTER_HINT, "the hint under the list")
        assert ENTER_HINT not in notices(app)  # no toast over the chat
        await pilot.press("2")
        await pilot.press("enter")
        await wait_until(pilot, lambda: state(app) == "decision_situation", "the next question")
        assert ENTER_HINT not in notices(app) and list_hint(app) != ENTER_HINT  # the next list starts without it


async def test_a_warning_is_not_taken_down_with_the_hints(make_app):
    app = make_app(answered=SINGLE)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        app.notify("A warning that must stay", severity="warning", markup=False)
        await pilot.press("enter")
        await wait_until(pilot, lambda: list_hint(app) == ENTER_HINT, "the hint under the list")
        await pilot.press("2", "enter")
        await wait_until(pilot, lambda: state(app) == "decision_situation", "the next question")
        assert "A warning that must stay" in notices(app)


async def test_bad_input_then_a_real_answer_leaves_no_hint(make_app):
    app = make_app(answered=["1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await pilot.press("enter")  # an empty box at a free-text question: the empty hint
        await wait_until(pilot, lambda: EMPTY_HINT in notices(app), "the empty hint")
        type_burst(pilot, "knee surgery")
        await pilot.pause()
        await pilot.press("enter")
        await wait_until(pilot, lambda: state(app) == "decision_why", "the next question")
        assert EMPTY_HINT not in notices(app)
