"""After "I got 1 and 4. What did you mean by ...?", the list shows 1 and 4 ticked.

The engine keeps the picks it understood and adds what comes next (`back` drops them). The
window shows them ticked and does not untick them (that would not take them back); Send with
nothing more ticked answers "that's all"."""

from __future__ import annotations

from tui.tui_support import active_choices, answer_with_keys, lines_sent, screen_text, started, state, type_answer, user_bubbles, wait_until

from assistant.tui.widgets.choices import KEPT_HINT, KEPT_NOTE

MULTI = ["1", "knee surgery", "skip", "2", "1"]  # opens on decision_sure: pick any of 5


async def partly_understood(pilot):
    await started(pilot)
    await type_answer(pilot, "1, 4 and purple")
    await wait_until(pilot, lambda: pilot.app.engine.last_turn.kind == "reask", "the re-ask about 'purple'")
    return active_choices(pilot.app)


async def test_the_picks_kept_are_shown_ticked_with_a_hint(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(100, 40)) as pilot:
        choices = await partly_understood(pilot)
        assert app.engine.last_turn.kept == [1, 4]
        assert choices.kept == {0, 3} and choices.ticked == set()
        assert str(choices.border_title) == KEPT_HINT
        text = screen_text(app)
        assert "[x] 1." in text and "[x] 4." in text and "[ ] 2." in text


async def test_a_kept_pick_is_not_unticked_and_the_user_is_told_how_to_change_it(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(100, 40)) as pilot:
        choices = await partly_understood(pilot)
        pilot.app.set_focus(choices)
        choices.highlighted = 0
        await pilot.press("space")
        await wait_until(pilot, lambda: any(KEPT_NOTE in n.message for n in app._notifications), "the note on how to change it")
        assert choices.kept == {0, 3} and choices.ticked == set()
        assert "[x] 1." in screen_text(app)


async def test_send_with_nothing_more_ticked_keeps_the_picks_and_goes_on(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(100, 40)) as pilot:
        choices = await partly_understood(pilot)
        sent = lines_sent(app)
        pilot.app.set_focus(choices)
        await answer_with_keys(pilot, "end", "enter")  # "Send my choices"
        await wait_until(pilot, lambda: state(app) != "decision_sure", "the next question")
        assert sent == ["that's all"]
        assert app.engine.slots["sure_before"] == ["sure", "support"]
        assert user_bubbles(app)[-1].splitlines() == ["I feel sure about the best choice", "I have enough support and advice to choose"]


async def test_a_new_tick_is_added_to_the_kept_picks(make_app):
    app = make_app(answered=MULTI)
    async with app.run_test(size=(100, 40)) as pilot:
        choices = await partly_understood(pilot)
        sent = lines_sent(app)
        pilot.app.set_focus(choices)
        choices.highlighted = 1
        await pilot.press("space")
        assert choices.ticked == {1}
        await answer_with_keys(pilot, "end", "enter")
        await wait_until(pilot, lambda: state(app) != "decision_sure", "the next question")
        assert sent == ["2"]
        assert sorted(app.engine.slots["sure_before"]) == ["support", "sure", "understand"]
