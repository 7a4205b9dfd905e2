"""The one-line box where the user types an answer.

Textual's Input keeps only the first line of a paste; here nothing pasted is dropped: line
breaks and tabs become spaces, everything else arrives exactly as pasted.

Enter takes the line out of the box at once, in the box's own handling of the key (not as a
binding the app resolves later, against whatever has the focus by then): what is typed after it (typing ahead while the next question is on its way) starts a new line, and is
never added to the line just sent nor wiped when that line is handled.
"""

from __future__ import annotations

from textual import events
from textual.widget import Widget
from textual.widgets import Input


def one_line(text: str) -> str:
    """Pasted text as one line: each line break or tab becomes a space; a final line break is dropped."""
    return " ".join(text.splitlines()).replace("\t", " ")


async def run_own_binding(widget: Widget, event: events.Key) -> bool:
    """Run `widget`'s own binding for this key now, as the widget takes the key. Textual would
    look the binding up later, once the key has bubbled up to the app, against whatever has the
    focus by then; keys typed fast would then be handled out of order, or by the next widget."""
    bindings = widget._bindings.key_to_bindings.get(event.key)  # Textual 8 (the version is pinned)
    if not bindings:
        return False
    event.stop()
    event.prevent_default()
    await widget.run_action(bindings[0].action)
    return True


# Keys that are a line break inside a line: "\n" arrives as Ctrl+J (Enter is "\r", and sends).
LINE_BREAK_KEYS = frozenset({"ctrl+j", "newline"})


class AnswerBox(Input):
    keys_in_flight = 0  # keys handed to the box that it has not handled yet

    @property
    def has_text(self) -> bool:
        """Something is typed here, or on its way here."""
        return bool(self.value) or self.keys_in_flight > 0

    def _forward_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key):
            self.keys_in_flight += 1
        super()._forward_event(event)

    async def _on_key(self, event: events.Key) -> None:
        self.keys_in_flight = max(0, self.keys_in_flight - 1)
        if event.key in LINE_BREAK_KEYS:
            # A line break typed as a key (Ctrl+J: a paste from a terminal without bracketed paste, a
            # user trial, 2026-12-04: "a lot.but"): the lines are joined with a space, never with nothing.
            event.stop()
            event.prevent_default()
            if self.value and not self.value[: self.cursor_position].endswith(" "):
                self.type_text(" ")
            return
        if await run_own_binding(self, event):  # Enter sends, Backspace deletes: in the order typed
            return
        await super()._on_key(event)

    async def action_submit(self) -> None:
        line = self._with_pasted_lines(self.value)
        self.value = ""
        self.post_message(self.Submitted(self, line))

    def paste_text(self, text: str) -> None:
        """A paste, shown on the box's one line; its line breaks are kept for the answer sent, as plain mode
        sends a pasted timeline (a user trial in the window, ut15b: three pasted events became one)."""
        shown = one_line(text)
        if len([part for part in text.splitlines() if part.strip()]) > 1:
            self._pasted = [*getattr(self, "_pasted", []), (shown, "\n".join(text.splitlines()).replace("\t", " "))]
        self.type_text(shown)

    def _with_pasted_lines(self, line: str) -> str:
        """The line as sent: each multi-line paste still in it, unedited, gets its line breaks back."""
        for shown, pasted in getattr(self, "_pasted", []):
            if shown and shown in line:
                line = line.replace(shown, pasted, 1)
        self._pasted = []
        return line

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
            self.paste_text(event.text)

    def action_paste(self) -> None:
        """Ctrl+V: the app's own clipboard (what was copied inside the app), on one line."""
        if self.app.clipboard:
            self.paste_text(self.app.clipboard)
