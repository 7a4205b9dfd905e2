"""One line per saved conversation for `second-opinion list`: date, stage, decision, id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..flow import default_flow
from ..machine import BOOT
from .reader import Transcript, TranscriptError, printable, read_file
from .store import transcripts_in

DECISION_WIDTH = 40


@dataclass
class Row:
    when: str
    stage: str
    decision: str
    id: str
    path: Path | None = None
    changed: str | None = None  # where the file was changed after it was written, if it was


def _when(transcript: Transcript) -> str:
    try:
        return datetime.fromisoformat(transcript.header["created"]).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return printable(transcript.header["created"][:16])


def _stage(transcript: Transcript) -> str:
    flow = default_flow()
    state = transcript.last_state()
    if state == BOOT:
        return "not started"
    if state == flow.final:
        return "done"
    return flow.state(state).stage.replace("_", " ")


def _few_words(text: str | None) -> str:
    text = printable(text or "")  # printed to a terminal, even from an edited file
    if not text:
        return "(no decision written yet)"
    return text if len(text) <= DECISION_WIDTH else text[: DECISION_WIDTH - 1].rstrip() + "…"


def row(transcript: Transcript) -> Row:
    plan = transcript.plan() or {}
    decision = plan.get("decision") or transcript.slots().get("decision")
    return Row(_when(transcript), _stage(transcript), _few_words(decision), printable(transcript.id), transcript.path, transcript.chain_problem)


def rows(folder: Path) -> tuple[list[Row], list[TranscriptError]]:
    """Rows for every readable transcript, newest first, and the errors of the others."""
    found, errors = [], []
    for path in transcripts_in(folder):
        try:
            found.append(row(read_file(path)))
        except TranscriptError as error:
            errors.append(error)
    return found, errors


def table(found: list[Row]) -> str:
    stage_width = max([len("STAGE"), *(len(r.stage) for r in found)])
    lines = [f"{'DATE':<16}  {'STAGE':<{stage_width}}  {'DECISION':<{DECISION_WIDTH}}  ID"]
    lines += [f"{r.when:<16}  {r.stage:<{stage_width}}  {r.decision:<{DECISION_WIDTH}}  {r.id}" for r in found]
    return "\n".join(lines)
