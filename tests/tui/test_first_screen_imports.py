"""What the window loads before its first turn is on screen (issue 17, row 6b: start-up memory).

Modules the welcome turn does not use are imported at their first use (assistant/later.py, the chat
screen's help, plan card and saving) and by the warm-up while the first turn is read; Jinja's
lexer, parser and compiler only when a template has to be compiled (assistant/jinja_import.py).
Each check runs the app in a fresh process, headless, without the warm-up, until the first
assistant turn is drawn.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Not needed to show the welcome turn.
LATER = {
    "assistant.rules", "assistant.comparison", "assistant.specialists", "assistant.condition_doctors",
    "assistant.medicine_names", "assistant.danger_list", "assistant.procedure_kind",
    "assistant.records_not_yet", "assistant.settled_again", "assistant.settled_signs",
    "assistant.repeat_request", "assistant.condition_signs", "assistant.after_not_now",
    "assistant.opioid_advice", "assistant.screened_part", "assistant.understanding.urgent_answers",
    "assistant.understanding.worry", "assistant.tui.screens.help", "assistant.tui.widgets.plan_card",
    "assistant.tui.save",
}
JINJA_COMPILER = {"jinja2.compiler", "jinja2.parser", "jinja2.lexer", "jinja2.idtracking", "jinja2.optimizer"}

PROBE = """
import asyncio, json, sys
from assistant.tui.app import SecondOpinionApp
from assistant.tui.widgets.turns import AssistantTurn

async def main():
    app = SecondOpinionApp(warm_up=None, save_dirs=[sys.argv[1]], cursor_blink=False)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(500):
            if app.chat.query(AssistantTurn):
                break
            await pilot.pause()
        turn = app.chat.current_turn
        print(json.dumps({"modules": sorted(sys.modules), "state": app.engine.state,
                          "first": turn.markdown if turn else None}))

asyncio.run(main())
"""


def first_screen(cache: Path, folder: Path) -> dict:
    env = {**os.environ, "SECOND_OPINION_CACHE_DIR": str(cache)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(folder)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_first_screen_does_not_import_what_later_answers_need(tmp_path):
    cache = tmp_path / "cache"
    first = first_screen(cache, tmp_path)  # an empty cache: templates compiled (the compiler loads then)
    assert first["first"], "the welcome turn is on screen"
    again = first_screen(cache, tmp_path)  # the usual start: templates come compiled from the cache
    assert again["first"] == first["first"] and again["state"] == first["state"]
    modules = set(again["modules"])
    assert "assistant.engine" in modules and "jinja2" in modules
    assert not LATER & modules, f"imported before the first turn: {sorted(LATER & modules)}"
    assert not JINJA_COMPILER & modules, f"Jinja's compiler loaded with a filled cache: {sorted(JINJA_COMPILER & modules)}"
    assert JINJA_COMPILER <= set(first["modules"]), "with an empty cache the templates are compiled by the real Jinja"


def test_the_warm_up_imports_them_while_the_first_turn_is_read():
    code = (
        "import sys\n"
        "from assistant import warmup\n"
        "import assistant.engine\n"
        "warmup.get_reading_ready()\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    modules = set(result.stdout.split())
    missing = (LATER - {"assistant.tui.screens.help", "assistant.tui.widgets.plan_card", "assistant.tui.save"}) - modules
    assert not missing, f"left to the first answer: {sorted(missing)}"


def test_jinja_compiles_and_renders_as_it_ships_after_a_lazy_start():
    """A template compiled after the lazy import (a new string, an empty cache) renders as Jinja
    does, and Jinja's own names are the real ones from then on."""
    code = (
        "import sys\n"
        "from assistant.jinja_import import jinja2\n"
        "import jinja2.environment as E\n"
        "assert 'jinja2.compiler' not in sys.modules and 'jinja2.parser' not in sys.modules\n"
        "env = jinja2.Environment(trim_blocks=True)\n"
        "out = env.from_string('{% for x in xs %}{{ x|upper }} {% endfor %}').render(xs=['a', 'b'])\n"
        "import jinja2.compiler, jinja2.lexer, jinja2.parser\n"
        "assert E.Parser is jinja2.parser.Parser and E.TokenStream is jinja2.lexer.TokenStream\n"
        "assert E.Environment.code_generator_class is jinja2.compiler.CodeGenerator\n"
        "try:\n"
        "    env.from_string('{% if %}')\n"
        "except jinja2.TemplateSyntaxError:\n"
        "    print('syntax error caught')\n"
        "print(out)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split("\n")[:2] == ["syntax error caught", "A B "]
