"""Errors a user can fix: shown as one line, never as a traceback."""


class UserError(Exception):
    """Bad input, a bad file or a bad option. The message says what is wrong and what is accepted."""

    exit_code = 2


class FlowError(Exception):
    """The flow data is broken; the message names the file and the problem.

    Defined here, not in flow.py, so the command line can catch it without loading the flow
    (`--version` and `--help` import nothing but argparse); flow.py re-exports it."""
