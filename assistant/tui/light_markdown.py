"""Import Rich's Markdown renderer without Pygments, which only its code blocks use.

Turns are drawn by quick_markdown.py; Rich's Markdown is loaded only for a turn that reader
leaves to it (the compare table, or anything else it is not sure of). `rich.markdown` imports
`rich.syntax`, which imports Pygments, its plugin loader and `importlib.metadata` (and through
it the `email` package), for code blocks our templates never contain. Here `rich.markdown` is
imported against a stand-in `rich.syntax` whose `Syntax` loads the real one
the first time a code block is drawn; the stand-in is removed at once, so any other
`import rich.syntax` gets the real module. If anything about this does not hold (another
Rich), Rich is imported as usual.
"""

from __future__ import annotations

import importlib
import sys
import types


class _Syntax:
    """Rich's Syntax, loaded on first use (a code block in a Markdown turn)."""

    def __new__(cls, *args, **kwargs):
        return importlib.import_module("rich.syntax").Syntax(*args, **kwargs)


def import_rich_markdown() -> types.ModuleType:
    if "rich.markdown" in sys.modules or "rich.syntax" in sys.modules:
        return importlib.import_module("rich.markdown")
    import rich

    stand_in = types.ModuleType("rich.syntax")
    stand_in.Syntax = _Syntax
    sys.modules["rich.syntax"] = stand_in
    try:
        module = importlib.import_module("rich.markdown")
    except Exception:
        sys.modules.pop("rich.markdown", None)
        module = None
    finally:
        if sys.modules.get("rich.syntax") is stand_in:
            del sys.modules["rich.syntax"]
        if getattr(rich, "syntax", None) is stand_in:
            del rich.syntax
    return module if module is not None else importlib.import_module("rich.markdown")


_soon = None  # the background import, once started


def import_rich_markdown_soon() -> None:
    """Start importing `rich.markdown` in a background thread (warmup.start), once: for a turn
    that will need it (the compare table), while the questions before it are read. Only a head
    start: `import_rich_markdown` imports it itself if this has not finished (Python's import
    lock makes it wait for the module, never see half of it) or failed."""
    global _soon
    if _soon is None and "rich.markdown" not in sys.modules:
        from ..warmup import start

        _soon = start(import_rich_markdown)
