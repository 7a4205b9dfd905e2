"""`second-opinion replay FILE`: play a saved conversation back, at a speed you choose.

Keys: space pauses and plays, n shows the next step, e jumps to the end, + and - change the
speed, q leaves. Recorded text is shown exactly as saved, never read as markup.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import Footer, Static

from ..transcripts.reader import Transcript, printable
from ..transcripts.replay import steps
from .widgets.chat_log import ChatLog
from .widgets.turns import UserTurn

SPEEDS = (0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0)


def reading_seconds(speaker: str, text: str) -> float:
    """How long a block stays before the next one, at speed 1: about 8 words a second, capped."""
    if speaker != "assistant":
        return 0.8
    return min(6.0, 0.6 + len(text.split()) / 8)
class RecordedTurn(Static):
    """An assistant turn as recorded (plain text)."""


class ReplayNote(Static):
    """A note between turns, like 'resumed'."""


class ReplayApp(App[None]):
    CSS_PATH = "replay.tcss"
    TITLE = "second-opinion replay"
    BINDINGS = [
        Binding("space", "toggle_pause", "Pause/play"),
        Binding("n", "step", "Next"),
        Binding("e", "end", "Jump to end"),
        Binding("plus,equals_sign", "faster", "Faster"),
        Binding("minus", "slower", "Slower"),
        Binding("q,ctrl+q", "quit", "Leave"),
    ]

    def __init__(self, transcript: Transcript, speed: float = 1.0, autoplay: bool = True) -> None:
        super().__init__()
        self.transcript = transcript
        self.steps = steps(transcript)
        self.shown = 0
        self.speed = speed
        self.paused = not autoplay
        self._timer = None

    def compose(self) -> ComposeResult:
        yield Static(id="status", markup=False)
        yield ChatLog(id="log", max_blocks=10_000)
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self._update_status()
        self._schedule()

    # --- playing -----------------------------------------------------------------------
    def _schedule(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        if self.paused or self.shown >= len(self.steps):
            return
        delay = 0.01 if self.shown == 0 else reading_seconds(*self.steps[self.shown - 1]) / self.speed
        self._timer = self.set_timer(delay, self._tick)

    async def _tick(self) -> None:
        self._timer = None
        await self._show(1)
        self._schedule()

    async def _show(self, count: int) -> None:
        blocks = []
        for speaker, text in self.steps[self.shown : self.shown + count]:
            if speaker == "you":
                blocks.append(UserTurn(text))
            elif speaker == "note":
                blocks.append(ReplayNote(Content(text)))
            else:
                blocks.append(RecordedTurn(Content(text), classes="urgent" if text.startswith("URGENT:") else None))
        self.shown += len(blocks)
        if blocks:
            await self.query_one(ChatLog).add_blocks(*blocks)
        self._update_status()

    def _update_status(self) -> None:
        state = "finished" if self.shown >= len(self.steps) else "paused" if self.paused else "playing"
        text = f"{printable(self.transcript.path.name)}  |  step {self.shown} of {len(self.steps)}  |  {state}  |  speed {self.speed:g}x"
        self.query_one("#status", Static).update(Content(text))

    # --- keys --------------------------------------------------------------------------
    def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        self._update_status()
        self._schedule()

    async def action_step(self) -> None:
        self.paused = True
        self._schedule()  # stops the timer
        await self._show(1)

    async def action_end(self) -> None:
        self.paused = True
        self._schedule()
        await self._show(len(self.steps) - self.shown)

    def _change_speed(self, direction: int) -> None:
        faster = [s for s in SPEEDS if s > self.speed]
        slower = [s for s in SPEEDS if s < self.speed]
        if direction > 0 and faster:
            self.speed = faster[0]
        elif direction < 0 and slower:
            self.speed = slower[-1]
        self._update_status()
        self._schedule()

    def action_faster(self) -> None:
        self._change_speed(1)

    def action_slower(self) -> None:
        self._change_speed(-1)


def run_replay_app(transcript: Transcript, speed: float = 1.0) -> int:
    ReplayApp(transcript, speed=speed).run()
    return 0
