"""The plan at the end of the conversation, as a card that can be saved."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.widgets import Button

from .turns import AssistantTurn


class PlanCard(Vertical):
    """The engine's summary turn in a bordered card, with a Save button for mouse users."""

    DEFAULT_CSS = """
    PlanCard {
        height: auto;
        margin: 0 1 0 0;
        border: round $success;
        border-title-color: $success;
        border-title-style: bold;
        padding: 0 0;
        & > AssistantTurn { margin: 0; border-left: none; background: transparent; }
        & > Button { margin: 0 1; }
    }
    """

    def __init__(self, markdown: str) -> None:
        super().__init__()
        self.markdown = markdown
        self.border_title = Content("Your plan")

    def compose(self) -> ComposeResult:
        yield AssistantTurn(self.markdown)
        yield Button(Content("Save plan (Ctrl+S)"), classes="save-plan", variant="success", compact=True, action="screen.save_plan")
