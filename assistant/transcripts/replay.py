"""`replay --plain`: print a saved conversation the way plain mode showed it."""

from __future__ import annotations

from types import SimpleNamespace
from typing import TextIO

from ..flow import default_flow
from ..plain import format_turn
from ..visible import visible
from .reader import Transcript, printable


def as_turn(record: dict) -> SimpleNamespace:
    """A recorded turn with the attributes plain.format_turn reads."""
    spec = default_flow().states.get(record["state"])
    return SimpleNamespace(
        urgent=record["urgent"],
        text=record["text"],
        choices=record["choices"],
        multi=record.get("multi", False),
        suggestions=record.get("suggestions", []),
        kept=[n for n in record.get("kept", []) if isinstance(n, int)],
        # Not in the record (the JSONL turn has no such field): the flow says whether the
        # question wanted words, where plain mode shows no "(Press Enter to go on.)".
        free_text=spec is not None and spec.ask in ("free", "order"),
    )


def steps(transcript: Transcript) -> list[tuple[str, str]]:
    """The conversation as (speaker, text): 'assistant', 'you' or 'note'."""
    out = []
    for record in transcript.records:
        if record["type"] == "turn":
            out.append(("assistant", visible(format_turn(as_turn(record)))))  # an edited file's escapes do not act
        elif record["type"] == "user":
            out.append(("you", printable(record["text"])))  # as typed, but no escapes acting on the terminal
        elif record["type"] == "resumed":
            out.append(("note", f"(resumed {printable(record['at'])})"))
    return out


def print_plain(transcript: Transcript, out: TextIO) -> None:
    out.write(visible(f"# {transcript.path} (conversation {transcript.id}, started {transcript.header['created']})", newlines=False) + "\n\n")
    for speaker, text in steps(transcript):
        out.write(f"> {text}\n\n" if speaker == "you" else f"{text}\n\n")
    out.flush()
