"""`list` (newest first) and `replay` (printed with --plain, or played in a window)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from assistant.tui.replay import ReplayApp, RecordedTurn
from assistant.transcripts.reader import read_file
from assistant.tui.widgets.turns import UserTurn

SAMPLES = Path(__file__).resolve().parents[2] / "dialogues" / "transcripts"


def test_list_is_newest_first_with_stage_and_decision(record, to_records, data_dir, cli):
    newer = record(to_records, created=datetime(2026, 2, 7, 18, 30).astimezone())
    older = record(["1", "Whether to take statins"], created=datetime(2026, 1, 5, 9, 0).astimezone())
    code, out, err = cli("list", "--data-dir", data_dir)
    assert code == 0 and err == ""
    header, first, second = out.splitlines()
    assert header.split() == ["DATE", "STAGE", "DECISION", "ID"]
    assert first.startswith("2026-02-07 18:30") and first.endswith(read_file(newer).id)
    assert " records " in first and "Whether to have knee surgery" in first
    assert second.startswith("2026-01-05 09:00") and second.endswith(read_file(older).id)
    assert " decision " in second and "Whether to take statins" in second


def test_list_shortens_long_decisions_and_says_when_there_is_none(record, data_dir, cli):
    record(["1", "Whether to have the operation that the first surgeon suggested last spring"])
    record(["1"])
    code, out, _ = cli("list", "--data-dir", data_dir)
    (shortened,) = [line for line in out.splitlines() if "operation" in line]
    assert "Whether to have the operation that the…" in shortened
    assert "(no decision written yet)" in out


def test_list_of_an_empty_folder(tmp_path, cli):
    code, out, _ = cli("list", "--data-dir", tmp_path / "none")
    assert code == 0 and "No saved conversations" in out


def test_replay_plain_prints_every_turn_and_answer(cli):
    path = SAMPLES / "emergency_mid_flow.jsonl"
    code, out, _ = cli("replay", "--plain", path)
    assert code == 0
    transcript = read_file(path)
    for text in transcript.user_inputs():
        assert f"> {text}\n" in out
    assert out.count("URGENT:") == sum(t["urgent"] for t in transcript.turns())


def test_replay_refuses_a_speed_of_zero(cli):
    code, _, err = cli("replay", "--speed", "0", SAMPLES / "elective_surgery.jsonl")
    assert code == 2 and "--speed" in err


async def test_replay_window_steps_pauses_and_jumps_to_the_end():
    transcript = read_file(SAMPLES / "caregiver_new_diagnosis.jsonl")
    app = ReplayApp(transcript, autoplay=False)
    async with app.run_test(size=(80, 24)) as pilot:
        assert app.shown == 0
        await pilot.press("n", "n", "n")
        assert app.shown == 3
        assert [type(w) for w in app.query("RecordedTurn, UserTurn")] == [RecordedTurn, UserTurn, RecordedTurn]
        await pilot.press("plus", "plus")
        assert app.speed == 2.0
        await pilot.press("minus")
        assert app.speed == 1.5
        await pilot.press("e")
        assert app.shown == len(app.steps)
        assert len(app.query(UserTurn)) == len(transcript.user_inputs())
        assert "finished" in str(app.query_one("#status").render())


async def test_replay_window_plays_on_its_own(tmp_path):
    transcript = read_file(SAMPLES / "elective_surgery.jsonl")
    app = ReplayApp(transcript, speed=10.0)
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(200):  # poll rather than guess a delay
            if app.shown >= 3:
                break
            await pilot.pause(0.05)
        assert app.shown >= 3
        await pilot.press("space")
        assert app.paused


async def test_replay_window_shows_recorded_text_as_text_not_markup(record, tmp_path):
    path = record(["2", "[bold red]Nana[/] [@click=app.quit]x[/"])
    app = ReplayApp(read_file(path), autoplay=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("e")
        shown = [str(w.render()) for w in app.query(UserTurn)]
        assert "[bold red]Nana[/] [@click=app.quit]x[/" in shown
        assert app.is_running


ESCAPES = "Whether \x1b[2J\x1b]0;owned\x07to have \x1b[31msurgery\u202e"


def test_replay_plain_does_not_print_terminal_escapes_the_user_typed(record, cli):
    # Stored exactly as typed; printed as text only, so a replay cannot clear or retitle the terminal.
    path = record(["1", ESCAPES])
    assert ESCAPES in read_file(path).user_inputs()
    code, out, _ = cli("replay", "--plain", path)
    assert code == 0 and "\x1b" not in out and "\x07" not in out
    assert "> Whether to have surgery\n" in out  # the bidi override is gone from the user's line too


def test_replay_plain_asks_for_enter_only_where_plain_mode_did(record, cli):
    # A free-text question with suggestions waits for words, not Enter: plain mode shows no hint there.
    path = record(["1", "Whether to have surgery", "skip", "2", "1", "none", "none", "2, 8", "none", "1", "1", "no"])
    code, out, _ = cli("replay", "--plain", path)
    blocks = out.split("\n\n")
    asks_decision = next(b for b in blocks if "What do you need to decide?" in b or "need to decide" in b)
    assert code == 0 and "Press Enter" not in asks_decision
    assert "(Press Enter to go on.)" in out  # the info turns (timing) still say it
