"""Carry on a saved conversation: rebuild the engine from the recorded inputs, then append.

The engine is deterministic, so feeding it the recorded user inputs brings back the same
state, answers and turn numbers. The writer is attached only after that, so nothing is
recorded twice; it writes a `resumed` record just before the first new event, so merely
looking at an old conversation never changes its file.
"""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from ..engine import Engine, Turn
from ..flow import default_flow
from ..understanding.text import command_in
from .reader import Transcript, printable
from .writer import TranscriptWriter, now


@dataclass
class ResumedTurn(Turn):
    """The turn the conversation stopped at, shown again; marked so in JSON."""

    def to_json(self) -> dict:
        return {**super().to_json(), "resumed": True}


# What the window shows of the earlier conversation when it resumes (it prunes older blocks anyway).
HISTORY_SHOWN = 40


def fresh_engine(transcript: Transcript) -> tuple[Engine, Turn]:
    """An engine at the transcript's first turn, and that turn. A file started by a restart
    after a plan (its header's `restarted`) begins with the restart's turn, at its number."""
    # Dates the user typed ("by the 15th") are read against the day the conversation began.
    from ..safety.numbers import known_code

    engine = Engine(start_state=transcript.header.get("start_state"), today=started_on(transcript),
                    country=known_code(transcript.header.get("country")))  # None in an older file: as before
    first = engine.start()
    restarted = transcript.header.get("restarted")
    if isinstance(restarted, dict) and isinstance(restarted.get("turn"), int):
        engine.turn_count = restarted["turn"]
        first = engine.respond("restart")
    return engine, first


def rebuild(transcript: Transcript) -> tuple[Engine, Turn, list[tuple[str | None, Turn | None]]]:
    """A fresh engine fed every recorded input, the question to show again, and the exchanges
    before it: (what the user typed, or None before the first turn; the assistant's turn). The
    last pair is (the line the question answers, None), since the question itself comes next."""
    engine, shown = fresh_engine(transcript)
    history: list[tuple[str | None, Turn]] = []
    said: str | None = None
    for text, country in transcript.inputs_with_country():
        engine.country = country or engine.country
        turn = engine.respond(text)
        if turn.kind != "bye":
            history.append((said, shown))
            # After a `quit`, show the question that was open; no escapes from the file may act.
            said, shown = printable(text), turn
    engine.finished = False  # a conversation left with `quit` can go on
    engine.today = datetime.date.today  # what is typed from now on is read against today
    history.append((said, None))
    return engine, shown, history[-HISTORY_SHOWN:]


def started_on(transcript: Transcript):
    """A clock fixed at the day the conversation was created (for reading its dates again)."""
    try:
        day = datetime.date.fromisoformat(str(transcript.header.get("created", ""))[:10])
    except ValueError:
        return None
    return lambda: day


def resume(transcript: Transcript, fd: int | None = None) -> tuple[Engine, ResumedTurn, list[tuple[str | None, Turn | None]]]:
    """An engine ready to continue `transcript`, saving into the same file, and what came before.
    `fd`: the file, opened and locked by TranscriptWriter.lock before it was read (else locked now)."""
    from ..safety.numbers import chosen_country

    engine, shown, history = rebuild(transcript)
    resumed = {"type": "resumed", "at": now().isoformat(), "turn": engine.turn_count, "state": engine.state}
    if chosen_country() and engine.country is not None and chosen_country() != engine.country:
        engine.country = resumed["country"] = chosen_country()  # `resume --country UK`: its numbers from here on, recorded
    if transcript.truncated_line:
        resumed["recovered_line"] = transcript.truncated_line
    engine.listener = TranscriptWriter.append_to(
        transcript.path, resumed, needs_newline=not transcript.ends_with_newline, fd=fd, chain=transcript.last_chain
    )
    fields = {f.name: getattr(shown, f.name) for f in dataclasses.fields(shown) if f.init}
    return engine, ResumedTurn(**fields), history


def flow_changed(transcript: Transcript) -> bool:
    return transcript.header.get("flow_hash") != default_flow().fingerprint


_NOT_ANSWERS = ("quit", "help", "why", "summary", "sources")


def _answer_labels(transcript: Transcript) -> list[tuple[str, str]]:
    """Each recorded input, with the choice it was understood as when that differs."""
    out = []
    for index, record in enumerate(transcript.records):
        if record["type"] == "user":
            if command_in(record["text"]) in _NOT_ANSWERS:  # "quit", "help": asked of the app, not answers
                continue
            choices = transcript.understood_as(index)
            meaning = ", ".join(label or choice_id for choice_id, label in choices) if choices else ""
            out.append((record["text"], meaning if meaning != record["text"] else ""))
    return out


def recap(transcript: Transcript) -> str:
    """What plain mode prints before carrying on: when it started and every answer so far."""
    answers = _answer_labels(transcript)
    lines = [f"Resuming conversation {transcript.id}, started {transcript.header['created'][:16].replace('T', ' ')}."]
    if answers:
        lines.append(f"Your {len(answers)} answer{'s' if len(answers) != 1 else ''} so far:")
        # Typed text is stored as typed: printed cleaned, so escapes in it do not act on the terminal.
        lines += [f"  > {printable(typed)}" + (f"  ({meaning})" if meaning else "") for typed, meaning in answers]
    lines.append("Here is where you stopped:")
    return "\n".join(lines)
