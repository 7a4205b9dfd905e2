"""Start a conversation for the command line: the engine plus where it is saved."""

from __future__ import annotations

import argparse

from .engine import Engine
from .errors import UserError
from .flow import default_flow

# `second-opinion compare` starts the engine here instead of at the welcome.
START_STATES = {"compare": "compare_first"}


def start_state_for(args: argparse.Namespace) -> str | None:
    start_at = getattr(args, "start_at", None)
    if not start_at:
        return None
    state = START_STATES.get(start_at, start_at)
    if state not in default_flow().states:
        raise UserError(f"'{start_at}' is not available in this version of the conversation")
    return state


def new_engine(args: argparse.Namespace) -> Engine:
    """An engine for a new conversation, saved as it happens unless --no-save."""
    start_state = start_state_for(args)
    if getattr(args, "no_save", False):
        return Engine(start_state=start_state)
    from .transcripts.store import data_dir
    from .transcripts.writer import TranscriptWriter

    writer = TranscriptWriter.new(data_dir(getattr(args, "data_dir", None)), start_state=start_state)
    return Engine(listener=writer, start_state=start_state)
