"""Run inside a fresh process by ui.py; imports nothing heavy until asked.

  python -m benchmarks.ui_probe start real|bare
      Prints one JSON line the moment the first turn (real: the assistant's welcome; bare: a
      Static beside an Input) is part of a screen update, headless at 80x24, with the peak
      memory so far (VmHWM). The parent times launch -> this line.
  python -m benchmarks.ui_probe first K
      The first answer of a fresh process's app: once the welcome is on screen and the
      screening warm-up has finished (the user is still reading), type "1" and time Enter
      -> the next turn in a screen update; then the same in K more fresh apps in the same
      process (warm: the same screen and log, only first-time loading already done).
      Prints {"first": seconds, "warm": [seconds...]} as one JSON line.
  python -m benchmarks.ui_probe log N K
      N answers into one app, at the same question: the peak memory then (filled_peak_mb);
      then one answer "2" and "back" to warm up, and K times: type "2", time Enter ->
      the next turn in a screen update, "back". Prints the K times (seconds) and the peaks as
      one JSON line.

"On screen" = the first screen update (App._display) made while the new turn's widget is
among the compositor's visible widgets. Headless, Textual computes the update but does not
encode it for a terminal.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import tempfile
import time

SIZE = (80, 24)
FILL_CYCLE = ["1", "Whether to have knee surgery", "skip", "restart"]
TO_QUESTION = ["1", "Whether to have knee surgery", "skip"]  # welcome -> decision_when
PRESS = "2"  # at decision_when: "2" picks a choice and sends it


def peak_mb() -> float:
    """This process's peak resident memory. VmHWM, not ru_maxrss: on Linux ru_maxrss survives
    exec, so a child of a big parent would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class ScreenSpy:
    """Notes the time of the first screen update made while `ready()` holds."""

    def __init__(self, app, on_screen=None) -> None:
        self.app, self.on_screen = app, on_screen
        self.ready = None
        self.shown_at: int | None = None
        original = app._display

        def spy(screen, renderable) -> None:
            original(screen, renderable)
            if renderable is not None and self.ready is not None and self.shown_at is None and self.ready():
                self.shown_at = time.perf_counter_ns()
                if self.on_screen:
                    self.on_screen()

        app._display = spy

    def expect(self, ready) -> None:
        self.ready, self.shown_at = ready, None

    async def wait(self, timeout: float = 30.0) -> int:
        deadline = time.monotonic() + timeout
        while self.shown_at is None:
            if time.monotonic() > deadline:
                raise TimeoutError("the turn never reached the screen")
            await asyncio.sleep(0.0005)
        return self.shown_at


def visible(app, widget) -> bool:
    return widget is not None and widget in app.screen._compositor.visible_widgets


def report_start() -> None:
    print(json.dumps({"peak_mb": peak_mb()}), flush=True)


async def start_bare() -> None:
    from textual.app import App
    from textual.widgets import Input, Static

    class Bare(App):
        def compose(self):
            yield Static("Hello. I can help you decide about a second opinion.", id="turn")
            yield Input(placeholder="Type your answer here")

    app = Bare()
    spy = ScreenSpy(app, on_screen=report_start)
    spy.expect(lambda: visible(app, app.screen.query_one("#turn")))
    async with app.run_test(size=SIZE):
        await spy.wait()


def last_turn_widget(app):
    from assistant.tui.widgets.turns import AssistantTurn

    chat = app.chat
    if chat.current_turn is None:
        return None
    found = chat.query(AssistantTurn)
    return found.last() if found else None


def real_app(folder: str):
    from assistant.engine import Engine
    from assistant.tui.app import SecondOpinionApp

    return SecondOpinionApp(Engine(), save_dirs=[folder], cursor_blink=False)


async def start_real() -> None:
    with tempfile.TemporaryDirectory() as folder:
        app = real_app(folder)
        spy = ScreenSpy(app, on_screen=report_start)
        spy.expect(lambda: type(app.screen).__name__ == "ChatScreen" and visible(app, last_turn_widget(app)))
        async with app.run_test(size=SIZE):
            await spy.wait()


def fill_lines(answers: int) -> list[str]:
    """`answers` lines that end at decision_when (the welcome counts as no answer)."""
    cycles, pad = divmod(answers - len(TO_QUESTION), len(FILL_CYCLE))
    return FILL_CYCLE * cycles + TO_QUESTION + ["help"] * pad


async def shown_after_press(app, pilot, spy, key: str) -> float:
    """Type the number `key` (at a choice list it goes to the answer box, untimed), then press
    Enter, which sends it; seconds from Enter until the next turn is part of a screen update."""
    chat = app.chat
    expected = app.engine.turn_count + 1
    await pilot.press(key)
    await pilot.pause()
    assert chat.answer_box.value == key and app.engine.turn_count == expected - 1, "the number is typed, not sent"
    spy.expect(lambda: chat.current_turn.number == expected and visible(app, last_turn_widget(app)))
    start = time.perf_counter_ns()
    await pilot.press("enter")
    return (await spy.wait() - start) / 1e9


async def press_at_welcome(folder: str) -> float:
    """A fresh app: once the welcome is on screen and the warm-up has finished, press "1"."""
    app = real_app(folder)
    spy = ScreenSpy(app)
    async with app.run_test(size=SIZE) as pilot:
        while app.chat.current_turn is None or app.warm_up_thread is None or app.warm_up_thread.is_alive():
            await pilot.pause()
        await pilot.pause()
        assert app.engine.state == "welcome"
        return await shown_after_press(app, pilot, spy, "1")


async def first_press(warm: int) -> dict:
    """The first press of the process's first app, then the same press in `warm` more fresh
    apps in this process (same screen, same log; only what a first press loads is warm)."""
    with tempfile.TemporaryDirectory() as folder:
        first = await press_at_welcome(folder)
        times = [await press_at_welcome(folder) for _ in range(warm)]
    return {"first": first, "warm": times, "peak_mb": peak_mb()}


async def log_presses(answers: int, presses: int) -> dict:
    """Keypress -> next turn on screen, `presses` times, after `answers` answers (one app;
    "back" after each press returns to the same question, 2 turns more each)."""
    times = []
    with tempfile.TemporaryDirectory() as folder:
        app = real_app(folder)
        spy = ScreenSpy(app)
        async with app.run_test(size=SIZE) as pilot:
            while app.chat.current_turn is None:
                await pilot.pause()
            chat = app.chat
            for line in fill_lines(answers):
                await chat.send(line)
            assert app.engine.turn_count == answers + 1 and app.engine.state == "decision_when", (app.engine.turn_count, app.engine.state)
            await pilot.pause()
            filled = peak_mb()
            for _ in range(presses + 1):  # the first press warms up
                times.append(await shown_after_press(app, pilot, spy, PRESS))
                assert app.engine.state != "decision_when"
                await chat.send("back")
                await pilot.pause()
    return {"times": times[1:], "filled_peak_mb": filled, "peak_mb": peak_mb()}


def main(argv: list[str]) -> None:
    if argv[0] == "start":
        asyncio.run(start_real() if argv[1] == "real" else start_bare())
    elif argv[0] == "first":
        print(json.dumps(asyncio.run(first_press(int(argv[1])))), flush=True)
    elif argv[0] == "log":
        print(json.dumps(asyncio.run(log_presses(int(argv[1]), int(argv[2])))), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
