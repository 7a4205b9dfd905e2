"""The blocks of the conversation: what the assistant said, and what the user said."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from ..quick_markdown import turn_renderable


class AssistantTurn(Static):
    """An assistant turn, rendered from the engine's Markdown.

    The Markdown is trusted template output (user values inside it are already escaped by
    the engine). One widget per turn, drawn as Rich's Markdown renderer draws it (see
    quick_markdown.py): far cheaper than a widget per paragraph, so a long conversation stays
    fast. Links are shown as text, never opened.
    """

    DEFAULT_CSS = """
    AssistantTurn {
        margin: 0 1 0 0;
        padding: 0 1;
        background: $boost;
        border-left: outer $accent;
    }
    """

    def __init__(self, markdown: str, *, classes: str | None = None) -> None:
        super().__init__(turn_renderable(markdown), classes=classes)
        self.markdown = markdown


class UrgentTurn(AssistantTurn):
    """An urgent turn: high contrast so it cannot be missed."""

    DEFAULT_CSS = """
    UrgentTurn {
        background: $error 30%;
        border-left: outer $error;
        border-right: outer $error;
    }
    """


class UserTurn(Static):
    """What the user typed or picked, shown exactly as typed: never read as markup."""

    DEFAULT_CSS = """
    UserTurn {
        margin: 1 0 1 10;
        padding: 0 1;
        background: $primary 25%;
        border-right: outer $primary;
        text-align: right;
    }
    """

    def __init__(self, text: str) -> None:
        super().__init__(Content(text))
        self.text = text
