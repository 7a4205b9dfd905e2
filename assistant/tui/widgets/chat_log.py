"""The scrolling conversation: follows the newest turn, keeps a bounded number of blocks."""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widget import Widget

# About a dozen exchanges to scroll back through; older blocks are pruned so a conversation
# of hundreds of turns stays as fast as a short one (Textual lays out every kept block on each
# turn: 120 kept blocks measured up to 1.65x slower per keypress than a short log, 40 about
# 1x; see benchmarks/ui.py). Everything stays in the saved transcript.
MAX_BLOCKS = 40


class ChatLog(VerticalScroll):
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
        self.can_focus = False  # focus stays on the input or the choices; the mouse wheel still scrolls

    def on_mount(self) -> None:
        self.anchor()

    async def add_blocks(self, *blocks: Widget, read_from: Widget | None = None) -> None:
        """Append blocks, drop the oldest beyond the limit, and follow the newest.

        `read_from`: one of the new blocks. When the new blocks are too tall for the screen,
        the view starts at that block (to be read from its top) instead of at the bottom.
        """
        await self.mount_all(blocks)
        excess = len(self.children) - self.max_blocks
        if excess > 0:
            await self.remove_children(list(self.children[:excess]))
        self.anchor()
        if read_from is not None:
            self.call_after_refresh(self._start_reading_at, read_from)

    def _start_reading_at(self, block: Widget) -> None:
        if not block.is_attached:
            return
        new_height = self.virtual_size.height - block.virtual_region.y
        if new_height > self.scrollable_content_region.height:
            self.release_anchor()  # stays put until the user scrolls back down to the end
            self.scroll_to_widget(block, top=True, animate=False, immediate=True)
