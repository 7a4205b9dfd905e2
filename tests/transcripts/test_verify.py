"""`replay --verify`: recorded inputs through today's engine, every assistant turn compared."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

SAMPLES = sorted((Path(__file__).resolve().parents[2] / "dialogues" / "transcripts").glob("*.jsonl"))


def _rewrite(path: Path, change) -> None:
    """Apply change(record) to every record after the header, keeping the header as is."""
    lines = path.read_text().splitlines()
    records = [json.loads(line) for line in lines[1:]]
    for record in records:
        change(record)
    path.write_text("\n".join([lines[0], *(json.dumps(r, ensure_ascii=False) for r in records)]) + "\n")


def test_there_are_samples_for_demos_and_regression():
    assert len(SAMPLES) >= 3


def test_the_samples_match_todays_engine(cli):
    code, out, err = cli("replay", "--verify", *SAMPLES)
    assert code == 0, out
    assert f"{len(SAMPLES)} transcripts match" in out and err == ""


@pytest.fixture
def copy(tmp_path):
    def make(source: Path = SAMPLES[0]) -> Path:
        return Path(shutil.copy(source, tmp_path / source.name))

    return make


def test_one_changed_text_fails_naming_the_turn_with_a_diff(copy, cli):
    path = copy()

    def edit(record):
        if record["type"] == "turn" and record["turn"] == 4:
            record["text"] = record["text"].replace("By when", "By what date")

    _rewrite(path, edit)
    code, out, _ = cli("replay", "--verify", path)
    assert code == 1
    assert f"{path}: turn 4: text differs" in out
    assert "--- recorded" in out and "+++ today" in out
    minus = [line for line in out.splitlines() if line.startswith("-By what date")]
    plus = [line for line in out.splitlines() if line.startswith("+By when")]
    assert len(minus) == 1 and len(plus) == 1
    assert "turn 3:" not in out and "turn 5:" not in out  # only the changed turn is reported
    assert "1 of 1 transcripts differ" in out


def test_a_different_state_stops_the_comparison_of_that_file(copy, cli):
    path = copy()

    def edit(record):
        if record["type"] == "turn" and record["turn"] == 3:
            record["urgent"] = True
            record["choices"] = ["Yes", "No"]

    _rewrite(path, edit)
    code, out, _ = cli("replay", "--verify", path, SAMPLES[1])
    assert code == 1
    assert f"{path}: turn 3: urgent differs" in out and f"{path}: turn 3: choices differs" in out
    assert "1 of 2 transcripts differ" in out


def test_a_changed_plan_is_reported(copy, cli):
    path = copy()

    def edit(record):
        if record.get("plan"):
            record["plan"]["timing"] = "after_tests"

    _rewrite(path, edit)
    code, out, _ = cli("replay", "--verify", path)
    assert code == 1 and "plan differs" in out and '-  "timing": "after_tests"' in out


def test_a_different_flow_hash_is_said_first(copy, cli):
    path = copy()
    lines = path.read_text().splitlines()
    header = json.loads(lines[0]) | {"flow_hash": "0123456789abcdef"}
    turn = json.loads(lines[2]) | {"text": "Hello."}
    path.write_text("\n".join([json.dumps(header), lines[1], json.dumps(turn), *lines[3:]]) + "\n")
    code, out, _ = cli("replay", "--verify", path)
    assert code == 1
    first, second = out.splitlines()[:2]
    assert "another version of the flow or templates" in first and "0123456789abcdef" in first
    assert "turn 1: text differs" in second


def test_an_unreadable_file_among_good_ones_is_exit_2(tmp_path, cli):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("")
    code, out, err = cli("replay", "--verify", SAMPLES[0], bad)
    assert code == 2 and out == "" and f"{bad}: line 1: the file is empty" in err


def test_a_hundred_transcripts_verify_in_one_run(tmp_path, cli):
    # How fast is measured against its floor in benchmarks/, not here.
    paths = [shutil.copy(s, tmp_path / f"{i}-{s.name}") for i in range(20) for s in SAMPLES]
    code, out, _ = cli("replay", "--verify", *paths)
    assert code == 0 and f"{len(paths)} transcripts match" in out
