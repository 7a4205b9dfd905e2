"""Start a conversation for the command line: the engine plus where it is saved."""

from __future__ import annotations

import argparse

from .engine import Engine


def new_engine(args: argparse.Namespace) -> Engine:
    """An engine for a new conversation. Saving is wired in by assistant.transcripts."""
    return Engine()
