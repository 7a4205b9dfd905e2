"""Helpers for driving the Textual app the way a user would, and reading what they see."""

from __future__ import annotations

import time
from collections.abc import Callable

from textual import events
from textual.keys import _character_to_key
from textual.pilot import Pilot

from assistant.tui.app import SecondOpinionApp
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.widgets.chat_log import ChatLog
from assistant.tui.widgets.choices import ChoiceList
from assistant.tui.widgets.turns import UserTurn


async def wait_until(pilot: Pilot, condition: Callable[[], bool], what: str, timeout: float = 5.0) -> None:
    """Let the app work until `condition()` holds; fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await pilot.pause()


def chat(app: SecondOpinionApp) -> ChatScreen:
    return app.chat


def state(app: SecondOpinionApp) -> str:
    return app.engine.state


def turn_count(app: SecondOpinionApp) -> int:
    return app.engine.turn_count


def screen_lines(app: SecondOpinionApp) -> list[str]:
    """The text on the terminal right now, one string per row."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def screen_text(app: SecondOpinionApp) -> str:
    return "\n".join(screen_lines(app))


def user_bubbles(app: SecondOpinionApp) -> list[str]:
    return [bubble.text for bubble in app.screen.query(UserTurn)]


def active_choices(app: SecondOpinionApp) -> ChoiceList:
    choices = chat(app).active_choices
    assert choices is not None, f"no choices on screen in state {state(app)!r}"
    return choices


async def answer_with_keys(pilot: Pilot, *keys: str) -> None:
    """Press keys and wait until the engine has answered with a new turn."""
    before = turn_count(pilot.app)
    await pilot.press(*keys)
    await wait_until(pilot, lambda: turn_count(pilot.app) > before and chat(pilot.app).current_turn.number == turn_count(pilot.app), f"a turn after {keys}")


async def type_answer(pilot: Pilot, text: str) -> None:
    """Type text into the input box (from wherever the focus is) and press Enter."""
    await answer_with_keys(pilot, *text, "enter")


async def paste_answer(pilot: Pilot, text: str) -> None:
    """Paste text into the input box (as a terminal's bracketed paste does) and press Enter.

    Much faster than typing it in tests; the input must have the focus."""
    pilot.app.post_message(events.Paste(text))
    await wait_until(pilot, lambda: pilot.app.focused.value == text, "the pasted text")
    await answer_with_keys(pilot, "enter")


def press_burst(pilot: Pilot, *keys: str) -> None:
    """Press keys as a terminal delivers fast typing, a held arrow key or a paste without
    bracketed paste mode: every key is queued at once, before the app has handled the first
    (Pilot.press waits after each key, so it never shows what happens to keys that were on
    their way). A key is a character, or a name such as "up" or "enter"."""
    driver = pilot.app._driver
    for key in keys:
        if key == "enter":
            event = events.Key("enter", "\r")
        elif len(key) == 1:
            event = events.Key(key if key.isalnum() else _character_to_key(key), key)
        else:
            event = events.Key(key, None)
        event.set_sender(pilot.app)
        driver.send_message(event)


def type_burst(pilot: Pilot, text: str) -> None:
    """Type `text` in one burst (see press_burst); a carriage return in it is Enter."""
    press_burst(pilot, *("enter" if character == "\r" else character for character in text))


def lines_sent(app: SecondOpinionApp) -> list[str]:
    """From now on, every line the engine receives, exactly as given to `Engine.respond`."""
    sent: list[str] = []
    respond = app.engine.respond

    def recording(line: str):
        sent.append(line)
        return respond(line)

    app.engine.respond = recording
    return sent


def answer_box(app: SecondOpinionApp):
    return app.screen.query_one("#answer")


async def started(pilot: Pilot) -> None:
    await wait_until(pilot, lambda: chat(pilot.app).current_turn is not None, "the first turn")


def _option_row(app, choices: ChoiceList, index: int) -> tuple[int, int] | None:
    """Where option `index` is on the screen (what a mouse click resolves), if visible."""
    region = choices.region.intersection(app.screen.query_one(ChatLog).region)
    x = region.x + 3
    for y in range(region.y, region.bottom):
        if app.screen.get_style_at(x, y).meta.get("option") == index:
            return x, y
    return None


async def click_option(pilot: Pilot, choices: ChoiceList, index: int) -> None:
    """Click option `index` of a choice list, scrolling the chat to it first as a mouse wheel would."""
    where = _option_row(pilot.app, choices, index)
    if where is None:
        pilot.app.screen.query_one(ChatLog).scroll_to_widget(choices, animate=False, immediate=True)
        await pilot.pause()
        where = _option_row(pilot.app, choices, index)
    assert where is not None, f"option {index} of {choices.labels} is not on screen"
    await pilot.click(offset=where)


async def click_in_chat(pilot: Pilot, widget) -> None:
    """Click a widget in the chat, scrolling the chat to it first as a mouse wheel would."""
    log = pilot.app.screen.query_one(ChatLog)
    if not log.region.contains_region(widget.region):
        log.scroll_to_widget(widget, animate=False, immediate=True)
        await pilot.pause()
    await pilot.click(widget)
