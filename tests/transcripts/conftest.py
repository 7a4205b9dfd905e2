"""Fixtures for the transcript tests: record a conversation, run the command line in-process."""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import pytest

from assistant.cli import main
from assistant.engine import Engine
from assistant.flow import default_flow
from assistant.transcripts import store
from assistant.transcripts.writer import TranscriptWriter, make_header

REPO = Path(__file__).resolve().parents[2]
SAMPLES = sorted((REPO / "dialogues" / "transcripts").glob("*.jsonl"))

# A patient on the main path up to the records question: every kind of answer, no plan yet.
TO_RECORDS = ["1", "Whether to have knee surgery", "skip", "2", "1", "none", "none", "2, 8", "none", "1", "1", "no", "", "3", ""]


@pytest.fixture(scope="session")
def to_records() -> list[str]:
    return tuple(TO_RECORDS)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def record(data_dir: Path):
    """record(inputs, start_state=None) -> the path of a saved conversation."""

    def make(inputs: list[str], start_state: str | None = None, created: datetime | None = None) -> Path:
        writer = TranscriptWriter.new(data_dir, start_state=start_state)
        if created is not None:  # as if it had been started then
            header = make_header(default_flow(), created=created, conversation_id=store.id_of(writer.path), start_state=start_state)
            writer = TranscriptWriter(store.new_path(data_dir, created, header["id"]), header=header)
        engine = Engine(listener=writer, start_state=start_state)
        engine.start()
        for line in inputs:
            engine.respond(line)
        writer.close()
        return writer.path

    return make


@pytest.fixture
def cli(monkeypatch, capsys):
    """cli(*argv, stdin="") -> (exit code, stdout, stderr), run in-process."""

    def run(*argv: str, stdin: str = "") -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        code = main([str(a) for a in argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run
