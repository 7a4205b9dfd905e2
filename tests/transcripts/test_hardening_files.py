"""Hardening, part 2 (issue 15 items 12 and 13, issue 17 streaming verify, item 4 in the window):
tamper evidence, a restart after the plan, and what an edited file may show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from assistant.engine import Engine
from assistant.errors import UserError
from assistant.transcripts import commands, store
from assistant.transcripts.reader import read_file
from assistant.transcripts.verify import verify
from assistant.transcripts.writer import TranscriptWriter

CONTROL_BYTES = ("\x1b", "\x07", "\x00", "\x9b", "\x85", "\u202e", "\u2066")
HOSTILE = "Ann\x1b]0;pwned\x07\x1b[2J\x07\x9b31m\u202eevil\u2066 done"


def _hostile_file(record, to_records) -> Path:
    return record(["1", HOSTILE, "skip", "2"])


def _no_raw_controls(text: str) -> bool:
    return not any(ch in text for ch in CONTROL_BYTES)


# --- 13. tamper evidence -----------------------------------------------------------------------------
def _edited(path: Path, number: int, old: bytes, new: bytes) -> None:
    lines = path.read_bytes().split(b"\n")
    assert old in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new)
    path.write_bytes(b"\n".join(lines))


def test_a_file_as_written_is_chained_and_passes_quietly(record, to_records, cli):
    path = record(to_records)
    transcript = read_file(path)
    assert transcript.chained and transcript.chain_problem is None
    code, out, err = cli("replay", "--verify", path)
    assert code == 0 and err == "" and "1 transcripts match" in out


def test_an_edited_answer_is_named_by_every_command(record, data_dir, to_records, cli):
    path = record(to_records)
    _edited(path, 4, b'"text":"1"', b'"text":"2"')  # still valid JSON, still a valid conversation
    assert read_file(path).chain_problem.startswith("line 4:")
    code, out, err = cli("replay", "--verify", path)
    assert code == 1 and "line 4" in out and "changed after it was written" in out
    for argv in (("export", path), ("replay", "--plain", path), ("list", "--data-dir", data_dir)):
        code, out, err = cli(*argv)
        assert code == 0 and err.count("\n") == 1 and "line 4" in err and "changed after it was written" in err, argv
    code, out, err = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="1\n")
    assert code == 0 and err.count("\n") == 1 and "changed after it was written" in err  # warned, and carried on
    assert read_file(path).user_inputs()[-1] == "1"


@pytest.mark.parametrize("how", ["line removed", "lines swapped", "schema lowered", "chain removed", "reformatted"])
def test_other_edits_are_seen_too(how, record, to_records):
    path = record(to_records)
    lines = path.read_bytes().split(b"\n")
    if how == "line removed":
        del lines[4]  # a slot: the conversation still reads in order
    elif how == "lines swapped":
        lines[5], lines[6] = lines[6], lines[5]
    elif how == "schema lowered":
        lines[0] = lines[0].replace(b'"schema":2', b'"schema":1')
    elif how == "chain removed":
        lines[4] = lines[4].split(b',"chain"')[0] + b"}"
    else:
        lines[4] = json.dumps(json.loads(lines[4])).encode()  # same data, other bytes
    path.write_bytes(b"\n".join(lines))
    try:
        transcript = read_file(path)
    except UserError:
        return  # refused outright: also not silent
    assert transcript.chain_problem is not None


def test_an_older_file_reads_as_not_chained_not_as_changed(cli):
    old = Path(__file__).parent / "fixtures" / "schema1_gallbladder.jsonl"
    transcript = read_file(old)
    assert not transcript.chained and transcript.chain_problem is None
    code, out, err = cli("replay", "--verify", old)
    # The content has changed since it was recorded (its turns may differ: exit 1), but the file
    # is never called tampered with: it simply predates the chain.
    assert code in (0, 1) and "1 written before tamper evidence (not chained)" in out
    assert "changed after it was written" not in out + err


def test_a_resumed_and_a_recovered_file_stay_chained(record, data_dir, to_records, cli):
    path = record(to_records[:4])
    path.write_bytes(path.read_bytes() + b'{"type":"user","te')  # killed while saving
    code, _, err = cli("resume", "--last", "--plain", "--data-dir", data_dir, stdin="2\n1\n")
    assert code == 0 and "cut off" in err
    transcript = read_file(path)
    assert transcript.chain_problem is None and transcript.user_inputs()[-2:] == ["2", "1"]


# --- 12. a restart after the plan starts a new conversation file --------------------------------------
def _to_the_plan() -> list[str]:
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_samples", Path(__file__).resolve().parents[2] / "dialogues" / "transcripts" / "make_samples.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return list(module.SAMPLES["elective_surgery"][1])


@pytest.mark.parametrize("resumed_first", [False, True])
def test_a_restart_after_the_plan_keeps_the_plan_and_starts_a_new_file(resumed_first, data_dir, cli):
    writer = TranscriptWriter.new(data_dir)
    engine = Engine(listener=writer)
    engine.start()
    for line in _to_the_plan():
        engine.respond(line)
    assert engine.state == engine.flow.final
    finished = writer.path
    if resumed_first:  # left at the plan (killed while saving a last line), came back later, then restarted
        writer.close()
        finished.write_bytes(finished.read_bytes() + b'{"type":"user","te')
        from assistant.transcripts.resume import resume

        engine, _, _ = resume(read_file(finished))
        writer = engine.listener
    engine.respond("restart")
    engine.respond("2")
    writer.close()
    files = store.transcripts_in(data_dir)
    assert len(files) == 2
    old = read_file(finished)
    assert old.plan() is not None and old.last_state() == "done" and old.chain_problem is None
    assert old.user_inputs()[-1] != "restart"
    (new_path,) = [p for p in files if p != finished]
    new = read_file(new_path)
    assert new.header["restarted"]["from"] == old.id and new.chain_problem is None
    assert new.user_inputs() == ["2"] and new.plan() is None
    assert verify(old).ok and verify(new).ok
    code, out, err = cli("list", "--data-dir", data_dir)
    assert code == 0 and err == ""
    assert "knee replacement" in out.lower() and out.count("\n") == 3  # both conversations, the old one with its plan
    code, out, err = cli("export", finished)
    assert code == 0 and "No plan yet" not in out
    code, out, err = cli("resume", new.id, "--plain", "--data-dir", data_dir, stdin="My mother\n")
    assert code == 0 and err == ""
    again = read_file(new_path)
    assert again.user_inputs() == ["2", "My mother"] and verify(again).ok
    code, out, err = cli("resume", old.id, "--plain", "--data-dir", data_dir, stdin="")
    assert code == 0 and "Here is where you stopped" in out


# --- issue 17: replay --verify streams ---------------------------------------------------------------
def test_verify_holds_one_transcript_at_a_time(monkeypatch, cli, tmp_path):
    """Load, check, drop: when the next file is read, the one before is gone already, so memory
    stays flat however many files are verified (measured in benchmarks/, not here)."""
    import shutil
    import weakref

    samples = sorted((Path(__file__).resolve().parents[2] / "dialogues" / "transcripts").glob("*.jsonl"))
    paths = [shutil.copy(s, tmp_path / f"{i}-{s.name}") for i in range(3) for s in samples]
    alive_at_each_read, loaded = [], []
    real = commands.read_file

    def tracking(path):
        alive_at_each_read.append(sum(ref() is not None for ref in loaded))
        transcript = real(path)
        loaded.append(weakref.ref(transcript))
        return transcript

    monkeypatch.setattr(commands, "read_file", tracking)
    code, out, _ = cli("replay", "--verify", *paths)
    assert code == 0 and f"{len(paths)} transcripts match" in out
    assert alive_at_each_read == [0] * len(paths)


# --- 4 in the window: an edited file must not act on the terminal ------------------------------------
async def test_the_window_resume_and_replay_of_an_edited_file_show_no_controls(record, to_records, tmp_path):
    from assistant.transcripts.resume import resume
    from assistant.tui.app import SecondOpinionApp
    from assistant.tui.replay import ReplayApp
    from assistant.tui.widgets.turns import UserTurn

    path = _hostile_file(record, to_records)
    lines = path.read_bytes().splitlines()
    turn = json.loads(lines[2])
    turn["text"] = "Hello\x1b]0;owned\x07\x1b[2J there"
    lines[2] = json.dumps(turn).encode()
    odd = path.with_name("2026-01-01T00-00-00-\x1b]0;x\x07.jsonl")
    odd.write_bytes(b"\n".join(lines) + b"\n")
    engine, first, history = resume(read_file(odd))
    app = SecondOpinionApp(engine, first_turn=first, history=history, save_dirs=[tmp_path], cursor_blink=False)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        bubbles = [bubble.text for bubble in app.screen.query(UserTurn)]
        assert any("evil" in b for b in bubbles) and all(_no_raw_controls(b) for b in bubbles)
        assert app.title == "second-opinion"
    engine.listener.close()
    replay = ReplayApp(read_file(odd), autoplay=False)
    async with replay.run_test(size=(100, 40)) as pilot:
        await replay.action_end()
        await pilot.pause()
        shown = [str(widget.render()) for widget in replay.query("RecordedTurn, UserTurn, #status")]
        assert any("there" in s for s in shown) and all(_no_raw_controls(s) for s in shown)
        assert replay.title == "second-opinion replay"
