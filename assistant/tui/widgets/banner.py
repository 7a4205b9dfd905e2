"""The urgent banner: stays on screen while the conversation is in the urgent state."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

BANNER_TEXT = "URGENT: get help now. Call 911 or your local emergency number."


class UrgentBanner(Static):
    DEFAULT_CSS = """
    UrgentBanner {
        display: none;
        width: 1fr;
        height: auto;
        padding: 0 1;
        background: $error;
        color: $text;
        text-style: bold;
        &.-shown { display: block; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Content(BANNER_TEXT), id=id)

    @property
    def shown(self) -> bool:
        return self.has_class("-shown")

    def set_shown(self, shown: bool) -> None:
        self.set_class(shown, "-shown")
