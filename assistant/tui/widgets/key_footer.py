"""The Footer, redrawn only when the keys it shows change.

Textual's Footer rebuilds itself on every focus move, and the focus moves on every turn
(to the new choices or the input box). That rebuild cost about two thirds of the time of a
turn; our keys are the same everywhere, so it is skipped when nothing shown has changed.
"""

from __future__ import annotations

from textual.screen import Screen
from textual.widgets import Footer


class KeyFooter(Footer):
    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._shown_keys: tuple | None = None

    def bindings_changed(self, screen: Screen) -> None:
        shown = tuple(
            (binding.key, binding.description, enabled)
            for (_node, binding, enabled, _tooltip) in screen.active_bindings.values()
            if binding.show
        )
        if shown == self._shown_keys:
            return
        super().bindings_changed(screen)
        if screen.app.app_focus:  # otherwise the Footer did not redraw yet
            self._shown_keys = shown
