"""F3 (or "Add to symptom log" in the command palette): one entry for the symptom log.

The same checks and the same private file as `second-opinion log add` (assistant/kit/symptoms.py):
what happened, how bad from 0 to 10, what set it off, what helped, and when. A bad value is
said in one line inside the box; nothing is saved until every field is right.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from ...errors import UserError
from ...kit import symptoms

FIELDS = (
    ("text", "What happened", "e.g. Headache after lunch"),
    ("severity", "How bad, 0 (none) to 10 (worst)", "e.g. 6 (you can leave it empty)"),
    ("trigger", "What seemed to set it off", "e.g. bright light (optional)"),
    ("helped", "What helped", "e.g. rest in a dark room (optional)"),
    ("when", "When: YYYY-MM-DD or YYYY-MM-DD HH:MM", "empty means now"),
)


class LogEntryScreen(ModalScreen[Path | None]):
    """Returns the log's path once an entry is saved, or None when closed without saving."""

    DEFAULT_CSS = """
    LogEntryScreen { align: center middle; background: $background 60%; }
    #log-box { width: 90%; max-width: 80; height: auto; border: round $primary; background: $surface; padding: 0 1; }
    #log-box Label { margin: 1 0 0 0; }
    #log-error { color: $error; height: auto; }
    #log-buttons { height: auto; margin: 1 0 0 0; }
    #log-buttons Button { margin: 0 1 0 0; }
    """
    BINDINGS = [Binding("escape", "cancel", "Close")]

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.warning = ""  # what to call, when the saved entry holds an emergency sign

    def compose(self) -> ComposeResult:
        with Vertical(id="log-box") as box:
            box.border_title = Content("Add to the symptom log")
            for name, label, hint in FIELDS:
                yield Label(Content(label))
                yield Input(placeholder=hint, id=f"log-{name}", compact=True)
            yield Static(Content(""), id="log-error")
            with Horizontal(id="log-buttons"):
                yield Button(Content("Save (Enter)"), id="log-save", variant="primary", compact=True)
                yield Button(Content("Cancel (Esc)"), id="log-cancel", compact=True)

    def on_mount(self) -> None:
        self.query_one("#log-text", Input).focus()

    def value(self, name: str) -> str:
        return self.query_one(f"#log-{name}", Input).value

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "log-save":
            self.save()
        else:
            self.dismiss(None)

    def save(self) -> None:
        try:
            entry = symptoms.make_entry(self.value("text"), severity=self.value("severity"), trigger=self.value("trigger"),
                                        helped=self.value("helped"), when=self.value("when"))
            path = symptoms.add(self.folder, entry)
        except UserError as error:
            self.query_one("#log-error", Static).update(Content(str(error)))
            return
        from ...kit.commands import emergency_warning  # screened like every line typed in the chat

        self.warning = emergency_warning(" ; ".join(v for v in (self.value("text"), self.value("trigger"), self.value("helped")) if v))
        self.dismiss(path)

    def action_cancel(self) -> None:
        self.dismiss(None)
