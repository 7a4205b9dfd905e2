"""The one-line box where the user types an answer.

Textual's Input keeps only the first line of a paste; here nothing pasted is dropped: line
breaks and tabs become spaces, everything else arrives exactly as pasted.

Enter takes the line out of the box at once, in the box's own handling of the key: what is
typed after it (typing ahead while the next question is on its way) starts a new line, and is
never added to the line just sent nor wiped when that line is handled.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


def one_line(text: str) -> str:
    """Pasted text as one line: each line break or tab becomes a space; a final line break is dropped."""
    return " ".join(text.splitlines()).replace("\t", " ")


class AnswerBox(Input):
    async def action_submit(self) -> None:
        line = self.value
        self.value = ""
        self.post_message(self.Submitted(self, line))

    def type_text(self, text: str) -> None:
        """Put `text` where the cursor is (over a selection), as if it had been typed here."""
        start, end = self.selection
        if start == end:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, start, end)

    def _on_paste(self, event: events.Paste) -> None:
        event.stop()
        event.prevent_default()
        if event.text:
            self.type_text(one_line(event.text))

    def action_paste(self) -> None:
        """Ctrl+V: the app's own clipboard (what was copied inside the app), on one line."""
        if self.app.clipboard:
            self.type_text(one_line(self.app.clipboard))
