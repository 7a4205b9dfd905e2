"""Only assistant/tui imports Textual: plain mode, replay and the core start fast without it."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import assistant

ROOT = Path(__file__).resolve().parents[1]


def modules_outside_the_ui() -> list[str]:
    names = []
    for module in pkgutil.walk_packages(assistant.__path__, "assistant."):
        if module.name == "assistant.tui" or module.name.startswith("assistant.tui.") or module.name == "assistant.__main__":
            continue
        names.append(module.name)
    return names


def test_the_core_never_imports_textual():
    names = modules_outside_the_ui()
    assert {"assistant.engine", "assistant.plain", "assistant.cli"} <= set(names)
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(loaded[:5])\n"
        "sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, f"Textual was imported outside assistant/tui: {result.stdout}{result.stderr}"


def test_plain_mode_runs_without_textual():
    code = (
        "import io, sys\n"
        "from assistant.cli import main\n"
        "sys.stdin = io.StringIO('1\\nquit\\n')\n"
        "code = main(['chat', '--plain', '--no-save'])\n"
        "assert 'textual' not in sys.modules, 'plain mode loaded Textual'\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Who is this decision for?" in result.stdout


def test_the_ui_does_import_textual():
    """The check above can fail: importing the UI does load Textual."""
    code = "import sys, assistant.tui.app\nsys.exit(0 if 'textual' in sys.modules else 1)\n"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
