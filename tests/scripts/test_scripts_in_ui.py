"""A few scripts run through the Textual app with Pilot: the same lines typed into the input
box, the same checks on the engine behind the app, so one script proves both paths."""

from __future__ import annotations

import time

import pytest
from textual import events
from textual.widgets import Input

from assistant.scripts.commands import scripts_folder
from assistant.scripts.model import load_script
from assistant.scripts.runner import check_role, check_step, engine_for
from assistant.tui.app import SecondOpinionApp

# Chosen to cross the UI's special cases: urgent turns and their banner, a blocked command,
# a caregiver's wording, free text, multi-choice answers and a re-ask. Each costs about a
# second, so the rest stay engine-only (and the UI never sends an empty line, which some type).
UI_SCRIPTS = ["red_flag_during_decision", "red_flags_stage_not_now", "understanding_confirm_and_partial"]


async def until(pilot, condition, what: str, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        await pilot.pause()


async def type_line(pilot, app: SecondOpinionApp, line: str) -> None:
    """Put the line in the input box as a paste (fast, and what a terminal sends), press Enter."""
    box = app.screen.query_one("#answer", Input)
    box.focus()
    before = app.engine.turn_count
    app.post_message(events.Paste(line))
    await until(pilot, lambda: box.value == line, f"{line!r} in the input box")
    await pilot.press("enter")
    await until(pilot, lambda: app.engine.turn_count > before and app.chat.current_turn is app.engine.last_turn, f"the turn after {line!r}")


@pytest.mark.parametrize("name", UI_SCRIPTS)
async def test_script_through_the_ui(name, tmp_path):
    script = load_script(scripts_folder() / f"{name}.yaml")
    assert all(step.user for step in script.steps if step.user is not None)
    engine = engine_for(script)
    app = SecondOpinionApp(engine, save_dirs=[tmp_path], cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await until(pilot, lambda: app.chat.current_turn is not None, "the first turn")
        for step in script.steps:
            if step.user is not None:
                await type_line(pilot, app, step.user)
            turn = app.chat.current_turn  # the turn the UI is showing
            failure = check_step(script, step, turn, engine)
            assert failure is None, failure.format()
            banner_shown = app.screen.query_one("UrgentBanner").display
            assert banner_shown == (engine.state == engine.flow.urgent_state), f"urgent banner at {step.line}"
        failure = check_role(script, engine)
        assert failure is None, failure.format()
