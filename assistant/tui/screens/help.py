"""The F1 help screen: how to use the app, and what it is not.

The second half is the engine's own help text (prompts/help.md.j2), so the words a user
sees for "help" are the same in every face of the assistant.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen

if TYPE_CHECKING:
    from textual.widgets import Button
from ...engine import Engine

KEYS = """\
**Keys and mouse**

- Pick a choice with the arrow keys and **Enter**, or with a click.
- Where you can pick more than one, **Space** or **Enter** ticks a choice; then choose **Send my choices**.
- Or type: what you type or paste goes into the box at the bottom, exactly as typed, and **Enter**
  sends it. Type a choice's number (**2**, or **1, 3** for several) and press **Enter**.
- **Up** or **Down** in the box takes you back to the choices.
- **Page Up** and **Page Down** scroll back through the conversation (or use the mouse wheel).
- **F1** help, **Ctrl+Z** back, **Ctrl+R** restart, **F2** sources, **Ctrl+Y** copy the last message,
  **Ctrl+S** save the plan, **F3** add to your symptom log, **Ctrl+P** all commands, **Ctrl+Q** quit.
"""


def engine_help(engine: Engine) -> str:
    return engine.explain("help")


class HelpScreen(ModalScreen[None]):
    CSS_PATH = "help.tcss"
    BINDINGS = [Binding("escape,f1,q", "close", "Close")]

    def __init__(self, engine: Engine) -> None:
        super().__init__()
        self.help_markdown = engine_help(engine) + "\n\n" + KEYS

    def compose(self) -> ComposeResult:
        # Imported here, when help is first opened: Textual's Markdown widget loads Pygments,
        # which the chat's first turn does not need.
        from textual.widgets import Button, Markdown

        with Vertical(id="help-box") as box:
            box.border_title = Content("Help")
            with VerticalScroll(id="help-text"):
                yield Markdown(self.help_markdown, open_links=False)
            yield Button(Content("Close (Esc)"), id="close", variant="primary", compact=True)

    def on_mount(self) -> None:
        self.query_one("#help-text").focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()
