"""The Textual app: one chat screen around one engine.

`run_app` is what `second-opinion chat` (and `resume`) call. Textual is imported only in
this package, so plain mode and the core never pay for loading it.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable
from pathlib import Path

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from .. import warmup
from ..engine import Engine, Turn
from . import key_chars
from .screens.chat import ChatScreen

key_chars.install()  # the keys' characters from a table: no look-ups in Unicode's names at start


class SecondOpinionApp(App[str]):
    """The chat. `save_dirs`: where a saved plan goes, first one that works."""

    CSS_PATH = "app.tcss"
    TITLE = "second-opinion"
    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True, tooltip="Leave the app")]

    def __init__(
        self,
        engine: Engine | None = None,
        *,
        first_turn: Turn | None = None,
        save_dirs: list[Path] | None = None,
        cursor_blink: bool = True,
        history: list[tuple[str | None, Turn | None]] | None = None,
        log_folder: Path | None = None,
        warm_up: Callable[[], None] | None = warmup.get_screening_ready,
    ) -> None:
        super().__init__()
        self.log_folder = log_folder  # the symptom log's data folder (None: the default one)
        self.history = history or []
        self.engine = engine or Engine()
        self.first_turn = first_turn
        self.save_dirs = save_dirs
        self.cursor_blink = cursor_blink
        self.warm_up = warm_up  # run while the user reads the first turn (see warmup.py)
        self.warm_up_thread = None

    async def on_mount(self) -> None:
        # Pushed over the default screen, not made the default mode's screen: as a mode's first
        # screen, its answer box mounted before the screen stack held it on Python 3.13
        # (Textual's ScreenStackError, "No screens on stack").
        await self.push_screen(ChatScreen(self.engine, first_turn=self.first_turn, save_dirs=self.save_dirs, history=self.history,
                                          log_folder=self.log_folder))
        if self.warm_up is not None:
            # After the first turn is drawn: the warm-up must not delay it.
            self.call_after_refresh(self._start_warm_up)

    def _start_warm_up(self) -> None:
        if self.warm_up_thread is not None or self.engine.finished:
            return
        chat = next((s for s in self.screen_stack if isinstance(s, ChatScreen)), None)
        if chat is None or chat.current_turn is None:  # the first turn is not drawn yet
            self.call_after_refresh(self._start_warm_up)
            return
        self.warm_up_thread = warmup.start(self.warm_up)

    @property
    def chat(self) -> ChatScreen:
        return next(s for s in self.screen_stack if isinstance(s, ChatScreen))

    async def action_quit(self) -> None:
        has_chat = any(isinstance(s, ChatScreen) for s in self.screen_stack)
        self.exit(result=self.chat.end_conversation() if has_chat else None)

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        chat = self.chat
        yield SystemCommand("Help", "How to use this, and what it is not (F1)", chat.action_help)
        yield SystemCommand("Back", "Undo your last answer (Ctrl+Z)", chat.action_back)
        yield SystemCommand("Restart", "Start again; nothing you said before is used (Ctrl+R)", chat.action_restart)
        yield SystemCommand("Sources", "Where the information comes from (F2)", chat.action_sources)
        yield SystemCommand("Copy last message", "Copy the assistant's last message (Ctrl+Y)", chat.action_copy_last)
        yield SystemCommand("Save plan", "Save the plan as a Markdown file (Ctrl+S)", chat.action_save_plan)
        if self.is_web:
            yield SystemCommand("Print the plan", "Open the plan as a page to print or save", chat.action_download_printable)
        yield SystemCommand("Add to symptom log", "Write down a symptom: when, how bad, what set it off, what helped (F3)", chat.action_log_symptom)
        yield SystemCommand("Quit", "Leave the app (Ctrl+Q)", self.action_quit)
        # Textual's own Quit is replaced by ours (it also tells the engine); its Screenshot is
        # left out: it would write the conversation, health data, to a world-readable file.
        for command in super().get_system_commands(screen):
            if command.title not in ("Quit", "Screenshot"):
                yield command


def _save_dirs(args: argparse.Namespace) -> list[Path]:
    """One documented folder for Ctrl+S: `plans` in the private data folder (the README says so;
    the chat shows the full path of each saved file)."""
    from ..transcripts.store import data_dir

    return [data_dir(getattr(args, "data_dir", None)) / "plans"]


def run_app(
    args: argparse.Namespace,
    engine: Engine | None = None,
    first_turn: Turn | None = None,
    history: list[tuple[str | None, Turn | None]] | None = None,
) -> int:
    """Hold a conversation in the Textual app; returns the exit code.

    `history` is the earlier conversation to show above `first_turn` when resuming.
    """
    if engine is None:
        from ..session import new_engine

        engine = new_engine(args)
    from ..transcripts.store import data_dir

    app = SecondOpinionApp(engine, first_turn=first_turn, save_dirs=_save_dirs(args), history=history,
                           log_folder=data_dir(getattr(args, "data_dir", None)))
    goodbye = app.run()
    if goodbye:  # the engine's last words stay in the terminal after the screen closes
        print(goodbye)
    return app.return_code or 0
