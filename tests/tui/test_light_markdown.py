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
