"""The window answers Textual's key look-ups from a table that agrees with Textual itself."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from textual import keys, screen
from textual.binding import Binding

import assistant.tui.app  # noqa: F401 - installs the table
from assistant.tui import key_chars
from assistant.tui.screens.chat import ChatScreen
from assistant.tui.widgets.answer_box import AnswerBox

ROOT = Path(__file__).resolve().parents[2]


def test_every_known_key_has_the_character_textual_itself_gives():
    for key, character in key_chars.KNOWN.items():
        assert keys.key_to_character(key) == character, key


def test_the_screen_asks_the_table_and_other_keys_still_reach_textual():
    assert screen.key_to_character is key_chars.key_to_character
    assert key_chars.key_to_character("f1") is None
    assert key_chars.key_to_character("a") == "a"
    assert key_chars.key_to_character("exclamation_mark") == "!"
    assert key_chars.key_to_character("ctrl+s") is None


def test_the_named_keys_the_window_binds_are_all_in_the_table():
    bound = [binding.key for binding in [*ChatScreen.BINDINGS, *AnswerBox.BINDINGS, *screen.Screen.BINDINGS]
             if isinstance(binding, Binding)]
    named = {key.strip() for keys_ in bound for key in keys_.split(",") if len(key.strip()) > 1 and "+" not in key}
    assert named and named <= set(key_chars.KNOWN), named - set(key_chars.KNOWN)


def test_the_first_screen_reads_no_unicode_names():
    """The app started headless to its first turn: unicodedata.lookup is never called."""
    code = (
        "import asyncio, sys, unicodedata\n"
        "calls = []\n"
        "real = unicodedata.lookup\n"
        "unicodedata.lookup = lambda name: (calls.append(name), real(name))[1]\n"
        "from benchmarks import ui_probe\n"
        "ui_probe.report_start = lambda: print('shown', calls, flush=True)\n"
        "asyncio.run(ui_probe.start_real())\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "shown []", result.stdout
