"""The scrolling conversation: follows the newest turn, keeps a bounded number of blocks."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.message import Message
from textual.widget import Widget

try:  # Textual's per-instance lru_cache on StylesCache keeps up to 1,024 caches (and their lines) alive
    from textual._styles_cache import StylesCache as _StylesCache
except ImportError:  # pragma: no cover - another Textual
    _StylesCache = None

# The rows of the newest block that must show before it counts as in view: a choice list's
# title row and its first choice.
SHOWN_ROWS = 2

# About a dozen exchanges to scroll back through; older blocks are pruned so a conversation
# of hundreds of turns stays as fast as a short one (Textual lays out every kept block on each
# turn: 120 kept blocks measured up to 1.65x slower per keypress than a short log, 40 about
# 1x; see benchmarks/ui.py). Everything stays in the saved transcript.
MAX_BLOCKS = 40


class ChatLog(VerticalScroll):
    class MoreBelow(Message):
        """The newest turn is shown from its top and its end (the choices) is out of view, or
        it has come into view again (`more` False)."""

        def __init__(self, more: bool) -> None:
            super().__init__()
            self.more = more

    DEFAULT_CSS = """
    ChatLog {
        height: 1fr;
        padding: 0 1;
        scrollbar-size-vertical: 1;
    }
    """

    def __init__(self, *, id: str | None = None, max_blocks: int = MAX_BLOCKS) -> None:
        super().__init__(id=id)
        self.max_blocks = max_blocks
        self.more_below = False  # the newest turn's end is below the view (see MoreBelow)
        self._newest: Widget | None = None  # the newest turn, the only one read from its top
        self.can_focus = False  # focus stays on the input or the choices; the mouse wheel still scrolls

    def on_mount(self) -> None:
        self.anchor()

    async def add_blocks(self, *blocks: Widget, read_from: Widget | None = None) -> None:
        """Append blocks, drop the oldest beyond the limit, and follow the newest.

        `read_from`: one of the new blocks. When the new blocks are too tall for the screen,
        the view starts at that block (to be read from its top) instead of at the bottom.
        """
        self._set_more_below(False)
        await self.mount_all(blocks)
        excess = len(self.children) - self.max_blocks
        if excess > 0:
            pruned = list(self.children[:excess])
            await self.remove_children(pruned)
            forget_drawings(pruned)
        self.anchor()
        self._newest = read_from
        if read_from is not None:
            self.call_after_refresh(self._start_reading_at, read_from)

    def _start_reading_at(self, block: Widget) -> None:
        # Answers typed ahead (a user trial, 2026-12-04): turns come faster than the screen is drawn. A tall
        # turn that is no longer the newest must not pull the view back up to it: the newest question
        # stays in view (the anchor follows it), and only the newest turn is read from its top.
        if not block.is_attached or block is not self._newest:
            return
        new_height = self.virtual_size.height - block.virtual_region.y
        if new_height > self.scrollable_content_region.height:
            self.release_anchor()  # stays put until the user scrolls back down to the end
            self.scroll_to_widget(block, top=True, animate=False, immediate=True)
            self._set_more_below(not self._end_in_view(self.scroll_y))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.more_below and self._end_in_view(new_value):
            self._set_more_below(False)

    def _end_in_view(self, scroll_y: float) -> bool:
        """Are the top rows of the newest block (a turn's choices: its title and first choice) on screen?

        Its top row alone is not enough (a user trial at 70x30, ut15b: the list's title was the last row
        on screen, no choice showed, and the box said "pick above" instead of "More below")."""
        if not self.children:
            return True
        newest = self.children[-1].virtual_region
        return newest.y + min(newest.height, SHOWN_ROWS) <= scroll_y + self.scrollable_content_region.height

    def newest_top_in_view(self) -> bool:
        """Is at least the top row of the newest block (a choice list's title) on screen? Then Down can go
        into the list: its highlight scrolls the first choice into view."""
        return not self.children or self.children[-1].virtual_region.y < self.scroll_y + self.scrollable_content_region.height

    def _set_more_below(self, more: bool) -> None:
        if more != self.more_below:
            self.more_below = more
            self.post_message(self.MoreBelow(more))


def forget_drawings(widgets: list[Widget]) -> None:
    """Let go of what pruned blocks drew, so memory stays flat however long the conversation.

    A removed widget is freed, but Textual keeps its StylesCache (its rendered lines) in a
    class-wide lru_cache of 1,024 entries (StylesCache.get_inner_outer is cached per instance):
    hundreds of answers' worth of old lines. Their lines are dropped here, and that cache
    emptied (it only saves making two Style objects)."""
    for widget in widgets:
        for node in widget.walk_children(with_self=True):
            cache = getattr(node, "_styles_cache", None)
            if cache is not None:
                cache.clear()
    inner_outer = getattr(_StylesCache, "get_inner_outer", None)
    if inner_outer is not None and hasattr(inner_outer, "cache_clear"):
        inner_outer.cache_clear()
