"""The urgent banner: stays on screen while the conversation is in the urgent state."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

BANNER_TEXT = "URGENT: get help now. Call {emergency} or your local emergency number."


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

    def __init__(self, emergency: str = "911", *, id: str | None = None) -> None:
        super().__init__(Content(BANNER_TEXT.format(emergency=emergency)), id=id)

    @property
    def shown(self) -> bool:
        return self.has_class("-shown")

    def set_shown(self, shown: bool) -> None:
        self.set_class(shown, "-shown")
