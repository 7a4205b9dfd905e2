"""The window loads Rich's Markdown without Pygments, and code blocks still draw as Rich draws them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

TEXT = "Hello **there**.\n\n```python\nprint('hi')\n```\n\n- one\n- two\n"


def draw(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    return result.stdout


PRINT = (
    "from rich.console import Console\n"
    "from rich.markdown import Markdown\n"
    "console = Console(width=50, color_system=None, force_terminal=False)\n"
    f"console.print(Markdown({TEXT!r}))\n"
)


def test_the_window_loads_no_pygments_and_draws_markdown_as_rich_does():
    light = draw(
        "import sys\n"
        "import assistant.tui.app\n"
        "assert 'pygments' not in sys.modules and 'rich.syntax' not in sys.modules, 'Pygments loaded at start'\n"
        "from assistant.tui.quick_markdown import turn_renderable\n"
        f"turn = turn_renderable({TEXT!r})  # a code block: Rich's Markdown, loaded now\n"
        "assert type(turn).__name__ == 'Markdown' and 'pygments' not in sys.modules, 'Pygments loaded with Markdown'\n"
        "from rich.console import Console\n"
        "Console(width=50, color_system=None, force_terminal=False).print(turn)\n"
        "import rich.syntax\n"
        "assert type(rich.syntax.Syntax).__name__ != '_Syntax' and hasattr(rich.syntax, 'SyntaxTheme'), 'the real module'\n"
    )
    usual = draw(PRINT)
    assert "print('hi')" in light and "one" in light
    assert light == usual


def test_the_table_renderer_is_imported_ahead_once_and_only_when_missing(monkeypatch):
    """The compare stage starts importing rich.markdown in the background (its last turns draw a
    table): once, and not at all when it is already there."""
    from assistant import warmup
    from assistant.tui import light_markdown

    started = []
    monkeypatch.setattr(warmup, "start", lambda task: started.append(task) or "thread")
    monkeypatch.setattr(light_markdown, "_soon", None)
    monkeypatch.setitem(sys.modules, "rich.markdown", sys.modules.get("rich.markdown"))
    monkeypatch.delitem(sys.modules, "rich.markdown")
    light_markdown.import_rich_markdown_soon()
    light_markdown.import_rich_markdown_soon()
    assert started == [light_markdown.import_rich_markdown]
    monkeypatch.setattr(light_markdown, "_soon", None)
    monkeypatch.setitem(sys.modules, "rich.markdown", object())
    light_markdown.import_rich_markdown_soon()
    assert len(started) == 1


def test_the_window_starts_that_import_in_the_compare_stage():
    out = draw(
        "import asyncio, sys, tempfile\n"
        "from assistant.engine import Engine\n"
        "from assistant.tui.app import SecondOpinionApp\n"
        "from assistant.tui import light_markdown\n"
        "async def main():\n"
        "    with tempfile.TemporaryDirectory() as folder:\n"
        "        app = SecondOpinionApp(Engine(), save_dirs=[folder], cursor_blink=False, warm_up=None)\n"
        "        async with app.run_test(size=(80, 24)) as pilot:\n"
        "            while app.chat.current_turn is None:\n"
        "                await pilot.pause()\n"
        "            assert light_markdown._soon is None, 'not before the compare stage'\n"
        "            await app.chat.send('compare')\n"
        "            assert app.chat.current_turn.stage == 'compare', app.chat.current_turn.state\n"
        "            assert light_markdown._soon is not None, 'started'\n"
        "            light_markdown._soon.join()\n"
        "            print('rich.markdown' in sys.modules)\n"
        "asyncio.run(main())\n"
    )
    assert out.split() == ["True"]
