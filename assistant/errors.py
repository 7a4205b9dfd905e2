"""Errors a user can fix: shown as one line, never as a traceback."""


class UserError(Exception):
    """Bad input, a bad file or a bad option. The message says what is wrong and what is accepted."""

    exit_code = 2
