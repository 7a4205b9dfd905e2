"""What the screen looks like at 80x24, compared with accepted SVG snapshots.

After a deliberate change (to the UI, or to the wording of a template shown here), run
`pytest tests/tui/test_snapshots.py --snapshot-update`, look at the new SVGs in
__snapshots__/, and commit them. Textual is pinned exactly so the rendering is stable.
"""

from __future__ import annotations

from support import path_to_summary

from assistant.engine import Engine
from assistant.tui.app import SecondOpinionApp


def app_after(answers: list[str], tmp_path) -> SecondOpinionApp:
    """The app opened on the turn that follows `answers` (as `resume` opens it)."""
    engine = Engine()
    turn = engine.start()
    for line in answers:
        turn = engine.respond(line)
    return SecondOpinionApp(engine, first_turn=turn if answers else None, save_dirs=[tmp_path], cursor_blink=False)


def test_welcome(snap_compare, tmp_path):
    assert snap_compare(app_after([], tmp_path), terminal_size=(80, 24))


def test_choice_turn(snap_compare, tmp_path):
    app = app_after(["1"], tmp_path)
    assert snap_compare(app, press=[*"knee surgery", "enter", *"skip", "enter", "down"], terminal_size=(80, 24))


def test_multi_select_turn(snap_compare, tmp_path):
    app = app_after(["1", "knee surgery", "skip", "2", "1"], tmp_path)
    assert snap_compare(app, press=["space", "down", "down", "space", "down"], terminal_size=(80, 24))


def test_urgent_turn(snap_compare, tmp_path):
    app = app_after(["1"], tmp_path)
    assert snap_compare(app, press=[*"chest pain now", "enter"], terminal_size=(80, 24))


def test_plan(snap_compare, tmp_path):
    app = app_after(path_to_summary(situation="surgery"), tmp_path)
    assert snap_compare(app, terminal_size=(80, 24))
