"""Whatever a user types is shown exactly as typed: never markup, a link, or template code."""

from __future__ import annotations

import pytest
from tui.tui_support import chat, paste_answer, screen_text, started, state, type_answer, user_bubbles

from assistant.tui.widgets.turns import UserTurn

INJECTIONS = [
    "[bold]x[/bold]",
    "[@click=app.quit]",
    "[/",
    "[link=https://example.com]x[/link]",
    "whether to have {{ 7*7 }} surgery",  # template code inside a decision (a bare "{{ 7*7 }}" is no decision: asked again)
]


@pytest.mark.parametrize("typed", INJECTIONS)
async def test_typed_markup_is_shown_literally(make_app, typed):
    app = make_app(answered=["1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        assert state(app) == "decision_what"
        if len(typed) > 20:
            await paste_answer(pilot, typed)  # pasted: typing it key by key only makes the test slow
        else:
            await type_answer(pilot, typed)

        assert state(app) == "decision_why", "the app kept going"
        assert app.engine.slots["decision"] == typed
        bubble = app.screen.query(UserTurn).last()
        shown = bubble.render()
        assert shown.plain == typed and not shown.spans, "the bubble is unstyled, literal text"
        # The assistant repeats the decision back; it shows literally there too.
        visible = screen_text(app)
        assert visible.count(typed) >= 2, visible
        assert "49" not in visible


async def test_clicking_a_typed_action_does_nothing(make_app):
    app = make_app(answered=["1"])
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot)
        await paste_answer(pilot, "[@click=app.quit]quit me[/]")
        bubble = app.screen.query(UserTurn).last()
        await pilot.click(bubble)
        await pilot.click(bubble, offset=(bubble.size.width - 4, 0))
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert user_bubbles(app)[-1] == "[@click=app.quit]quit me[/]"
        assert chat(app).current_turn.state == "decision_why"
